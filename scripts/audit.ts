/**
 * npm run audit: builds the site, serves dist/ on 127.0.0.1 with the headers of _headers, and prints
 * 1. the bytes each page type makes a phone download (HTML, CSS, fonts, scripts; raw, gzip, brotli)
 *    against the budget: under 60 KB gzip without images (the search page, which loads Pagefind, is
 *    reported without a budget);
 * 2. Lighthouse mobile scores (performance, accessibility, best practices, SEO), median of --runs, and
 *    those of a blank control page: on a busy or slow machine Lighthouse's 4× CPU slowdown turns the
 *    browser's own work into "total blocking time" even where a page runs no script.
 * Exits with 1 when a page is over budget. The numbers are also written to .bench/audit.json.
 *
 * Flags: --reuse-dist (skip the build), --runs=N (Lighthouse runs per page, default 1),
 *        --all (Lighthouse on every page type, not only the main ones), --no-lighthouse.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { runLighthouse, type LighthouseResult } from './lib/lighthouse.ts';
import { kb, pageWeight, type Fetched, type PageWeight } from './lib/page-weight.ts';
import { builtPages, pageType, pageTypes } from './lib/site-pages.ts';
import { serveStatic } from './lib/static-server.ts';

const BUDGET = 60_000;
const UNBUDGETED = new Set(['/tim-kiem/']);
const MAIN_TYPES = new Set(['/', '/mo-hinh/', '/mo-hinh/*', '/xa/*', '/bao-cao/*', '/gioi-thieu/', '/tim-kiem/', '/404']);
const NOT_FOUND = '/khong-co-trang-nay/';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 1);
const dist = join(process.cwd(), 'dist');

if (!flag('reuse-dist')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });

const pages = [...pageTypes(builtPages(dist), dist), NOT_FOUND];
const typeOf = (path: string) => (path === NOT_FOUND ? '/404' : pageType(path));
/** Lighthouse will not audit a 404 response, so the 404 page is audited at its own file. */
const lighthouseUrl = (path: string) => `${server.url}${path === NOT_FOUND ? '/404.html' : path}`;
const server = await serveStatic(dist, { headers: true });
const controlDir = join('.bench', 'control');
mkdirSync(controlDir, { recursive: true });
writeFileSync(
  join(controlDir, 'index.html'),
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Đối chứng</title><meta name="description" content="Trang trắng để đối chứng."></head><body><main><h1>Đối chứng</h1><p>Trang không có gì.</p></main></body></html>',
);
const control = await serveStatic(join(process.cwd(), controlDir));
const CONTROL = 'đối chứng';

async function weigh(paths: readonly string[]): Promise<Map<string, PageWeight>> {
  const browser = await launchBrowser();
  const weights = new Map<string, PageWeight>();
  try {
    for (const path of paths) {
      // A fresh context: nothing cached, as for a first visit.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true });
      const page = await context.newPage();
      const pending: Promise<Fetched | undefined>[] = [];
      page.on('response', (response) => {
        pending.push(response.body().then((body) => ({ url: response.url(), resourceType: response.request().resourceType(), body }), () => undefined));
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      weights.set(path, pageWeight((await Promise.all(pending)).filter((f): f is Fetched => f !== undefined)));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return weights;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

try {
  const weights = await weigh(pages);
  const over: string[] = [];
  const weightRows = pages.map((path) => {
    const w = weights.get(path)!;
    const budgeted = !UNBUDGETED.has(path);
    const verdict = !budgeted ? 'không áp ngân sách' : w.withoutImages.gzip <= BUDGET ? 'đạt' : 'VƯỢT';
    if (verdict === 'VƯỢT') over.push(path);
    const { html, css, fonts, scripts, images } = w.byKind;
    return [typeOf(path), path, kb(html.gzip), kb(css.gzip), kb(fonts.gzip), kb(scripts.gzip), kb(w.withoutImages.raw), kb(w.withoutImages.gzip), kb(w.withoutImages.brotli), kb(images.raw), verdict];
  });
  console.log(`\nDung lượng tải lần đầu, mỗi loại trang (ngân sách: dưới ${kb(BUDGET)} gzip, không kể ảnh)\n`);
  console.log(table(['loại trang', 'trang đo', 'HTML gz', 'CSS gz', 'phông', 'script gz', 'tổng thô', 'tổng gzip', 'tổng br', 'ảnh', 'ngân sách'], weightRows));

  let lighthouse: Map<string, LighthouseResult> | undefined;
  if (!flag('no-lighthouse')) {
    const audited = pages.filter((p) => flag('all') || MAIN_TYPES.has(typeOf(p)));
    console.log(`\nLighthouse (di động), ${runs} lần mỗi trang, lấy trung vị; máy: ${cpus().length} nhân, tải trung bình ${loadavg()[0]!.toFixed(1)}\n`);
    const controlUrl = `${control.url}/`;
    lighthouse = await runLighthouse([...audited.map(lighthouseUrl), controlUrl], runs);
    const rows = [...audited, CONTROL].map((path) => {
      const r = lighthouse!.get(path === CONTROL ? controlUrl : lighthouseUrl(path))!;
      return [path === CONTROL ? CONTROL : typeOf(path), path === CONTROL ? 'trang HTML trắng' : path, String(r.scores.performance), String(r.scores.accessibility), String(r.scores['best-practices']), String(r.scores.seo)];
    });
    console.log(table(['loại trang', 'trang đo', 'hiệu năng', 'trợ năng', 'thực hành tốt', 'SEO'], rows));
    const first = lighthouse.values().next().value;
    if (first) console.log(`\nLighthouse ${first.version}, benchmarkIndex của máy: ${Math.round(first.benchmarkIndex)}`);
    for (const [url, r] of lighthouse) if (r.misses.length > 0) console.log(`  ${url === controlUrl ? CONTROL : new URL(url).pathname}: ${r.misses.join(', ')}`);
  }

  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    '.bench/audit.json',
    JSON.stringify({ budget: BUDGET, weights: Object.fromEntries(weights), lighthouse: lighthouse && Object.fromEntries([...lighthouse].map(([url, r]) => [url.startsWith(control.url) ? CONTROL : new URL(url).pathname, r])) }, null, 2),
  );
  if (over.length > 0) {
    console.error(`\nVượt ngân sách ${kb(BUDGET)}: ${over.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await Promise.all([server.close(), control.close()]);
}
