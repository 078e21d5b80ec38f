/**
 * Google's granular consent: a user may authorize the add-on without the e-mail permission
 * (`userinfo.email`). Google then either refuses `Session.getActiveUser` with its permission error or,
 * as for users of other domains, answers with an empty address; `ScriptApp.getAuthorizationInfo`
 * says which scopes the user granted (RULES.md, R30–R31). The add-on reads both and tells a refused
 * permission apart from an address Google merely hides.
 */

export const EMAIL_SCOPE = "https://www.googleapis.com/auth/userinfo.email";

export interface Identity {
  /** The user's e-mail, "" when Google does not disclose it. */
  email: string;
  /** True when the user did not grant the e-mail permission: writing is refused, with how to grant it. */
  emailRefused: boolean;
}

interface AuthorizationInfoLike {
  getAuthorizationStatus(): unknown;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes(): string[] | null;
}

/** ScriptApp's authorization info for the e-mail scope, or undefined where Google gives none. */
function emailAuthorization(): AuthorizationInfoLike | undefined {
  try {
    // The two-argument form (a list of scopes) is Google's; the bundled types know only the first.
    const get = ScriptApp.getAuthorizationInfo as unknown as (
      mode: GoogleAppsScript.Script.AuthMode,
      scopes: string[],
    ) => AuthorizationInfoLike;
    return get(ScriptApp.AuthMode.FULL, [EMAIL_SCOPE]) ?? undefined;
  } catch {
    return undefined;
  }
}

/** True or false when Google says whether the e-mail scope is granted; undefined when it does not say. */
function emailScopeGranted(info: AuthorizationInfoLike | undefined): boolean | undefined {
  if (!info) return undefined;
  try {
    const scopes = info.getAuthorizedScopes();
    if (Array.isArray(scopes)) return scopes.includes(EMAIL_SCOPE);
    const required = String(info.getAuthorizationStatus()) === "REQUIRED";
    return required ? false : undefined;
  } catch {
    return undefined;
  }
}

/** Google's permission error for a scope the user did not grant (or the manifest lacks). */
function isPermissionError(error: unknown): boolean {
  const message = String((error as { message?: string })?.message ?? error);
  return message.includes(EMAIL_SCOPE) || /permission|autorizzazion|authoriz/i.test(message);
}

/** Who the user is; a refused e-mail permission is reported, never thrown. */
export function readIdentity(): Identity {
  if (emailScopeGranted(emailAuthorization()) === false) return { email: "", emailRefused: true };
  try {
    return { email: String(Session.getActiveUser().getEmail() ?? "").trim(), emailRefused: false };
  } catch (error) {
    if (isPermissionError(error)) return { email: "", emailRefused: true };
    throw error;
  }
}

/** The page where Google lets the user grant the missing permission, when Google gives one. */
export function emailAuthorizationUrl(): string | undefined {
  try {
    const url = emailAuthorization()?.getAuthorizationUrl();
    return url && /^https:\/\//.test(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

const SCOPE_IN_ERROR = /Required permissions?:\s*(https:\/\/www\.googleapis\.com\/auth\/[\w.]+)/;

/** The scope Google's permission error names (the user refused it, or the manifest lacks it), if any. */
export function scopeOfPermissionError(error: unknown): string | undefined {
  const message = String((error as { message?: string })?.message ?? error ?? "");
  return SCOPE_IN_ERROR.exec(message)?.[1];
}
