/**
 * Building blocks shared by every collection schema. Messages are Vietnamese because
 * editors read them; each names what was expected so the fix is obvious.
 */
import { z } from 'astro/zod';
import { firstInvisible, invisibleMessage } from '../lib/text/invisible';

type Issue = { code?: string; input?: unknown; keys?: string[]; expected?: string };

function describeInput(input: unknown): string {
  if (input === undefined) return 'không có giá trị';
  if (input === null) return 'để trống';
  if (Array.isArray(input)) return 'một danh sách';
  if (typeof input === 'string') return `chữ "${input}"`;
  if (typeof input === 'number') return `số ${input}`;
  if (typeof input === 'boolean') return input ? 'true' : 'false';
  if (input instanceof Date) return 'một ngày';
  return 'một nhóm trường';
}

/** Error handler for an object: names misspelled keys and a wrong shape in Vietnamese. */
export function objectError(what: string) {
  return (issue: Issue): string => {
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue.keys ?? []).map((k) => `"${k}"`).join(', ');
      return `trường không được biết đến: ${keys} (kiểm tra lỗi chính tả; các trường hợp lệ của ${what} có trong hướng dẫn biên tập)`;
    }
    if (issue.input === undefined) return `thiếu ${what}`;
    return `cần ${what}, nhưng nhận được ${describeInput(issue.input)}`;
  };
}

/** A strict object: an unknown or misspelled key is an error instead of being dropped. */
export function strictObject<T extends z.ZodRawShape>(what: string, shape: T) {
  return z.strictObject(shape, { error: objectError(what) });
}

/** Characters a field holds at most, unless it says otherwise: a paragraph, never a page. */
export const TEXT_LIMIT = 2000;

/**
 * Non-empty text of at most `max` characters, with no invisible or direction-control character
 * (src/lib/text/invisible.ts), trimmed and normalised to NFC so that search and sorting see one spelling.
 */
export function text(what = 'một đoạn chữ', max = TEXT_LIMIT) {
  return z
    .string({ error: (iss: Issue) => (iss.input === undefined ? `thiếu ${what}` : `cần ${what}, nhưng nhận được ${describeInput(iss.input)}`) })
    .trim()
    .min(1, { error: `${what} không được để trống` })
    .max(max, { error: (iss: Issue) => `${what} dài ${String(iss.input).length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${max.toLocaleString('vi-VN')} ký tự: hãy viết ngắn lại`, abort: true })
    .refine((s) => firstInvisible(s) === undefined, { error: (iss: Issue) => invisibleMessage(what, String(iss.input)) })
    .transform((s) => s.normalize('NFC'));
}

/** An id of another entry: lower-case ASCII words joined by "-" (the file name without its extension). */
export function entryId(collection: string) {
  return z
    .string({ error: (iss: Issue) => (iss.input === undefined ? `thiếu mã ${collection}` : `cần mã ${collection} (chữ không dấu, nối bằng "-"), nhưng nhận được ${describeInput(iss.input)}`) })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `mã ${collection} chỉ gồm chữ thường không dấu, số và dấu "-" (ví dụ: dak-ngok)` });
}

/** A whole, non-negative number: money in VND or a count of people, households, visits. */
export function wholeNumber(what: string) {
  return z
    .number({ error: (iss: Issue) => (iss.input === undefined ? `thiếu ${what}` : `cần ${what} là một số nguyên không âm, nhưng nhận được ${describeInput(iss.input)}`) })
    // Beyond this a JavaScript number loses its last digits: the figure printed would not be the one written.
    .max(Number.MAX_SAFE_INTEGER, { error: `${what} quá lớn: số lớn nhất nhận được là ${Number.MAX_SAFE_INTEGER.toLocaleString('vi-VN')}`, abort: true })
    .int({ error: `${what} phải là số nguyên (không có phần thập phân, không viết dấu chấm ngăn cách)` })
    .nonnegative({ error: `${what} không được âm` });
}

/** A non-negative measured value, decimals allowed (5 km, 100 %). */
export function measure(what: string) {
  return z
    .number({ error: (iss: Issue) => (iss.input === undefined ? `thiếu ${what}` : `cần ${what} là một số, nhưng nhận được ${describeInput(iss.input)}`) })
    .nonnegative({ error: `${what} không được âm` });
}

/** A four-digit calendar year within the movement's plausible span. */
export function year(what: string) {
  return z
    .number({ error: (iss: Issue) => `cần ${what} là năm có 4 chữ số, nhưng nhận được ${describeInput(iss.input)}` })
    .int({ error: `${what} phải là năm có 4 chữ số` })
    .min(1945, { error: `${what} phải từ năm 1945 trở đi` })
    .max(2100, { error: `${what} không hợp lệ` });
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** "2019-08-30" as a Date at UTC midnight; undefined unless the text is a real calendar day in that form. */
export function parseIsoDay(value: string): Date | undefined {
  const trimmed = value.trim();
  if (!isoDay.test(trimmed)) return undefined;
  const day = new Date(`${trimmed}T00:00:00Z`);
  // JavaScript rolls 2026-02-30 over to 2 March: only a day that reads back the same is real.
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== trimmed ? undefined : day;
}

/**
 * A calendar date written as YYYY-MM-DD in the file. Astro's YAML parser hands over a Date,
 * the content check's a string; "11/28/2026" or "2026-02-30" are refused rather than guessed.
 */
export function date(what: string) {
  return z.preprocess(
    (input) => (typeof input === 'string' ? (parseIsoDay(input) ?? input) : input),
    z.date({ error: (iss: Issue) => `cần ${what} dạng NNNN-TT-NN (ví dụ 2019-08-30), nhưng nhận được ${describeInput(iss.input)}` }),
  );
}

/** "trên" in the source: the figure is a lower bound ("trên 1.000 lượt"). */
export const atLeast = z.boolean({ error: 'atLeast chỉ nhận true hoặc false' }).default(false);

/** A list of aliases: other spellings readers type (with or without marks). */
export const aliases = z.array(text('một cách viết khác')).default([]);

/**
 * For a rule across several fields: run it even when other fields of the object are wrong, so
 * that every fault is reported at once. The rule then sees the object as written, and must
 * check each value's type itself.
 */
export const alsoWhenOtherFieldsFail = {
  when: (payload: { value: unknown }) => payload.value !== null && typeof payload.value === 'object' && !Array.isArray(payload.value),
};

/** A value's number, or undefined when it is not one (a rule run on an object as written). */
export function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
