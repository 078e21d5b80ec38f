// A script deployed as a web app (doGet): what Google does differently there (RULES.md, R40–R45).
// The emulator runs a function "as a web app" with `emu.asWebApp(fn)`; the options below choose among
// the behaviours Google documents or leaves open.

/** The only meta tags `HtmlOutput.addMetaTag` accepts (R43). */
export const ALLOWED_META_TAGS = new Set([
  "apple-mobile-web-app-capable",
  "google-site-verification",
  "mobile-web-app-capable",
  "viewport",
]);

/** Google's words when a script asks for the editor's UI where there is none (R40). */
export const NO_UI_HERE = "Cannot call SpreadsheetApp.getUi() from this context.";

/** The scope that reaches any spreadsheet the user can open (wider than spreadsheets.currentonly). */
export const SPREADSHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets";

/**
 * What a web app's options may be (each a behaviour Google documents or leaves open):
 * - activeSpreadsheet: "container" (a bound script's web app sees the spreadsheet it is bound to) or
 *   "none" (getActiveSpreadsheet returns null, as in a standalone script's web app);
 * - documentLock: "null" (the reference page: null from a web app) or "available";
 * - currentOnly: "works" (spreadsheets.currentonly reaches the container from the web app) or
 *   "refused" (the call needs the wider spreadsheets scope and throws without it);
 * - executeAs: "USER_ACCESSING" or "USER_DEPLOYING" (Session.getActiveUser is then blank).
 * @typedef {object} WebAppOptions
 * @property {"container" | "none"} [activeSpreadsheet]
 * @property {"null" | "available"} [documentLock]
 * @property {"works" | "refused"} [currentOnly]
 * @property {"USER_ACCESSING" | "USER_DEPLOYING"} [executeAs]
 */

/** Google's behaviour where a test does not choose. @type {Required<WebAppOptions>} */
export const WEB_APP_DEFAULTS = {
  activeSpreadsheet: "container",
  documentLock: "null",
  currentOnly: "works",
  executeAs: "USER_ACCESSING",
};

/** The meta tags an HTML file carries: Google drops them (R43). */
const META_TAG = /<meta\b(?![^>]*\bcharset\b)[^>]*>/gi;

/**
 * The page a browser receives from a web app: the HtmlOutput's content with the file's own meta tags
 * dropped (Google ignores them) and the tags added with addMetaTag in the head.
 */
export function servedPage(output) {
  const tags = output
    .getMetaTags()
    .map((t) => `<meta name="${escapeAttr(t.getName())}" content="${escapeAttr(t.getContent())}" />`)
    .join("");
  const title = output.getTitle() ? `<title>${escapeText(output.getTitle())}</title>` : "";
  let html = output.getContent().replace(META_TAG, "");
  if (title) html = html.replace(/<title>[\s\S]*?<\/title>/i, "");
  return /<head>/i.test(html)
    ? html.replace(/<head>/i, (head) => `${head}${tags}${title}`)
    : `<!DOCTYPE html><html><head>${tags}${title}</head><body>${html}</body></html>`;
}

const escapeAttr = (s) => String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const escapeText = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A meta tag added with HtmlOutput.addMetaTag. */
export class HtmlOutputMetaTag {
  constructor(name, content) {
    this.name = name;
    this.content = content;
  }
  getName() {
    return this.name;
  }
  getContent() {
    return this.content;
  }
}
