/**
 * npm run build: checks the content and builds into a staging folder, and puts the build in place
 * of dist/ only when both succeeded. Any failure leaves the published dist/ untouched.
 *
 * Two things start at once (npm run bench): Astro's build and the content check, in a process of its
 * own. Astro's output is held back until the check has passed, and Astro is stopped when it fails, so
 * an editor reads the check's plain lines and nothing else. When it passed, the social cards are drawn
 * in a background process (src/integrations/card-drawing.ts) from what the check wrote of them. Once
 * Astro has exited, the search index is built in the staging folder and the cards are placed there
 * (src/integrations/build-steps.ts).
 * The build lock is taken first and records each of those processes: the next build after a
 * `kill -9` ends whatever the killed one left running and starts clean (scripts/lib/build-lock.ts).
 * Arguments are passed on to `astro build`.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STEPS_BY_PARENT } from '../src/integrations/build-steps';
import { drawInBackground, drawingLines, placeDrawn, type Drawing } from '../src/integrations/card-drawing';
import { indexingLines, writeSearchIndex } from '../src/integrations/pagefind';
import { siteAddress } from '../src/lib/site/address';
import { sweepPartialCards } from '../src/lib/cards/cache';
import { acquireBuildLock, stillRunning } from './lib/build-lock';
import { buildLockPath, stagedBuild } from './lib/staged-build';

const keep = 'Trang đã dựng lần trước trong dist/ vẫn giữ nguyên.';
const root = process.cwd();

const lock = acquireBuildLock(buildLockPath(join(root, 'dist')));
if (typeof lock === 'string') {
  console.error(`Không dựng trang: ${lock}. ${keep}`);
  process.exit(1);
}
if (lock.tookOver) {
  const ended = lock.ended.map((p) => p.pid).join(', ');
  console.log(`Lần dựng trước bị dừng giữa chừng${ended ? ` (đã dừng các tiến trình còn sót: ${ended})` : ''}: dựng lại từ đầu, dist/ vẫn là bản tốt gần nhất.`);
  sweepPartialCards((pid) => stillRunning({ pid }));
}
// The check writes what every card says; the drawing starts once it passed, and never reads the content itself.
const cardSpecsFile = join(tmpdir(), `dvk-card-specs-${process.pid}.json`);
let cards: Drawing | undefined;
let held: [string, 'stdout' | 'stderr'][] | undefined = [];
const write = (chunk: string, stream: 'stdout' | 'stderr') => (stream === 'stdout' ? process.stdout : process.stderr).write(chunk);
let checked: (ok: boolean) => void = () => undefined;
const building = stagedBuild({
  root,
  astroArgs: process.argv.slice(2),
  log: (chunk, stream) => (held ? held.push([chunk, stream]) : write(chunk, stream)),
  until: new Promise<boolean>((resolve) => (checked = resolve)),
  env: { [STEPS_BY_PARENT]: '1' },
  lock,
  beforeSwap: async (staging) => {
    console.log(indexingLines.start);
    const summary = await writeSearchIndex(staging, lock.adopt);
    console.log(indexingLines.end(summary));
    if (!cards) throw new Error('ảnh thẻ chia sẻ chưa được vẽ');
    await placeDrawn(cards, staging).finally(() => rmSync(cardSpecsFile, { force: true }));
  },
});

/**
 * The content check in a process of its own, which exits before Astro renders: the check holds every file
 * with its YAML positions (about 150 MB at 1,000 articles), and that memory is then given back instead of
 * sitting beside Astro's peak (npm run bench, memory at the peak by process).
 */
const checkInChild = (): Promise<boolean> => {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'check.ts'), '--condensed', '--card-specs', cardSpecsFile], { cwd: root, stdio: 'inherit' });
  lock.adopt(child.pid);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`Không chạy được bước kiểm tra nội dung: ${error.message}`);
      resolve(false);
    });
    child.once('exit', (code) => resolve(code === 0));
  });
};

console.log('Bước 1/2: kiểm tra nội dung (npm run check)…');
const contentOk = await checkInChild();
if (contentOk) {
  console.log('Bước 2/2: dựng trang vào thư mục tạm, xong mới thay dist/…');
  cards = drawInBackground({ contentDir: join(root, 'content'), specsFile: cardSpecsFile, host: new URL(siteAddress()).host });
  lock.adopt(cards.pid);
  console.log(drawingLines.start);
  cards.done.then((drawn) => console.log(drawingLines.end(drawn)), () => undefined);
  for (const [chunk, stream] of held) write(chunk, stream);
}
held = undefined;
checked(contentOk);
const result = await building;
if (!contentOk) {
  console.error(`Không dựng trang vì nội dung còn lỗi. ${keep}`);
  process.exit(1);
}
if (!result.ok) {
  cards?.stop();
  rmSync(cardSpecsFile, { force: true });
  console.error(`Dựng trang thất bại: ${result.reason}. ${keep}`);
  process.exit(1);
}
console.log('Đã dựng xong và thay dist/ bằng bản mới.');
