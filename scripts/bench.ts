/**
 * npm run bench -- N [--runs R] [--loop | --no-loop] [--keep]
 *
 * Builds N synthetic articles twice, in temporary folders (never content/): once as the full
 * site (`npm run build` of a project copy: check, pages, search index) and once as the bare
 * Astro + MDX floor plus its own Pagefind run, then prints both side by side with the ratio.
 * --runs R takes the median of R clean builds; --keep leaves the temporary sites in place;
 * --loop (the default at N = 1000) also measures the editors' loop: a rebuild after one article's body and then one figure
 * change, whether that output equals a clean build's byte for byte, and the dev server's update of the page.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { phaseTimes } from './lib/build-phases';
import { createFloorSite } from './lib/floor-site';
import { runMeasured, type MeasuredRun } from './lib/run-measured';
import { builtPages } from './lib/site-pages';
import { outputKinds, outputSize, type OutputKind } from './lib/output-size';
import { hostLimitLines } from './lib/host-limits';
import type { SyntheticFile } from './lib/synthetic-models';
import { syntheticSite, writeArticles } from './lib/synthetic-site';
import { copyProject, differingFiles, fileDigests } from './lib/project-copy';

const projectRoot = process.cwd();

function parseArgs(argv: string[]) {
  const count = Number(argv.find((a) => /^\d+$/.test(a)) ?? 1000);
  const runsIndex = argv.indexOf('--runs');
  const runs = runsIndex >= 0 ? Number(argv[runsIndex + 1]) : 1;
  // The editors' loop is a target at 1,000 articles, so it is measured there unless --no-loop says not to.
  const loop = argv.includes('--loop') || (count === 1000 && !argv.includes('--no-loop'));
  return { count, runs, loop, keep: argv.includes('--keep') };
}

function clean(siteRoot: string): void {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) rmSync(join(siteRoot, dir), { recursive: true, force: true });
}



function expectSuccess(run: MeasuredRun, what: string): MeasuredRun {
  if (run.exitCode !== 0) {
    process.stderr.write(run.lines.slice(-40).map((l) => l.text).join('\n'));
    throw new Error(`${what} thất bại (mã ${run.exitCode}): ${run.command}`);
  }
  return run;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Sample {
  wall: number;
  peak: number;
  /** The parts of the process tree at the peak (run-measured.ts processRole). */
  atPeak: Record<string, number>;
  phases: Record<string, number | undefined>;
}

async function measureFull(site: string): Promise<Sample> {
  clean(site);
  const run = expectSuccess(await runMeasured('npm', ['run', 'build'], { cwd: site }), 'Dựng trang đầy đủ');
  return { wall: run.wallSeconds, peak: run.peakRssBytes, atPeak: run.atPeak, phases: phaseTimes(run.lines) };
}

async function measureFloor(floor: string): Promise<Sample> {
  clean(floor);
  const build = expectSuccess(await runMeasured(join(floor, 'node_modules/.bin/astro'), ['build'], { cwd: floor }), 'Dựng trang nền');
  const index = expectSuccess(await runMeasured(join(floor, 'node_modules/.bin/pagefind'), ['--site', 'dist'], { cwd: floor }), 'Pagefind của trang nền');
  const phases = phaseTimes(build.lines);
  phases['search index'] = index.wallSeconds;
  const peakRun = build.peakRssBytes >= index.peakRssBytes ? build : index;
  return { wall: build.wallSeconds + index.wallSeconds, peak: peakRun.peakRssBytes, atPeak: peakRun.atPeak, phases };
}

function medianSample(samples: Sample[]): Sample {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.phases)))];
  return {
    wall: median(samples.map((s) => s.wall)),
    peak: median(samples.map((s) => s.peak)),
    atPeak: [...samples].sort((a, b) => a.peak - b.peak)[Math.floor((samples.length - 1) / 2)]!.atPeak,
    phases: Object.fromEntries(names.map((n) => [n, median(samples.flatMap((s) => (s.phases[n] === undefined ? [] : [s.phases[n]!])))])),
  };
}

const outputKindNames: Record<OutputKind, string> = { cards: 'social cards', html: 'HTML pages', data: 'open data', search: 'search index', other: 'the rest' };

const seconds = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : `${v.toFixed(1)} s`);
const megabytes = (v: number) => `${(v / 1024 / 1024).toFixed(0)} MB`;
const kilobytes = (v: number) => `${(v / 1024).toFixed(1)} KB`;

function table(rows: [string, string, string, string][]): string {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ')).join('\n');
}

