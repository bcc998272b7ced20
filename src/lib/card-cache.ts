/**
 * Drawing a card costs tens of milliseconds, once per page: on a large site that is most of a
 * build (npm run bench). Cards are kept between builds under node_modules/.cache, keyed by
 * everything that goes into the picture, so a rebuild draws only the cards whose page changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CARD_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'dan-van-kheo', 'cards');

/** The key of a card: a hash of every input that changes its pixels. */
export function cardKey(inputs: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  return hash.digest('hex');
}

/** The cached card for key, or a freshly drawn one that is then kept for the next build. */
export async function cachedCard(key: string, draw: () => Promise<Buffer>, dir = CARD_CACHE_DIR): Promise<Buffer> {
  const file = join(dir, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await draw();
    await mkdir(dir, { recursive: true });
    // Written aside and renamed, so a build stopped halfway never leaves half a card behind.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
    return png;
  }
}
