/** Vietnamese text helpers: normalisation, folding for search and sorting, URL slugs. */

/** NFC, the one form every stored string takes, so equal words compare equal. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * Folds Vietnamese the way people type on a phone: tone and vowel marks stripped,
 * "đ" as "d", lower case, white space collapsed. "Đắk Ngọk" → "dak ngok".
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL slug from a Vietnamese title: "Quỹ “Vì học sinh”" → "quy-vi-hoc-sinh". */
export function slugify(value: string): string {
  return fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese alphabetical order (Ă after A, Đ after D). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Edit distance between two short strings, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The known value closest to what was written, when it is close enough to be a typo. */
export function closest(written: string, known: readonly string[]): string | undefined {
  const target = fold(written);
  let best: { value: string; distance: number } | undefined;
  for (const value of known) {
    const distance = editDistance(target, fold(value));
    if (!best || distance < best.distance) best = { value, distance };
  }
  if (!best) return undefined;
  const tolerance = Math.max(2, Math.floor(target.length / 3));
  return best.distance <= tolerance ? best.value : undefined;
}
