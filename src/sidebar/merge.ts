/**
 * Re-applying one's edits on top of a version someone else saved meanwhile: a three-way merge of the
 * form's fields. Objects are merged field by field; lists (evidence, causes, contacts) and single
 * values are taken whole from whoever changed them, with my change winning when both did.
 */

type Data = Record<string, unknown>;
/** Who saved and when is not the interview's content: never a change to list or merge. */
const SKIP = new Set(["id", "version", "submissionId", "createdAt", "createdBy", "updatedAt", "updatedBy"]);

const isObject = (v: unknown): v is Data => Boolean(v) && typeof v === "object" && !Array.isArray(v);
/** Lists of codes (evidence, causes) are sets: the form reads them in its own order, the sheet in another. */
const canonical = (v: unknown) =>
  Array.isArray(v) && v.every((x) => typeof x === "string") ? [...v].sort() : (v ?? "");
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** True when two values of a field are the same answer. */
export const sameValue = same;

/** The leaf paths whose values differ between two versions (lists count as one leaf). */
export function changedPaths(before: Data, after: Data, prefix = ""): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: string[] = [];
  for (const key of keys) {
    if (!prefix && SKIP.has(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const a = before[key];
    const b = after[key];
    if (isObject(a) && isObject(b)) out.push(...changedPaths(a, b, path));
    else if (!same(a, b)) out.push(path);
  }
  return out;
}

/** The value at a dotted path. */
export function valueAt(data: Data, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), data);
}

/** `current` with every field I changed (relative to `original`) set to my value. */
export function reapply(original: Data, mine: Data, current: Data): Data {
  const merged: Data = JSON.parse(JSON.stringify(current));
  for (const path of changedPaths(original, mine)) {
    const keys = path.split(".");
    let target = merged;
    for (const key of keys.slice(0, -1)) {
      if (!isObject(target[key])) target[key] = {};
      target = target[key] as Data;
    }
    target[keys[keys.length - 1]] = JSON.parse(JSON.stringify(valueAt(mine, path) ?? ""));
  }
  return merged;
}
