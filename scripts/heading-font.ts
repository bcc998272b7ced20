/**
 * Makes the heading font the pages load: Be Vietnam Pro Bold cut down to what Vietnamese headings
 * need, as WOFF2 (about 20 KB instead of 139 KB). The result is committed in src/assets/fonts/ so that
 * Vite gives it a content-hashed name; scripts/heading-font.test.ts fails when it is out of date.
 * Run: npm run fonts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { readFont } from '../src/lib/cards/fonts.ts';

export const HEADING_FONT_FILE = fileURLToPath(new URL('../src/assets/fonts/be-vietnam-pro-700-vi.woff2', import.meta.url));

const vietnameseLower = 'àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';
const printableAscii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/**
 * Every character a Vietnamese heading needs: ASCII, the whole Vietnamese alphabet in both cases
 * (precomposed, as content is normalised to NFC), the combining marks for text that is not, and the
 * typographic punctuation the site uses. Anything else falls back to the system font, glyph by glyph.
 */
export const HEADING_CHARACTERS =
  printableAscii + vietnameseLower + vietnameseLower.toLocaleUpperCase('vi') + '\u0300\u0301\u0303\u0309\u0323' + '\u00a0“”‘’–—…·›«»₫';

export function subsetHeadingFont(): Promise<Buffer> {
  return subsetFont(readFont(700), HEADING_CHARACTERS, { targetFormat: 'woff2', noLayoutClosure: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const woff2 = await subsetHeadingFont();
  writeFileSync(HEADING_FONT_FILE, woff2);
  console.log(`Đã ghi ${HEADING_FONT_FILE} (${woff2.length} byte).`);
}
