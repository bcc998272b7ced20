/**
 * How heavy search is: the size of the Pagefind index, and the bytes a reader downloads for a first
 * query (page, styles, scripts, WebAssembly, index chunks, result fragments; gzip-compressed as a
 * server would send them), on the seed site and on a site with synthetic articles added. Each site is
 * built in a temporary copy of the project; content/ and dist/ are never touched.
 *
 *   npm run measure:search                 seed site and 1.000 synthetic articles
 *   npm run measure:search -- --articles=5000
 *
 * Exits with 1 when a first query goes over the budget.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/browser';
import { serveStatic } from './lib/static-server';
import { syntheticModels, syntheticUnits, unitsYaml } from './lib/synthetic-models';
import { copyProject } from './lib/project-copy';
import { loadContentFiles } from '../src/lib/content-check/files';
import { formatNumber } from '../src/lib/text/format';

const BUDGET_BYTES = 200 * 1024;
const SYNTHETIC_UNITS = 90;
/** First queries a reader might make: named places (old, new, a province) and people, a common phrase, and a filter alone. */
const FIRST_QUERIES = ['q=mam+non+hoa+hong', 'q=dak+ngok', 'q=xa+dak+ui', 'q=quang+ngai', 'q=dao+thi+chien', 'q=hoc+sinh+kho+khan', 'linh-vuc=quy-ho-tro'];

const projectRoot = process.cwd();
const kb = (bytes: number) => `${formatNumber(Math.round(bytes / 102.4) / 10)} KB`;
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
/** What a server sends: Pagefind's index files are gzip already, the rest is compressed on the way. */
const sentBytes = (bytes: Buffer) => (isGzip(bytes) ? bytes.length : gzipSync(bytes).length);

/** What a request is, for the breakdown: the index's parts apart, since each grows differently with the site. */
function kind(path: string): string {
  if (path.startsWith('/pagefind/fragment/')) return 'đoạn trích';
  if (path.startsWith('/pagefind/index/')) return 'khối từ';
  if (path.startsWith('/pagefind/filter/')) return 'bộ lọc';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'mục lục chỉ mục';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.startsWith('/pagefind/')) return 'mã Pagefind';
  if (path.endsWith('.js')) return 'mã trang';
  if (path.endsWith('.css')) return 'kiểu';
  if (path.endsWith('.woff2')) return 'phông';
  return 'trang';
}

async function indexSize(dist: string): Promise<{ files: number; bytes: number; byKind: Map<string, number> }> {
  const root = join(dist, 'pagefind');
  const byKind = new Map<string, number>();
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(root, { recursive: true })) {
    const file = join(root, name);
    if (!(await stat(file)).isFile()) continue;
    const size = sentBytes(await readFile(file));
    const k = kind(`/${relative(dist, file)}`);
    byKind.set(k, (byKind.get(k) ?? 0) + size);
    files += 1;
    bytes += size;
  }
  return { files, bytes, byKind };
}

async function firstQueries(dist: string): Promise<{ query: string; bytes: number; requests: number; byKind: Map<string, number> }[]> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const measured = [];
    for (const query of FIRST_QUERIES) {
      // A fresh context: nothing cached, as for a reader's first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<void>[] = [];
      const byKind = new Map<string, number>();
      let requests = 0;
      page.on('response', (response) => {
        pending.push(
          response.body().then((body) => {
            const k = kind(new URL(response.url()).pathname);
            byKind.set(k, (byKind.get(k) ?? 0) + sentBytes(body));
            requests += 1;
          }, () => undefined),
        );
      });
      await page.goto(`${server.url}/tim-kiem/?${query}`);
      await page.waitForSelector('[data-search-results] li', { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      measured.push({ query, bytes: [...byKind.values()].reduce((a, b) => a + b, 0), requests, byKind });
      await context.close();
    }
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}

function breakdown(byKind: Map<string, number>): string {
  return [...byKind].sort((a, b) => b[1] - a[1]).map(([k, bytes]) => `${k} ${kb(bytes)}`).join(' · ');
}

async function measure(label: string, articles: number): Promise<boolean> {
  const site = copyProject(projectRoot, { label: 'tim-kiem' });
  try {
    if (articles > 0) {
      const { raw } = loadContentFiles(join(site.root, 'content'));
      const units = syntheticUnits(SYNTHETIC_UNITS, raw.communes.map((c) => c.id));
      site.write('content/units.yaml', `${site.read('content/units.yaml')}\n# Đơn vị thử nghiệm, chỉ để đo.\n${unitsYaml(units)}`);
      // The synthetic articles are published before today's communes existed: they name the units of then.
      const files = syntheticModels({ count: articles, communes: raw.communes.filter((c) => c.data.validFrom === undefined).map((c) => c.id), fields: raw.fields.map((f) => f.id), units: [...raw.units.map((u) => u.id), ...units.map((u) => u.id)] });
      for (const file of files) site.write(`content/${file.path}`, file.text);
    }
    const started = Date.now();
    const built = await site.npm('build');
    if (built.code !== 0) throw new Error(`Dựng trang thất bại:\n${built.output}`);
    const dist = join(site.root, 'dist');
    const seconds = (Date.now() - started) / 1000;
    const index = await indexSize(dist);
    const queries = await firstQueries(dist);
    console.log(`\n${label} — dựng trong ${formatNumber(Math.round(seconds))} giây`);
    console.log(`  chỉ mục pagefind/: ${formatNumber(index.files)} tệp, ${kb(index.bytes)} nén (${breakdown(index.byKind)})`);
    console.log('  truy vấn đầu tiên, tính cả trang và mã (nén gzip):');
    let withinBudget = true;
    for (const q of queries) {
      const over = q.bytes > BUDGET_BYTES;
      withinBudget &&= !over;
      console.log(`    ${q.query.padEnd(24)} ${kb(q.bytes).padStart(9)} ${over ? 'VƯỢT' : 'đạt'} · ${q.requests} yêu cầu (${breakdown(q.byKind)})`);
    }
    return withinBudget;
  } finally {
    site.remove();
  }
}

const articlesArg = process.argv.find((a) => a.startsWith('--articles='));
const articles = articlesArg ? Number(articlesArg.split('=')[1]) : 1000;
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`--articles cần một số nguyên dương, nhưng nhận được "${articlesArg}"`);
  process.exit(2);
}
console.log(`Ngân sách: dưới ${kb(BUDGET_BYTES)} nén cho truy vấn đầu tiên.`);
const seedOk = await measure('Trang mẫu (nội dung thật trong content/)', 0);
const syntheticOk = await measure(`Trang thử với ${formatNumber(articles)} bài tổng hợp thêm`, articles);
process.exitCode = seedOk && syntheticOk ? 0 : 1;
