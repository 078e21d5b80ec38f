/**
 * The interview form. It validates with the same core module as the server, talks to the server only
 * through the functions in src/main.ts, and keeps an unfinished form as a local draft.
 */
import { AREA_KINDS, AUTHORITY_KINDS, CAUSES, EVIDENCE } from "../core/codes";
import { AREAS_LIST, sameAsD1Button } from "./areaSuggestions";
import { addContact, renderContacts } from "./contacts";
import { controlForm, loadIntoForm, offerSavedDraft, openInterview } from "./controller";
import { h, idFor } from "./dom";
import { failureMessage, withLinks } from "./failure";
import { formatNumber } from "./fieldNames";
import { checkboxGroup, errorSlot, options, question, scale, selectField, textField } from "./fields";
import { label, QUESTIONS } from "./labels";
import { watchLengths } from "./lengthNote";
import { enablePhone, showOutbox } from "./phone";
import { type Context, call } from "./server";
import { alertBox, L, state, statusBox } from "./state";
import { ignoreEnterInFields, onSubmit, setDefaults, startBlank } from "./submit";

/** Only the regions the user may write are offered (a line under the list says so when that is fewer). */
function regionOptions(ctx: Context) {
  return ctx.regions
    .filter((r) => r.allowed)
    .map((r) => h("option", { value: r.code }, r.pilot ? `${r.name} (${L("pilot")})` : r.name));
}

function regionLimitNote(ctx: Context) {
  const allowed = ctx.regions.filter((r) => r.allowed).length;
  const limited = allowed > 0 && allowed < ctx.regions.length;
  return h(
    "p",
    { class: "hint", id: "region-limit", hidden: !limited },
    limited ? L("onlyYourRegions", { count: allowed }) : "",
  );
}

