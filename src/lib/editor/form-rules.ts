/**
 * What the form does with what an editor types: a figure typed the Vietnamese way ("190.000.000",
 * "1,5") read as a number, a day typed as dd/mm/yyyy read as the file's YYYY-MM-DD, and every value
 * judged by the schema at its path, so the form stops a fault with the words the check would print.
 * Pure; runs in the browser.
 */
import { formatNumber } from '../text/format';
import { describe, fieldsOf, formSchemas, schemaAt, type CollectionName } from './schema-walk';
import { formNotes } from './form-notes';

/** "190.000.000", "190000000", "1,5", "-3" → a number; anything else is kept as typed, for the rule to refuse. */
export function readNumber(typed: string): number | string | undefined {
  const text = typed.trim().replace(/\s+/g, '');
  if (text === '') return undefined;
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^-?\d+(,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(text)) return Number(text);
  return typed;
}

/** A number as the form shows it: 190000000 → "190.000.000", 1.5 → "1,5"; a year without dots. */
export function showNumber(value: unknown, path: string): string {
  if (typeof value !== 'number') return value === undefined || value === null ? '' : String(value);
  return /year|period/i.test(path) ? String(value) : formatNumber(value);
}

/** "30/8/2019" → "2019-08-30"; "2019-08-30" stays; anything else is kept as typed, for the rule to refuse. */
export function readDay(typed: string): string | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (vietnamese) return `${vietnamese[3]}-${vietnamese[2]!.padStart(2, '0')}-${vietnamese[1]!.padStart(2, '0')}`;
  return text;
}

/** "2019-08-30" → "30/08/2019", as readers see dates. */
export function showDay(value: unknown): string {
  if (typeof value !== 'string') return '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The check's message for one value of a field ("funding.total"), or undefined when it is fine.
 * An empty optional field is fine (it is left out of the file); an empty required one is "thiếu …".
 */
export function fieldProblem(collection: CollectionName, path: string, value: unknown, required: boolean): string | undefined {
  const found = schemaAt(collection, path);
  if (!found) return undefined;
  // One line of a list of words (aliases, tags) is judged by the list's item rule.
  const described = describe(path, found);
  const schema = described.kind === 'list' && !Array.isArray(value) ? described.item!.schema : found;
  if (isEmpty(value) && !required) return undefined;
  const result = schema.safeParse(isEmpty(value) ? undefined : value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** Every fault of a whole entry as the file would hold it, "funding.sources: …", in the check's words. */
export function entryProblems(collection: CollectionName, data: Record<string, unknown>): string[] {
  const result = formSchemas[collection].safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
}

/** Top-level yes/no fields entered as a choice (replicated: Có / Không / chưa rõ): the select holds text. */
export function choiceBooleans(collection: CollectionName): string[] {
  return fieldsOf(formSchemas[collection]).filter((f) => f.kind === 'boolean' && formNotes[collection][f.name]?.choices).map((f) => f.name);
}

/** The select's "true"/"false" as the file's booleans, and back. */
export function booleansFromChoices(collection: CollectionName, data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  for (const key of choiceBooleans(collection)) if (out[key] === 'true' || out[key] === 'false') out[key] = out[key] === 'true';
  return out;
}

export function booleansToChoices(collection: CollectionName, data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  for (const key of choiceBooleans(collection)) if (typeof out[key] === 'boolean') out[key] = String(out[key]);
  return out;
}

/**
 * Decap writes an uploaded picture as "anh/x.jpg"; the content check wants a cover written from the
 * article's folder ("./anh/x.jpg"), as the hand-written articles do.
 */
export function coverFromArticle(data: Record<string, unknown>): Record<string, unknown> {
  const cover = data.cover as { src?: unknown } | undefined;
  if (typeof cover?.src !== 'string' || cover.src === '' || /^(\.{1,2}\/|\/|[a-z]+:)/i.test(cover.src)) return data;
  return { ...data, cover: { ...cover, src: `./${cover.src}` } };
}
