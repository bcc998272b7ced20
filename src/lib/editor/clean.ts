/**
 * What the web editor's form data keeps before it is written: the fields an editor cleared
 * ("", null, [], {}, a group whose every field is empty) and the defaults the hand-written
 * files leave out are dropped, so that a saved file reads like one written by hand.
 */

/** Where a value sits: ["beneficiaries", 0, "atLeast"]. */
export type Path = readonly (string | number)[];

/** True when a value is a default the files leave out (the schema fills it in when absent). */
export type OmitWhen = (path: Path, value: unknown) => boolean;

/**
 * The defaults the hand-written files omit: `atLeast: false` at any depth, `draft: false` and
 * `tags: []` at the top. `replicated: false` is not one: there false says "the source says not
 * replicated", which absent does not.
 */
export const omitHandWrittenDefaults: OmitWhen = (path, value) => {
  const key = path.at(-1);
  if (key === 'atLeast') return value === false;
  if (path.length !== 1) return false;
  return (key === 'draft' && value === false) || (key === 'tags' && Array.isArray(value) && value.length === 0);
};

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Deep equality of plain data (what YAML parses to and what the form hands over). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]));
  }
  return false;
}

/** The value written at a path of the original data, and whether one is written there at all. */
function childOf(original: unknown, key: string | number): { written: boolean; value: unknown } {
  if (typeof key === 'number' ? Array.isArray(original) && key < original.length : isPlainObject(original) && Object.hasOwn(original, key)) {
    return { written: true, value: (original as Record<string | number, unknown>)[key] };
  }
  return { written: false, value: undefined };
}

/** A day the form may hand over as a Date: written as the files write days, 2026-11-28. */
function dayOf(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function cleanAt(value: unknown, path: Path, original: { written: boolean; value: unknown }, omitWhen: OmitWhen): unknown {
  // A default the file already writes stays written: saving must not churn lines nobody touched.
  if (omitWhen(path, value)) return original.written && sameData(original.value, value) ? value : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : dayOf(value);
  if (Array.isArray(value)) {
    const items = value.map((item, i) => cleanAt(item, [...path, i], childOf(original.value, i), omitWhen)).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (isPlainObject(value)) {
    const kept = Object.entries(value)
      .map(([key, field]) => [key, cleanAt(field, [...path, key], childOf(original.value, key), omitWhen)] as const)
      .filter(([, field]) => field !== undefined);
    return kept.length === 0 ? undefined : Object.fromEntries(kept);
  }
  return value;
}

/**
 * The form's data as the file should hold it. `original` is the data the file holds now (its
 * defaults written by hand are kept); `omitWhen` says which defaults to leave out.
 */
export function cleanFormData(data: Record<string, unknown>, original: Record<string, unknown> = {}, omitWhen: OmitWhen = omitHandWrittenDefaults): Record<string, unknown> {
  const cleaned = cleanAt(data, [], { written: true, value: original }, omitWhen);
  return isPlainObject(cleaned) ? cleaned : {};
}
