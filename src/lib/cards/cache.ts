/**
 * Cards are kept between builds under node_modules/.cache, keyed by everything that goes into the
 * picture, so a rebuild draws only the cards whose page changed. A build links the cached files
 * into its output instead of copying them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CARD_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'dan-van-kheo', 'cards');

/** The key of a card: a hash of every input that changes its pixels. */
export function cardKey(inputs: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  return hash.digest('hex');
}

/** The file of the card for key: drawn and kept when the cache does not have it yet. */
export async function cachedCardFile(key: string, draw: () => Buffer | Promise<Buffer>, dir = CARD_CACHE_DIR): Promise<string> {
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return file;
  const bytes = await draw();
  await mkdir(dir, { recursive: true });
  // Written aside and renamed, so a build stopped halfway never leaves half a card behind, and a
  // file already linked into a published site is never written over.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return file;
}

/** A card being written by process `pid`: "<key>.png.<pid>.tmp". */
const partialName = /\.png\.(\d+)\.tmp$/;

/**
 * Removes the half-written cards of drawings that are no longer running (`running` says which: the
 * build lock knows, scripts/lib/build-lock.ts); returns how many.
 */
export function sweepPartialCards(running: (pid: number) => boolean, dir = CARD_CACHE_DIR): number {
  if (!existsSync(dir)) return 0;
  const stale = readdirSync(dir).filter((name) => {
    const pid = partialName.exec(name)?.[1];
    return pid !== undefined && !running(Number(pid));
  });
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale.length;
}
