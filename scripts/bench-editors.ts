/**
 * npm run bench:editors — how long the editor tools take on this machine: the content check in
 * process and as a command, a full build, and a build refused by the check. Prints numbers; it
 * asserts nothing (speed targets are read from here, not tested). Builds run in a copy of the project.
 */
import { formatNumber } from '../src/lib/text/format';
import { checkContent } from '../src/lib/content-check/check';
import { copyProject } from './lib/project-copy';

const runs = Number(process.env.BENCH_RUNS ?? 5);

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

async function median(action: () => Promise<unknown>, times = runs): Promise<number> {
  const all: number[] = [];
  for (let i = 0; i < times; i++) all.push(await timed(action));
  all.sort((a, b) => a - b);
  return all[Math.floor(all.length / 2)]!;
}

const ms = (value: number) => `${formatNumber(Math.round(value))} ms`;
const project = copyProject();
try {
  const files = (await checkContent()).files.length;
  console.log(`Kiểm tra nội dung trong tiến trình (${files} tệp): trung vị ${ms(await median(() => checkContent()))} (${runs} lần)`);
  console.log(`npm run check: trung vị ${ms(await median(() => project.npm('check')))} (${runs} lần)`);
  const build = await timed(async () => {
    const result = await project.npm('build');
    if (result.code !== 0) throw new Error(result.output);
  });
  console.log(`npm run build, dựng đầy đủ: ${ms(build)}`);
  project.write('content/models/loi.mdx', '---\ntitle: Lỗi\n---\n');
  const refused = await timed(() => project.npm('build'));
  console.log(`npm run build từ chối nội dung hỏng (Astro không chạy): ${ms(refused)}`);
} finally {
  project.remove();
}
