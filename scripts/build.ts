/**
 * npm run build: checks the content and builds into a staging folder, and puts the build in place
 * of dist/ only when both succeeded. Any failure leaves the published dist/ untouched.
 *
 * Three things start at once (npm run bench): the social cards, drawn in a background process
 * (src/integrations/card-drawing.ts); Astro's build; and the content check. Astro's output is held
 * back until the check has passed, and Astro is stopped when it fails, so an editor reads the
 * check's plain lines and nothing else. Once Astro has exited, the search index is built in the
 * staging folder and the cards are placed there (src/integrations/build-steps.ts).
 * The build lock is taken first and records each of those processes: the next build after a
 * `kill -9` ends whatever the killed one left running and starts clean (scripts/lib/build-lock.ts).
 * Arguments are passed on to `astro build`.
 */
import { join } from 'node:path';
import { STEPS_BY_PARENT } from '../src/integrations/build-steps';
import { drawInBackground, drawingLines, placeDrawn } from '../src/integrations/card-drawing';
import { indexingLines, writeSearchIndex } from '../src/integrations/pagefind';
import { siteAddress } from '../src/lib/site/address';
import { printCheck } from '../src/lib/content-check/check';
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
const cards = drawInBackground({ contentDir: join(root, 'content'), host: new URL(siteAddress()).host });
lock.adopt(cards.pid);
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
    await placeDrawn(cards, staging);
  },
});

console.log('Bước 1/2: kiểm tra nội dung (npm run check)…');
const contentOk = await printCheck({ condensed: true });
if (contentOk) {
  console.log('Bước 2/2: dựng trang vào thư mục tạm, xong mới thay dist/…');
  console.log(drawingLines.start);
  cards.done.then((drawn) => console.log(drawingLines.end(drawn)), () => undefined);
  for (const [chunk, stream] of held) write(chunk, stream);
} else {
  cards.stop();
}
held = undefined;
checked(contentOk);
const result = await building;
if (!contentOk) {
  console.error(`Không dựng trang vì nội dung còn lỗi. ${keep}`);
  process.exit(1);
}
if (!result.ok) {
  cards.stop();
  console.error(`Dựng trang thất bại: ${result.reason}. ${keep}`);
  process.exit(1);
}
console.log('Đã dựng xong và thay dist/ bằng bản mới.');
