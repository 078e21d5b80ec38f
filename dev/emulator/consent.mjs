// Google's granular consent (RULES.md, R30–R31): a user may authorize a script without some of the
// scopes its manifest asks for. ScriptApp.getAuthorizationInfo reports which ones were granted; a
// service whose scope was refused fails. What Session.getActiveUser does when only the e-mail scope
// was refused is not documented: both plausible behaviours are modelled (option `refusedActiveUser`).

export const EMAIL_SCOPE = "https://www.googleapis.com/auth/userinfo.email";

/** ScriptApp.AuthorizationStatus, as Google names its values. */
export const AUTHORIZATION_STATUS = { REQUIRED: "REQUIRED", NOT_REQUIRED: "NOT_REQUIRED" };

/** The scopes the user granted: the manifest's, less those refused on the consent screen. */
export function grantedScopes(emu) {
  return emu.scopes.filter((s) => !emu.refusedScopes.includes(s));
}

/**
 * `ScriptApp.getAuthorizationInfo(authMode, oAuthScopes?)`: the authorization status, the URL that
 * asks for what is missing (null when nothing is) and the granted scopes, among `oAuthScopes` when
 * given.
 */
export function authorizationInfo(emu, _authMode, oAuthScopes) {
  const asked = Array.isArray(oAuthScopes) ? oAuthScopes.map(String) : emu.scopes;
  const granted = grantedScopes(emu);
  const authorized = asked.filter((s) => granted.includes(s));
  const required = authorized.length < asked.length;
  return {
    getAuthorizationStatus: () =>
      required ? AUTHORIZATION_STATUS.REQUIRED : AUTHORIZATION_STATUS.NOT_REQUIRED,
    getAuthorizationUrl: () =>
      required ? `https://script.google.com/macros/d/${emu.scriptId}/authorize?authuser=0` : null,
    getAuthorizedScopes: () => authorized,
  };
}

/**
 * The user Session.getActiveUser returns once the manifest's scope is checked: with the e-mail scope
 * refused it throws Google's permission error ("throws") or gives an empty address ("blank").
 */
export function activeUser(emu, method) {
  if (emu.refusedScopes.includes(EMAIL_SCOPE)) {
    if (emu.refusedActiveUser === "blank") return { getEmail: () => "" };
    throw new Error(`You do not have permission to call ${method}. Required permissions: ${EMAIL_SCOPE}`);
  }
  return { getEmail: () => emu.user };
}

/** The scope each counted service call needs (the e-mail scope is Session's own, in activeUser). */
/** @type {[RegExp, string][]} */
const SCOPE_OF_CALL = [
  [/^SpreadsheetApp\.getUi$/, "https://www.googleapis.com/auth/script.container.ui"],
  [
    /^(SpreadsheetApp\.(getActive|getActiveSpreadsheet|flush)|Spreadsheet\.|Sheet\.|Range\.|TextFinder\.)/,
    "https://www.googleapis.com/auth/spreadsheets.currentonly",
  ],
];

/** A call whose scope the user refused on the consent screen throws Google's permission error. */
export function requireConsent(emu, method) {
  if (emu.refusedScopes.length === 0) return;
  for (const [pattern, scope] of SCOPE_OF_CALL) {
    if (pattern.test(method) && emu.refusedScopes.includes(scope))
      throw new Error(`You do not have permission to call ${method}. Required permissions: ${scope}`);
  }
}

/** A key unique to the user that reveals nothing of who they are (`getTemporaryActiveUserKey`). */
export function temporaryUserKey(emu) {
  let hash = 2166136261;
  for (const ch of `${emu.scriptId}:${emu.user}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `tmp${hash.toString(36)}`;
}