function modelPageBytes(site: string, id: string): { raw: number; gzip: number } {
  const html = readFileSync(join(site, `dist/mo-hinh/${id}/index.html`));
  return { raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('hết thời gian chờ');
}

interface Rebuild {
  wall: number;
  phases: Record<string, number | undefined>;
  /** Pages Astro copied from the last build instead of rendering them. */
  restored: number;
}

async function rebuild(site: string, what: string): Promise<Rebuild> {
  const run = expectSuccess(await runMeasured('npm', ['run', 'build'], { cwd: site }), what);
  return { wall: run.wallSeconds, phases: phaseTimes(run.lines), restored: run.lines.filter((l) => /\((cached|restored)\)/.test(l.text)).length };
}

/** A funding total one million higher: the article's own figures, its group's totals and every report that counts it change. */
function editFigure(article: string): void {
  const text = readFileSync(article, 'utf8');
  const edited = text.replace(/^( {2}total: )(\d+)$/m, (_, key: string, total: string) => `${key}${Number(total) + 1_000_000}`);
  if (edited === text) throw new Error(`${article}: không có funding.total để sửa`);
  writeFileSync(article, edited);
}

interface EditorsLoop {
  body: Rebuild;
  figure: Rebuild;
  /** Files of the rebuilt output that differ from a clean build of the same content (none when identical). */
  differing: string[];
  files: number;
  devStart: number;
  devFirstPage: number;
  devUpdate: number;
}

/** Rebuilds after one article's body and then one figure change, a clean build to compare, then the dev server's update of the page. */
async function editorsLoop(site: string, files: readonly SyntheticFile[]): Promise<EditorsLoop> {
  const articleOf = (file: SyntheticFile) => join(site, 'content', file.path);
  const first = files[0]!;
  const funded = files.find((file) => /^ {2}total: \d+$/m.test(file.text)) ?? first;
  appendFileSync(articleOf(first), '\nĐoạn bổ sung sau khi biên tập viên sửa bài.\n');
  const body = await rebuild(site, 'Dựng lại sau khi sửa lời bài');
  editFigure(articleOf(funded));
  const figure = await rebuild(site, 'Dựng lại sau khi sửa một số liệu');

  const incremental = join(site, 'dist-incremental');
  rmSync(incremental, { recursive: true, force: true });
  renameSync(join(site, 'dist'), incremental);
  clean(site);
  expectSuccess(await runMeasured('npm', ['run', 'build'], { cwd: site }), 'Dựng sạch để so sánh');
  const differing = differingFiles(incremental, join(site, 'dist'));
  const compared = fileDigests(incremental).size;
  rmSync(incremental, { recursive: true, force: true });

  const id = first.path.replace(/^models\/|\.mdx$/g, '');
  const port = 4400 + Math.floor(Math.random() * 500);
  const started = performance.now();
  const server = spawn(join(site, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: site, detached: true, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/mo-hinh/${id}/`;
  try {
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' })).status < 500, 300_000);
    const devStart = (performance.now() - started) / 1000;
    const firstStarted = performance.now();
    await waitFor(async () => (await fetch(url)).ok, 300_000);
    const devFirstPage = (performance.now() - firstStarted) / 1000;
    const marker = `Dấu kiểm tra ${Date.now()}`;
    const edited = performance.now();
    appendFileSync(articleOf(first), `\n${marker}\n`);
    await waitFor(async () => (await (await fetch(url)).text()).includes(marker), 300_000);
    return { body, figure, differing, files: compared, devStart, devFirstPage, devUpdate: (performance.now() - edited) / 1000 };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

function printLoop(l: EditorsLoop): void {
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const phases = (r: Rebuild) => Object.entries(r.phases).map(([name, v]) => `${name} ${seconds(v)}`).join(', ');
  const out = process.stdout;
  out.write('\neditors\' loop (one article changed):\n');
  for (const [what, r] of [['body', l.body], ['figure', l.figure]] as const) {
    out.write(`  rebuild after a ${what} edit: ${seconds(r.wall)}; ${r.restored} pages restored from the last build; ${phases(r)}\n`);
  }
  out.write(`  rebuilt output equals a clean build: ${l.differing.length === 0 ? `yes (${l.files} files, byte for byte)` : `NO, ${l.differing.length} of ${l.files} files differ: ${l.differing.slice(0, 10).join(', ')}`}\n`);
  out.write(`  dev server ready ${seconds(l.devStart)}, first page ${seconds(l.devFirstPage)}, page updated ${seconds(l.devUpdate)} after the save\n`);
  out.write(`target rebuild ≤ 3 s: ${verdict(Math.max(l.body.wall, l.figure.wall) <= 3)} (${seconds(l.body.wall)} body, ${seconds(l.figure.wall)} figure)\n`);
  out.write(`target dev server update ≤ 1 s: ${verdict(l.devUpdate <= 1)} (${seconds(l.devUpdate)})\n`);
  out.write(`target rebuild byte-identical to a clean build: ${verdict(l.differing.length === 0)}\n`);
}

async function main(): Promise<void> {
  const { count, runs, loop, keep } = parseArgs(process.argv.slice(2));
  process.stderr.write(`Chuẩn bị ${count} bài tổng hợp trong thư mục tạm…\n`);
  const { files, units } = syntheticSite(count);
  const site = copyProject(projectRoot, { label: `bench-${count}` }).root;
  writeArticles(site, files);
  appendFileSync(join(site, 'content/units.yaml'), `\n${units}`);
  const floor = await createFloorSite();
  writeArticles(floor, files);
  const firstId = files[0]!.path.replace(/^models\/|\.mdx$/g, '');

  const full: Sample[] = [];
  const bare: Sample[] = [];
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`Lần ${run}/${runs}: trang đầy đủ…\n`);
    full.push(await measureFull(site));
    process.stderr.write(`Lần ${run}/${runs}: trang nền…\n`);
    bare.push(await measureFloor(floor));
  }
  const f = medianSample(full);
  const b = medianSample(bare);
  const fullPages = builtPages(join(site, 'dist')).length;
  const floorPages = builtPages(join(floor, 'dist')).length;
  const page = modelPageBytes(site, firstId);
  const ratio = f.wall / b.wall;
  const out = outputSize(join(site, 'dist'));
  const floorOut = outputSize(join(floor, 'dist'));
  const atPeak = (sample: Sample) => Object.entries(sample.atPeak).sort((x, y) => y[1] - x[1]).map(([role, bytes]) => `${role} ${megabytes(bytes)}`).join(', ');
  const rows: [string, string, string, string][] = [
    [`N = ${count} (median of ${runs})`, 'full site', 'floor', 'full/floor'],
    ['wall time', seconds(f.wall), seconds(b.wall), `${ratio.toFixed(2)}×`],
    ['peak memory (process tree)', megabytes(f.peak), megabytes(b.peak), `${(f.peak / b.peak).toFixed(2)}×`],
    ...(['content check', 'content sync', 'page rendering', 'search index', 'images', 'social cards'] as const).map((name): [string, string, string, string] => [
      name === 'social cards' ? '  social cards (beside the rest)' : `  ${name}`,
      seconds(f.phases[name]),
      seconds(b.phases[name]),
      '',
    ]),
    ['pages', String(fullPages), String(floorPages), ''],
    ['pages per second', (fullPages / f.wall).toFixed(0), (floorPages / b.wall).toFixed(0), ''],
    ['output size', megabytes(out.bytes), megabytes(floorOut.bytes), `${(out.bytes / floorOut.bytes).toFixed(2)}×`],
    ...outputKinds.map((kind): [string, string, string, string] => [`  ${outputKindNames[kind]}`, megabytes(out.byKind[kind]), megabytes(floorOut.byKind[kind]), '']),
    ['files', String(out.files), String(floorOut.files), ''],
    ['largest file', kilobytes(out.largest.bytes), kilobytes(floorOut.largest.bytes), ''],
    ['heaviest page (gzip)', kilobytes(out.heaviestPage.bytes), kilobytes(floorOut.heaviestPage.bytes), ''],
    ['most models on one page', String(out.longestListing.models), String(floorOut.longestListing.models), ''],
    ['one model page (html)', `${kilobytes(page.raw)} (${kilobytes(page.gzip)} gzip)`, '', ''],
  ];
  process.stdout.write(`\n${table(rows)}\n\n`);
  process.stdout.write(`largest file: ${out.largest.path}; heaviest page: ${out.heaviestPage.path}; most models: ${out.longestListing.path}\n`);
  process.stdout.write(`memory at the peak: full site ${atPeak(f)}; floor ${atPeak(b)}\n`);
  process.stdout.write(`fullest folder: ${out.fullestFolder.path} (${out.fullestFolder.entries} entries)\nstatic hosts (README "Triển khai"):\n${hostLimitLines(out).map((l) => `  ${l}`).join('\n')}\n\n`);
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  if (count >= 1000) {
    process.stdout.write(`target wall time ≤ 1.3× floor: ${verdict(ratio <= 1.3)} (${ratio.toFixed(2)}×)\n`);
    process.stdout.write(`target peak memory ≤ floor's: ${verdict(f.peak <= b.peak)} (${(f.peak / b.peak).toFixed(2)}×)\n`);
  }
  process.stdout.write(`target output ≤ 3× floor's (set at 10,000): ${verdict(out.bytes <= 3 * floorOut.bytes)} (${(out.bytes / floorOut.bytes).toFixed(2)}×)\n`);
  process.stdout.write(`target no HTML page over 200 KB gzip: ${verdict(out.heaviestPage.bytes <= 200 * 1024)} (${kilobytes(out.heaviestPage.bytes)})\n`);

  if (loop) {
    process.stderr.write('Vòng biên tập: sửa một bài, dựng lại, rồi máy chủ xem trước…\n');
    printLoop(await editorsLoop(site, files));
  }
  if (keep) process.stdout.write(`\nkept: ${site} and ${floor}\n`);
  else for (const dir of [site, floor]) rmSync(dir, { recursive: true, force: true });
}

await main();
