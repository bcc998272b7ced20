/**
 * The one typeface the site ships: Be Vietnam Pro (SIL Open Font License), whose full TTF files
 * come from the npm package @expo-google-fonts/be-vietnam-pro. Social cards use them whole;
 * pages get a Vietnamese subset of the bold weight for headings (scripts/heading-font.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Be Vietnam Pro';

const packageDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/be-vietnam-pro/package.json'));

export const fontFiles = {
  400: join(packageDir, '400Regular', 'BeVietnamPro_400Regular.ttf'),
  700: join(packageDir, '700Bold', 'BeVietnamPro_700Bold.ttf'),
} as const;

export function readFont(weight: keyof typeof fontFiles): Buffer {
  return readFileSync(fontFiles[weight]);
}
