/**
 * Drawing every page's social card in a process of its own, at the lowest priority: drawing is the
 * largest cost of a clean build, and Astro's build keeps about one core busy, so the cards take
 * what the build leaves and never slow it down (as a worker thread of the build they did:
 * npm run bench). Cards go to the card cache; placeCards links them into a built site.
 */
import { fork } from 'node:child_process';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteCard, SiteCardsOptions } from '../lib/cards/batch';
import { formatNumber } from '../lib/text/format';

export interface Drawn {
  cards: SiteCard[];
  seconds: number;
}

export interface Drawing {
  /** The drawing process, for the build lock to record. */
  pid: number | undefined;
  done: Promise<Drawn>;
  /** Ends the drawing, when the build it serves has stopped. */
  stop(): void;
}

/** The lowest priority there is (nice 19). */
const BACKGROUND = 19;

export function drawInBackground(options: SiteCardsOptions): Drawing {
  const child = fork(fileURLToPath(new URL('./draw-cards.ts', import.meta.url)), [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    if (child.pid !== undefined) setPriority(child.pid, BACKGROUND);
  } catch {
    // Only the speed of the build depends on it; a process that is already gone reports itself below.
  }
  const done = new Promise<Drawn>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Drawn));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`tiến trình vẽ ảnh dừng với mã ${code}`)));
  });
  // A failure is reported by whoever awaits the cards; it must not end the process before then.
  done.catch(() => undefined);
  return { pid: child.pid, done, stop: () => child.kill() };
}

/** The lines the build log shows around the drawing (the benchmark times the drawing from them). */
export const drawingLines = {
  start: 'Đang vẽ ảnh thẻ chia sẻ, song song với việc dựng trang…',
  end: ({ cards, seconds }: Drawn) => `Đã vẽ xong ${formatNumber(cards.length)} ảnh thẻ chia sẻ sau ${formatNumber(Math.round(seconds * 10) / 10)} giây.`,
};

/** Puts the drawn cards into a built site; a hard link costs no copy, a file system that refuses one gets a copy. */
async function placeCards(cards: readonly SiteCard[], siteDir: string): Promise<void> {
  await Promise.all([...new Set(cards.map((card) => dirname(join(siteDir, card.path))))].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(
    cards.map(async (card) => {
      const target = join(siteDir, card.path);
      await rm(target, { force: true });
      await link(card.file, target).catch(() => copyFile(card.file, target));
    }),
  );
}

/** Waits for the drawing to end, then puts its cards into the built site in siteDir. */
export async function placeDrawn(drawing: Drawing, siteDir: string): Promise<Drawn> {
  const drawn = await drawing.done.catch((error: Error) => {
    throw new Error(`không vẽ được ảnh thẻ chia sẻ: ${error.message}`, { cause: error });
  });
  await placeCards(drawn.cards, siteDir);
  return drawn;
}
