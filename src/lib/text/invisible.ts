/**
 * Characters a reader cannot see but that change what a text says or how it reads: zero-width
 * characters hide inside words (a title that looks the same is another title to search and to the
 * duplicate check), and direction controls reorder what is shown (a right-to-left override turns
 * "2.000" into "000.2"). No field may hold one; each is named so the editor can find it.
 */

/** Every invisible or direction-control character refused in content, with its name in Vietnamese. */
export const invisibleCharacters: ReadonlyMap<string, string> = new Map([
  ['\u00AD', 'dấu gạch nối mềm (soft hyphen)'],
  ['\u061C', 'dấu chỉ hướng chữ Ả Rập (arabic letter mark)'],
  ['\u180E', 'dấu ngăn nguyên âm Mông Cổ (mongolian vowel separator)'],
  ['\u200B', 'khoảng trắng vô hình (zero-width space)'],
  ['\u200C', 'ký tự ngăn nối vô hình (zero-width non-joiner)'],
  ['\u200D', 'ký tự nối vô hình (zero-width joiner)'],
  ['\u200E', 'dấu chiều trái sang phải (left-to-right mark)'],
  ['\u200F', 'dấu chiều phải sang trái (right-to-left mark)'],
  ['\u202A', 'lệnh đổi chiều chữ (left-to-right embedding)'],
  ['\u202B', 'lệnh đổi chiều chữ (right-to-left embedding)'],
  ['\u202C', 'lệnh đổi chiều chữ (pop directional formatting)'],
  ['\u202D', 'lệnh đổi chiều chữ (left-to-right override)'],
  ['\u202E', 'lệnh đảo ngược chiều chữ (right-to-left override)'],
  ['\u2060', 'ký tự nối từ vô hình (word joiner)'],
  ['\u2061', 'ký tự vô hình (function application)'],
  ['\u2062', 'ký tự vô hình (invisible times)'],
  ['\u2063', 'ký tự vô hình (invisible separator)'],
  ['\u2064', 'ký tự vô hình (invisible plus)'],
  ['\u2066', 'lệnh đổi chiều chữ (left-to-right isolate)'],
  ['\u2067', 'lệnh đổi chiều chữ (right-to-left isolate)'],
  ['\u2068', 'lệnh đổi chiều chữ (first strong isolate)'],
  ['\u2069', 'lệnh đổi chiều chữ (pop directional isolate)'],
  ['\uFEFF', 'dấu BOM vô hình (zero-width no-break space)'],
]);

const pattern = new RegExp(`[${[...invisibleCharacters.keys()].join('')}]`, 'u');

/** The first invisible character of a text, with its code point and name; undefined when it has none. */
export function firstInvisible(text: string): { char: string; code: string; name: string; index: number } | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { char, code, name: invisibleCharacters.get(char)!, index: match.index };
}

/** The message for a field holding one: the character, where it sits, and what to do. */
export function invisibleMessage(what: string, text: string): string {
  const found = firstInvisible(text)!;
  const before = [...text.slice(Math.max(0, found.index - 20), found.index)].join('');
  return `${what} có ký tự vô hình ${found.code}, ${found.name}${before ? `, ngay sau "${before}"` : ''}: hãy xóa ký tự này (gõ lại đoạn chữ đó, hoặc chạy npm run check -- --fix)`;
}

const everywhere = new RegExp(pattern.source, 'gu');

/** The text with every invisible and direction-control character removed (what `npm run check -- --fix` writes). */
export function withoutInvisible(text: string): string {
  return text.replace(everywhere, '');
}
