/**
 * The form's values to the server's input shape and back. Filling the form only sets its fields:
 * loading the region's comuni for them is the controller's (see loadIntoForm).
 */
import { MAX_CONTACTS } from "../core/interview";
import { readContacts, renderContacts } from "./contacts";
import { type FormValues, field, form, state } from "./state";

export function readForm(): FormValues {
  const value = (name: string) => field(name)?.value ?? "";
  const checked = (name: string) =>
    Array.from(form().querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)).map(
      (c) => c.value,
    );
  const num = (name: string) => (value(name) === "" ? "" : Number(value(name)));
  const data: FormValues = {
    submissionId: state.submissionId,
    region: value("region"),
    interviewDate: value("interviewDate"),
    interviewer: value("interviewer"),
    interviewee: {
      name: value("interviewee.name"),
      role: value("interviewee.role"),
      organization: value("interviewee.organization"),
    },
    consent: (field("consent") as HTMLInputElement | null)?.checked === true,
    hardestArea: {
      kind: value("hardestArea.kind"),
      name: value("hardestArea.name"),
      istatCode: value("hardestArea.istatCode"),
    },
    reasons: {
      evidence: checked("reasons.evidence"),
      causes: checked("reasons.causes"),
      severity: num("reasons.severity"),
      explanation: value("reasons.explanation"),
    },
    interestedAuthority: {
      name: value("interestedAuthority.name"),
      kind: value("interestedAuthority.kind"),
      area: value("interestedAuthority.area"),
      interest: num("interestedAuthority.interest"),
      notes: value("interestedAuthority.notes"),
    },
    protocolArea: value("protocolArea"),
    contacts: readContacts(),
    notes: value("notes"),
  };
  if (state.editing) {
    data.id = state.editing.id;
    data.version = state.editing.version;
    // The staff's review travels as loaded (the server never takes it from the form), so that it is
    // never counted as one of my changes.
    if (state.loaded && "review" in state.loaded) {
      data.review = state.loaded.review;
      data.reviewNote = state.loaded.reviewNote;
    }
  }
  return data;
}

export function fillForm(data: FormValues) {
  const get = (path: string): unknown =>
    path
      .split(".")
      .reduce<unknown>(
        (o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined),
        data,
      );
  const set = (name: string) => {
    const el = field(name);
    const v = get(name);
    if (el) el.value = v === undefined || v === null ? "" : String(v);
  };
  const region = field("region");
  if (region) region.value = String(data.region ?? "");
  [
    "interviewDate",
    "interviewer",
    "interviewee.name",
    "interviewee.role",
    "interviewee.organization",
    "hardestArea.kind",
    "hardestArea.name",
    "hardestArea.istatCode",
    "reasons.severity",
    "reasons.explanation",
    "interestedAuthority.name",
    "interestedAuthority.kind",
    "interestedAuthority.area",
    "interestedAuthority.interest",
    "interestedAuthority.notes",
    "protocolArea",
    "notes",
  ].forEach(set);
  (field("consent") as HTMLInputElement).checked = data.consent === true;
  for (const group of ["reasons.evidence", "reasons.causes"]) {
    const chosen = (get(group) as string[] | undefined) ?? [];
    form()
      .querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)
      .forEach((c) => {
        c.checked = chosen.includes(c.value);
      });
  }
  const contacts =
    Array.isArray(data.contacts) && data.contacts.length
      ? (data.contacts as Record<string, unknown>[])
      : [{}];
  renderContacts(contacts.slice(0, MAX_CONTACTS));
}