function buildForm(ctx: Context) {
  const regionId = idFor("region");
  const root = document.getElementById("app")!;
  root.replaceChildren(
    h("h1", { id: "form-title" }, L("title")),
    h("p", { class: "hint", hidden: !ctx.user }, ctx.user ? L("user", { user: ctx.user }) : ""),
    // The success message sits at the top, where the next interview starts.
    statusBox(),
    h(
      "button",
      { type: "button", id: "new-blank", class: "secondary", hidden: true, onclick: startBlank },
      L("newBlank"),
    ),
    h("div", { id: "draft-banner", hidden: true }),
    h("p", { class: "hint" }, L("requiredNote")),
    h(
      "form",
      {
        id: "interview-form",
        novalidate: true,
        onsubmit: onSubmit,
        onkeydown: ignoreEnterInFields,
      },
      h(
        "section",
        {},
        h("h2", {}, L("sectionInterview")),
        h(
          "div",
          { class: "field" },
          h(
            "label",
            { for: regionId },
            L("region"),
            h("span", { class: "req", "aria-hidden": "true" }, " *"),
          ),
          h(
            "select",
            {
              id: regionId,
              name: "region",
              "aria-required": "true",
              "aria-describedby": `${regionId}-error`,
            },
            h("option", { value: "" }, L("chooseRegion")),
            regionOptions(ctx),
          ),
          regionLimitNote(ctx),
          errorSlot("region"),
        ),
        textField("interviewDate", "interviewDate", { type: "date", required: true, hint: L("dateRule") }),
        textField("interviewer", "interviewer", { required: true }),
        textField("interviewee.name", "intervieweeName", { required: true }),
        textField("interviewee.role", "intervieweeRole", { required: true }),
        textField("interviewee.organization", "intervieweeOrganization", { required: true }),
        h(
          "div",
          { class: "field" },
          h(
            "label",
            { class: "check", for: idFor("consent") },
            h("input", {
              type: "checkbox",
              id: idFor("consent"),
              name: "consent",
              "aria-describedby": `${idFor("consent")}-error`,
            }),
            ` ${L("consent")}`,
            h("span", { class: "req", "aria-hidden": "true" }, " *"),
          ),
          errorSlot("consent"),
        ),
      ),
      h(
        "section",
        {},
        h("h2", {}, L("q1")),
        question("1.", QUESTIONS.q1),
        selectField("hardestArea.kind", "areaKind", options(AREA_KINDS), { required: true }),
        textField("hardestArea.name", "areaName", {
          required: true,
          list: AREAS_LIST,
          hint: L("areaSuggestionsHint"),
        }),
        textField("hardestArea.istatCode", "istatCode", {
          max: 6,
          hint: L("dataset", { ...ctx.dataset, count: formatNumber(ctx.dataset.count) }),
        }),
      ),
      h(
        "section",
        {},
        h("h2", {}, L("q2")),
        question("2.", QUESTIONS.q2),
        checkboxGroup("reasons.evidence", "evidence", options(EVIDENCE)),
        checkboxGroup("reasons.causes", "causes", options(CAUSES), { required: true, hint: L("causesRule") }),
        selectField("reasons.severity", "severity", scale(), { required: true }),
        textField("reasons.explanation", "explanation", { multiline: true, required: true }),
      ),
      h(
        "section",
        {},
        h("h2", {}, L("q3")),
        question("3.", QUESTIONS.q3 + "¹", QUESTIONS.q3note),
        textField("interestedAuthority.name", "authorityName", { required: true }),
        selectField("interestedAuthority.kind", "authorityKind", options(AUTHORITY_KINDS), {
          required: true,
        }),
        textField("interestedAuthority.area", "authorityArea", { required: true, list: AREAS_LIST }),
        sameAsD1Button("interestedAuthority.area", "authorityArea"),
        selectField("interestedAuthority.interest", "interest", scale(), { required: true }),
        textField("interestedAuthority.notes", "authorityNotes", { multiline: true }),
      ),
      h(
        "section",
        {},
        h("h2", {}, L("q4")),
        question("4.", QUESTIONS.q4),
        textField("protocolArea", "protocolArea", { required: true, list: AREAS_LIST }),
        sameAsD1Button("protocolArea", "protocolArea"),
        h("h3", { id: "contacts-title" }, L("contacts")),
        h("p", { class: "hint", id: "contacts-rule" }, L("contactsRule")),
        h("div", { id: "contacts-list", "data-field": "contacts", "aria-labelledby": "contacts-title" }),
        errorSlot("contacts"),
        h(
          "button",
          { type: "button", id: "add-contact", class: "secondary", onclick: addContact },
          L("addContact"),
        ),
      ),
      h("section", {}, textField("notes", "notes", { multiline: true })),
      h("datalist", { id: "comuni-list" }),
      h("datalist", { id: AREAS_LIST }),
      // A conflict and the error summary appear next to the save button, where the user is.
      h("div", { id: "conflict", hidden: true }),
      alertBox(),
      h("div", { class: "actions" }, h("button", { type: "submit", id: "submit" }, L("submit"))),
    ),
  );
  controlForm();
  renderContacts([{}]);
  setDefaults();
}

// ---------------------------------------------------------------- start

async function start() {
  const app = document.getElementById("app")!;
  app.textContent = label("it", "loading");
  let boot: { editId?: string; phone?: boolean } = {};
  try {
    boot = JSON.parse(document.getElementById("coef-boot")?.textContent || "{}");
  } catch {
    boot = {};
  }
  // The phone form (web app) is this form with an outbox (phone.ts).
  if (boot.phone) enablePhone();
  try {
    const ctx = await call("getFormContext");
    state.ctx = ctx;
    state.lang = ctx.lang;
    document.documentElement.lang = ctx.lang;
    buildForm(ctx);
    watchLengths();
    if (boot.phone) showOutbox(loadIntoForm);
    // Why this user may write nothing: said at the top, where the user starts reading.
    if (ctx.refusal) {
      document
        .getElementById("form-title")!
        .after(h("p", { id: "refusal", class: "notice", role: "alert" }, withLinks(ctx.refusal)));
    }
    if (boot.editId) await openInterview(boot.editId);
    offerSavedDraft();
  } catch (error) {
    app.replaceChildren(h("p", { role: "alert" }, failureMessage(error)));
  }
}

void start();
