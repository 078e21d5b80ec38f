import type { Lang } from "./codes";
import { en } from "./messages/en";
import { it, type MessageKey } from "./messages/it";

export type { MessageKey };

/** The language of the UI for a user locale: English for English locales, Italian otherwise. */
export function langOf(locale: string | undefined | null): Lang {
  return /^en\b|^en[_-]/i.test(String(locale ?? "")) ? "en" : "it";
}

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { it, en };

/**
 * Fills a message: `{name}` with params.name, and `{name|one|other}` with the singular or plural form
 * for the number params.name ("#" in a form is the number), so "1 contatto" and "2 contatti" come
 * from one message. A placeholder without its param stays as written.
 */
export function fillMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one, other) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    if (one === undefined) return value;
    return (Number(params[name]) === 1 ? one : other).replace(/#/g, value);
  });
}

/** A message in the given language, with `{name}` and `{name|one|other}` placeholders filled from params. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillMessage(MESSAGES[lang][key], params);
}

/** True when a string is one of the message keys. */
export function isMessageKey(key: string): key is MessageKey {
  return key in it;
}
