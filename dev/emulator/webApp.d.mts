// Types of the emulator's web app model (dev/emulator/webApp.mjs) for the TypeScript tests.
export interface WebAppOptions {
  activeSpreadsheet?: "container" | "none";
  documentLock?: "null" | "available";
  currentOnly?: "works" | "refused";
  executeAs?: "USER_ACCESSING" | "USER_DEPLOYING";
}
export declare const ALLOWED_META_TAGS: Set<string>;
export declare const NO_UI_HERE: string;
export declare const SPREADSHEETS_SCOPE: string;
export declare const WEB_APP_DEFAULTS: Required<WebAppOptions>;
export declare function servedPage(output: unknown): string;
export declare class HtmlOutputMetaTag {
  constructor(name: string, content: string);
  getName(): string;
  getContent(): string;
}
