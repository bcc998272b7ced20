/**
 * Builds the Pagefind search index inside the folder a build wrote, so a build into a staging
 * folder carries its own index and the site and its index are never out of step. `astro build`
 * runs it when the pages are done; npm run build runs it itself once Astro has exited (build-steps.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stepsRunByParent } from './build-steps';

/** Pagefind's own UIs, which this site does not use: /tim-kiem/ talks to pagefind.js directly. */
const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export const SEARCH_INDEX_FOLDER = 'pagefind';

/**
 * How big an index chunk is, in Pagefind's own count (roughly the word positions it holds; Pagefind's
 * default is 20,000). A query downloads the chunk of each word typed: at the default a word cost about
 * 25 KB at 1,000 articles and a four-word first query went over the 200 KB budget; at 2,000 a word
 * costs a few KB, unless the word alone is that common. Pagefind 1.6 reads this only from its
 * environment, under a name it calls unstable: `npm run measure:search` and the chunk test
 * in pagefind.test.ts notice if it stops working.
 */
export const INDEX_CHUNK_POSITIONS = 2000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Only model articles carry data-pagefind-body, and they all live at mo-hinh/<id>/index.html. The
 * listing pages beside them hold every model's card (the largest pages of a large site); Pagefind
 * would parse them only to find nothing to index.
 */
const ARTICLE_PAGES = 'mo-hinh/*/index.html';

/** The article pages of the built site in siteDir, which must exist; a site with no article has none. */
async function articlePages(siteDir: string): Promise<string[]> {
  const folder = join(siteDir, 'mo-hinh');
  if (!(await stat(siteDir)).isDirectory() || !existsSync(folder)) return [];
  return (await readdir(folder)).map((name) => join(folder, name, 'index.html')).filter((page) => existsSync(page));
}

/**
 * Pages read at once when making them NFC: all at once, 10,000 pages held about 600 MB in the build's
 * parent process beside Pagefind's own peak (npm run bench, memory at the peak by process).
 */
const PAGES_AT_ONCE = 8;

/** Decomposed text ranks inconsistently: pages are made NFC on disk, so the served page matches its index. */
async function toNfcOnDisk(files: readonly string[]): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const html = await readFile(files[i]!, 'utf8');
      const composed = html.normalize('NFC');
      if (composed !== html) await writeFile(files[i]!, composed);
    }
  };
  await Promise.all(Array.from({ length: PAGES_AT_ONCE }, lane));
}

/**
 * The Pagefind program for this machine, found as Pagefind's own npm wrapper finds it. The program
 * reading the folder itself is faster than Pagefind's Node API at 5,000 articles (8.2 s against
 * 10.0 s; npm run bench), for the same index.
 */
function pagefindProgram(): string {
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const candidates = ['pagefind_extended', 'pagefind'].map((name) => `@pagefind/${platform}-${process.arch}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
  for (const candidate of candidates) {
    try {
      return require.resolve(candidate);
    } catch {
      // Try the next: some platforms ship only the plain program.
    }
  }
  throw new Error(`không tìm thấy chương trình Pagefind cho ${platform}-${process.arch}: hãy chạy lại npm ci`);
}

function run(program: string, args: readonly string[], env: NodeJS.ProcessEnv, onStart?: (pid: number | undefined) => void): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    onStart?.(child.pid);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

export interface IndexSummary {
  /** Pages that carry data-pagefind-body, i.e. model articles. */
  pages: number;
  outputPath: string;
}

/**
 * Indexes the built site in `siteDir` and writes the index to `siteDir/pagefind/`; `onStart`
 * receives Pagefind's process (npm run build records it in the build lock).
 */
export async function writeSearchIndex(siteDir: string, onStart?: (pid: number | undefined) => void): Promise<IndexSummary> {
  const outputPath = join(siteDir, SEARCH_INDEX_FOLDER);
  try {
    await toNfcOnDisk(await articlePages(siteDir));
    // The whole site is Vietnamese: one index, whatever a page's lang says.
    const args = ['--site', siteDir, '--glob', ARTICLE_PAGES, '--output-path', outputPath, '--force-language', 'vi'];
    const { code, output } = await run(pagefindProgram(), args, { ...process.env, [CHUNK_SIZE_VARIABLE]: String(INDEX_CHUNK_POSITIONS) }, onStart);
    if (code !== 0) throw new Error(output.trim());
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    await Promise.all(UNUSED_BUNDLES.map((name) => rm(join(outputPath, name), { force: true })));
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), outputPath };
  } catch (error) {
    throw new Error(`Không dựng được chỉ mục tìm kiếm (Pagefind) trong ${outputPath}: ${(error as Error).message}`, { cause: error });
  }
}

/** The lines the build log shows around indexing (the benchmark times the phase from them). */
export const indexingLines = {
  start: 'Đang lập chỉ mục tìm kiếm…',
  end: ({ pages, outputPath }: IndexSummary) => (pages === 0 ? 'Chỉ mục tìm kiếm trống: không trang nào có data-pagefind-body.' : `Chỉ mục tìm kiếm: ${pages} bài → ${outputPath}`),
};

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'dan-van-kheo:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (stepsRunByParent()) return;
        logger.info(indexingLines.start);
        const summary = await writeSearchIndex(fileURLToPath(dir));
        if (summary.pages === 0) logger.warn(indexingLines.end(summary));
        else logger.info(indexingLines.end(summary));
      },
    },
  };
}
