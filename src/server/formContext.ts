/** What the form needs to start: regions (with scope and permission), the user, the comuni dataset. */
import type { Lang } from "../core/codes";
import { isUserError } from "../core/errors";
import { t } from "../core/i18n";
import { MAX_CONTACTS } from "../core/interview";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { type Comune, comuniDataset, comuniOf } from "../core/territory/comuni";
import { REGIONS, regionByCode } from "../core/territory/regions";
import { NAME_MAX, TEXT_MAX } from "../core/text";
import { accessOf } from "./access";
import { endpoint } from "./entry";
import { draftScope, emailPermissionMessage, identity, today, userLang } from "./session";
import { readSettings } from "./settingsStore";
import { Workbook } from "./workbook";

export interface FormRegion {
  code: string;
  name: string;
  pilot: boolean;
  inScope: boolean;
  allowed: boolean;
}

export interface FormContext {
  lang: Lang;
  user: string;
  today: string;
  regions: FormRegion[];
  dataset: { source: string; date: string; count: number };
  limits: { name: number; text: number; contacts: number };
  /** The settings of Impostazioni: scoring weights, areas per region, regions in scope. */
  settings: Settings;
  /** Why the user may not write at all, when that is the case. */
  refusal?: string;
  /** A bad value in Impostazioni (named by cell); the form works with the default settings meanwhile. */
  settingsProblem?: string;
  /** Whose drafts the form keeps: this spreadsheet and this user, so two Sheets never swap drafts. */
  draftScope: string;
}

/** Regions (in scope first, pilot regions marked after), settings, current user and dataset date. */
export function getFormContext(): FormContext {
  return endpoint("getFormContext", () => {
    const lang = userLang();
    const who = identity();
    const email = who.email;
    const workbook = Workbook.active();
    // A typo in Impostazioni must not keep the form from opening: it needs no setting to save.
    let settings: Settings;
    let settingsProblem: string | undefined;
    try {
      settings = readSettings(workbook);
    } catch (error) {
      if (!isUserError(error)) throw error;
      settings = DEFAULT_SETTINGS;
      settingsProblem = t(lang, error.key, error.params);
    }
    // Without the e-mail permission nothing may be written: the form says how to grant it.
    const access = who.emailRefused
      ? { regions: new Set<string>(), refusal: emailPermissionMessage(lang) }
      : accessOf(workbook, email, lang);
    const scope = new Set(settings.regionsInScope);
    const regions = REGIONS.map((r) => ({
      code: r.code,
      name: r.name,
      pilot: r.pilot,
      inScope: scope.has(r.code),
      allowed: !access.refusal && (access.regions === null || access.regions.has(r.code)),
    })).sort((a, b) => Number(b.inScope) - Number(a.inScope) || a.name.localeCompare(b.name, "it"));
    return {
      lang,
      user: email,
      today: today(),
      regions,
      dataset: comuniDataset,
      limits: { name: NAME_MAX, text: TEXT_MAX, contacts: MAX_CONTACTS },
      settings,
      settingsProblem,
      refusal: access.refusal,
      draftScope: draftScope(email),
    };
  });
}

/** The comuni of a region, `[{code, name, province}]`, sorted by name. */
export function getComuni(regionCode: string): Comune[] {
  return endpoint("getComuni", () => (regionByCode(String(regionCode)) ? comuniOf(String(regionCode)) : []));
}
