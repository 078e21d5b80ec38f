// The services around the sheet: the document lock, HtmlService output, the menu and dialogs.
import { ALLOWED_META_TAGS, HtmlOutputMetaTag } from "./webApp.mjs";

export const BUTTON = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" };
export const BUTTON_SET = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
};

import { checkPropertyWrite } from "./limits.mjs";

export class Lock {
  /** `kind`: "document" or "script" (R42): two different locks, each held by one execution at a time. */
  constructor(emu, kind = "document") {
    this.emu = emu;
    this.kind = kind;
    this.held = false;
  }
  get taken() {
    return this.kind === "document" ? this.emu.lockHeld : this.emu.scriptLockHeld;
  }
  set taken(value) {
    if (this.kind === "document") this.emu.lockHeld = value;
    else this.emu.scriptLockHeld = value;
  }
  tryLock(ms) {
    const busy = typeof this.emu.lockBusy === "function" ? this.emu.lockBusy(ms) : this.emu.lockBusy;
    if (busy || this.taken) return false;
    this.taken = true;
    this.held = true;
    return true;
  }
  waitLock(ms) {
    if (!this.tryLock(ms))
      throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock() {
    return this.held;
  }
  releaseLock() {
    if (this.held) {
      this.held = false;
      this.taken = false;
    }
  }
}

/** PropertiesService.getDocumentProperties(): string values, counted and fault-injectable like the sheet. */
export class Properties {
  constructor(emu) {
    this.emu = emu;
  }
  getProperty(key) {
    this.emu.hit("Properties.getProperty");
    return this.emu.documentProperties.get(String(key)) ?? null;
  }
  getProperties() {
    this.emu.hit("Properties.getProperties");
    return Object.fromEntries(this.emu.documentProperties);
  }
  setProperty(key, value) {
    this.emu.hit("Properties.setProperty");
    checkPropertyWrite(this.emu, this.emu.documentProperties, { [key]: value }); // R20, R21
    this.emu.documentProperties.set(String(key), String(value));
    return this;
  }
  /** Sets several properties in one call (all or none, as one service call). */
  setProperties(values, deleteAllOthers = false) {
    this.emu.hit("Properties.setProperties");
    checkPropertyWrite(this.emu, this.emu.documentProperties, values, deleteAllOthers); // R20, R21
    if (deleteAllOthers) this.emu.documentProperties.clear();
    for (const [k, v] of Object.entries(values)) this.emu.documentProperties.set(k, String(v));
    return this;
  }
  deleteProperty(key) {
    this.emu.hit("Properties.deleteProperty");
    this.emu.documentProperties.delete(String(key));
    return this;
  }
}

export class HtmlOutput {
  constructor(content) {
    this.content = content;
    this.title = "";
    this.width = 300;
    this.metaTags = [];
  }
  /** Only the meta tags Google lists are accepted (R43); the file's own meta tags are ignored. */
  addMetaTag(name, content) {
    if (!ALLOWED_META_TAGS.has(String(name)))
      throw new Error(`Invalid argument: name (meta tag "${name}" is not allowed)`);
    this.metaTags.push(new HtmlOutputMetaTag(String(name), String(content)));
    return this;
  }
  getMetaTags() {
    return [...this.metaTags];
  }
  getContent() {
    return this.content;
  }
  setTitle(title) {
    this.title = title;
    return this;
  }
  getTitle() {
    return this.title;
  }
  setWidth(width) {
    this.width = width;
    return this;
  }
  /** The dialog's initial height in pixels (RULES.md, R71); Google's default is not documented. */
  setHeight(height) {
    this.height = height;
    return this;
  }
  getWidth() {
    return this.width;
  }
  getHeight() {
    return this.height;
  }
  append(html) {
    this.content += html;
    return this;
  }
}

class Menu {
  constructor(emu, title) {
    this.emu = emu;
    this.title = title;
    this.items = [];
  }
  addItem(caption, functionName) {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this.items.push({ separator: true });
    return this;
  }
  addToUi() {
    this.emu.ui.menus = this.emu.ui.menus.filter((m) => m.title !== this.title);
    this.emu.ui.menus.push({ title: this.title, items: this.items });
  }
}

export class Ui {
  constructor(emu) {
    this.emu = emu;
    this.Button = BUTTON;
    this.ButtonSet = BUTTON_SET;
  }
  /** In a bound script Google names the add-on menu after the script project (RULES.md, R14). */
  createAddonMenu() {
    return new Menu(this.emu, this.emu.projectName);
  }
  createMenu(title) {
    return new Menu(this.emu, title);
  }
  alert(titleOrMessage, messageOrButtons, buttons) {
    const isSet = (x) => Object.values(BUTTON_SET).includes(x);
    const titled = typeof messageOrButtons === "string" && !isSet(messageOrButtons);
    const message = titled ? messageOrButtons : titleOrMessage;
    const set = titled ? buttons : messageOrButtons;
    this.emu.ui.alerts.push({ message, buttons: set ?? BUTTON_SET.OK });
    // Tests: what colleagues do in the shared sheet while this dialog is open.
    this.emu.whileDialogOpen?.();
    return set === BUTTON_SET.YES_NO || set === BUTTON_SET.YES_NO_CANCEL || set === BUTTON_SET.OK_CANCEL
      ? this.emu.alertResponse
      : BUTTON.OK;
  }
  /**
   * `prompt(prompt)`, `prompt(prompt, buttons)` or `prompt(title, prompt, buttons)` (RULES.md, R17): an
   * input dialog whose answer is a PromptResponse. Google's default button set is OK alone. The answer
   * is `emu.promptResponse` ({ button, text }, default OK with ""); a button the set does not show reads
   * as CLOSE (the user closed the dialog). Every prompt is recorded in `emu.ui.prompts`.
   */
  prompt(titleOrPrompt, promptOrButtons, buttons) {
    const isSet = (x) => Object.values(BUTTON_SET).includes(x);
    const titled = typeof promptOrButtons === "string" && !isSet(promptOrButtons);
    const title = titled ? String(titleOrPrompt) : "";
    const message = titled ? promptOrButtons : titleOrPrompt;
    const set = (titled ? buttons : promptOrButtons) ?? BUTTON_SET.OK;
    if (!isSet(set)) throw new Error(`Invalid argument: buttons (${set})`);
    if (!this.emu.ui.prompts) this.emu.ui.prompts = [];
    this.emu.ui.prompts.push({ title, message: String(message), buttons: set });
    this.emu.whileDialogOpen?.();
    const shown = {
      [BUTTON_SET.OK]: [BUTTON.OK],
      [BUTTON_SET.OK_CANCEL]: [BUTTON.OK, BUTTON.CANCEL],
      [BUTTON_SET.YES_NO]: [BUTTON.YES, BUTTON.NO],
      [BUTTON_SET.YES_NO_CANCEL]: [BUTTON.YES, BUTTON.NO, BUTTON.CANCEL],
    }[set];
    const wanted = this.emu.promptResponse ?? { button: BUTTON.OK, text: "" };
    const button = shown.includes(wanted.button) ? wanted.button : BUTTON.CLOSE;
    const text = String(wanted.text ?? "");
    return new PromptResponse(button, text);
  }
  showSidebar(html) {
    this.emu.ui.sidebars.push({ title: html.getTitle(), html: html.getContent() });
  }
  /**
   * A modal dialog (RULES.md, R70): recorded with its title and the HtmlOutput's initial size; the call
   * returns at once, as Google's does (the script is not suspended while the dialog is open).
   */
  showModalDialog(html, title) {
    if (title === undefined) throw new Error("Invalid argument: title");
    this.emu.ui.dialogs.push({ title, html: html.getContent(), width: html.width, height: html.height });
  }
}

/** What `Ui.prompt` returns: the button pressed and the text typed (R17). */
export class PromptResponse {
  constructor(button, text) {
    this.button = button;
    this.text = text;
  }
  getSelectedButton() {
    return this.button;
  }
  getResponseText() {
    return this.text;
  }
}
