/** Vietnamese formatting of money, counts and dates: one module, so every page agrees. */

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1000 → "1.000"; 2.5 → "2,5". */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/** The source's "trên" (more than) before a figure, when the figure is a lower bound. */
export function withAtLeast(formatted: string, atLeast: boolean): string {
  return atLeast ? `trên ${formatted}` : formatted;
}

/** 190000000 → "190.000.000 đ". */
export function formatVnd(amount: number): string {
  return `${integer.format(amount)} đ`;
}

const compactSteps = [
  { size: 1_000_000_000, word: 'tỷ' },
  { size: 1_000_000, word: 'triệu' },
  { size: 1_000, word: 'nghìn' },
] as const;

/** 190000000 → "190 triệu đồng"; 1200000000 → "1,2 tỷ đồng". */
export function formatVndCompact(amount: number): string {
  for (const { size, word } of compactSteps) {
    if (amount >= size) return `${decimal.format(Math.round((amount / size) * 100) / 100)} ${word} đồng`;
  }
  return `${integer.format(amount)} đồng`;
}

/** A count with its unit: (821, "lượt") → "821 lượt"; a percentage without a space: "100%". */
export function formatQuantity(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A calendar date as dd/mm/yyyy. Dates from frontmatter are UTC midnight, so UTC parts are used. */
/** "xã Đăk Ui gồm …" → "Xã Đăk Ui gồm …": the first letter upper-case, the rest as written. */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** ["A", "B", "C"] → "A, B và C". */
export function listVi(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} và ${words.at(-1)}`;
}

export function formatDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "4/7 mô hình có số liệu" — the share of models a total covers. */
export function formatCoverage(known: number, of: number, what = 'mô hình có số liệu'): string {
  return `${known}/${of} ${what}`;
}
