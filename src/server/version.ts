/** The add-on's version, written into the bundle by build.mjs from package.json (never typed by hand). */
declare const __COEF_VERSION__: string | undefined;

/** The version the bundle was built as; "" only when the source runs unbundled (nothing to show). */
export function addonVersion(): string {
  return typeof __COEF_VERSION__ === "string" ? __COEF_VERSION__ : "";
}
