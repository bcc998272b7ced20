/**
 * Builds the Pagefind search index at the end of every `astro build`, inside the folder that build
 * wrote (Astro's `dir`), so a build into a staging folder carries its own index and the site and its
 * index are never out of step.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported here, not when the hook runs: by then Vite's runner for the config's modules may be closed.
import * as pagefind from 'pagefind';

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
 * service's environment, under a name it calls unstable: `npm run measure:search` and the chunk test
 * in pagefind.test.ts notice if it stops working.
 */
export const INDEX_CHUNK_POSITIONS = 2000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

async function toNfcOnDisk(file: string): Promise<void> {
  const html = await readFile(file, 'utf8');
  const composed = html.normalize('NFC');
  if (composed !== html) await writeFile(file, composed);
}

/**
 * Only model articles carry data-pagefind-body, and they all live at mo-hinh/<id>/index.html. The
 * listing pages beside them hold every model's card (the largest pages of a large site); Pagefind
 * would parse them only to find nothing to index.
 */
const ARTICLE_PAGES = 'mo-hinh/*/index.html';

async function articlePages(siteDir: string): Promise<string[]> {
  await readdir(siteDir);
  const folder = join(siteDir, 'mo-hinh');
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const pages = entries.filter((entry) => entry.isDirectory()).map((entry) => join(folder, entry.name, 'index.html'));
  return (await Promise.all(pages.map(async (page) => ((await stat(page).catch(() => undefined))?.isFile() ? page : undefined)))).filter((page) => page !== undefined).sort();
}

export interface IndexSummary {
  /** Pages that carry data-pagefind-body, i.e. model articles. */
  pages: number;
  outputPath: string;
}

/** Indexes the built site in `siteDir` and writes the index to `siteDir/pagefind/`. */
export async function writeSearchIndex(siteDir: string): Promise<IndexSummary> {
  const outputPath = join(siteDir, SEARCH_INDEX_FOLDER);
  // The service is started by createIndex and closed below, so it always starts with this environment.
  const previousChunkSize = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_POSITIONS);
  try {
    // The whole site is Vietnamese: one index, whatever a page's lang says.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(errors.join('\n'));
    const problems: string[] = [...errors];
    // Decomposed text ranks inconsistently: pages are made NFC on disk first (the served page
    // then matches its index), and Pagefind reads the folder itself, far faster than being
    // handed one page at a time.
    await Promise.all((await articlePages(siteDir)).map(toNfcOnDisk));
    const added = await index.addDirectory({ path: siteDir, glob: ARTICLE_PAGES });
    problems.push(...added.errors);
    const written = await index.writeFiles({ outputPath });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    await Promise.all(UNUSED_BUNDLES.map((name) => rm(join(outputPath, name), { force: true })));
    return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), outputPath };
  } catch (error) {
    throw new Error(`Không dựng được chỉ mục tìm kiếm (Pagefind) trong ${outputPath}: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
    if (previousChunkSize === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = previousChunkSize;
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'dan-van-kheo:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Logged at the start too, so the benchmark can time the indexing phase.
        logger.info('Đang lập chỉ mục tìm kiếm…');
        const { pages, outputPath } = await writeSearchIndex(fileURLToPath(dir));
        if (pages === 0) logger.warn('Chỉ mục tìm kiếm trống: không trang nào có data-pagefind-body.');
        else logger.info(`Chỉ mục tìm kiếm: ${pages} bài → ${outputPath}`);
      },
    },
  };
}
