/**
 * A province-sized copy (issue 16): thousands of synthetic articles built with `npm run build`, and the
 * bounds that keep every published file from growing with the catalogue — no listing holds more than a
 * page of models, every feed holds at most its fixed number of items, no HTML page passes 200 KB
 * gzipped, the statistics page lists only the longest replication chains — while the open-data dumps stay whole and each commune, unit, field and year keeps its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog';
import { loadContentFiles } from '../../src/lib/content-check/files';
import { CHAINS_SHOWN, replicationSummary } from '../../src/lib/data/statistics';
import { formatNumber } from '../../src/lib/text/format';
import { FEED_SIZE } from '../../src/lib/publishing/feed';
import { MODELS_PER_PAGE } from '../../src/lib/publishing/paging';
import { modelLinksIn } from '../../scripts/lib/output-size';
import { copyProject } from '../../scripts/lib/project-copy';
import { builtFiles } from '../../scripts/lib/site-pages';
import { syntheticSite, writeArticles } from '../../scripts/lib/synthetic-site';

const ARTICLES = 2000;
const project = copyProject(undefined, { label: 'scale' });
const dist = join(project.root, 'dist');
const files = () => builtFiles(dist);
const html = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(async () => {
  const { files, units } = syntheticSite(ARTICLES);
  writeArticles(project.root, files);
  project.write('content/units.yaml', `${project.read('content/units.yaml')}\n${units}`);
  const build = await project.npm('build');
  expect(build.code, build.output.slice(-4000)).toBe(0);
});
afterAll(() => project.remove());

describe(`a site of ${ARTICLES} articles`, () => {
  it('lists at most one page of models on any page, and every model on some listing page', () => {
    // A merged commune's page shows a page of its own models and a page of each former unit's, and the editors'
    // worklist a page of each of its sections: bounded by the communes a merger joined and by the sections,
    // never by the catalogue. Every other page holds at most one page.
    const predecessors = new Map<string, number>();
    for (const commune of loadContentFiles(join(project.root, 'content')).raw.communes) {
      if (commune.data.successor) predecessors.set(commune.data.successor, (predecessors.get(commune.data.successor) ?? 0) + 1);
    }
    const worklistSections = (html('bien-tap/index.html').match(/data-worklist=/g) ?? []).length;
    const bound = (path: string) =>
      path === 'bien-tap/index.html' ? MODELS_PER_PAGE * worklistSections : MODELS_PER_PAGE * (1 + (predecessors.get(/^xa\/([^/]+)\/index\.html$/.exec(path)?.[1] ?? '') ?? 0));
    const pages = files().filter((f) => f.endsWith('.html'));
    const over = pages.map((path) => ({ path, models: modelLinksIn(html(path)).size, bound: bound(path) })).filter((p) => p.models > p.bound);
    expect(over).toEqual([]);
    const listed = new Set(pages.filter((p) => p === 'mo-hinh/index.html' || p.startsWith('mo-hinh/trang/')).flatMap((path) => [...modelLinksIn(html(path))]));
    expect(listed.size).toBe(ARTICLES);
  });

  it('counts every replication chain on the statistics page, and lists only the longest', () => {
    const { chains, chainCount } = replicationSummary(buildCatalog(loadContentFiles(join(project.root, 'content')).raw).models);
    const page = html('so-lieu/index.html');
    expect(chainCount).toBeGreaterThan(CHAINS_SHOWN);
    expect(/data-chains-shown[^>]*>([^<]*)</.exec(page)?.[1]).toBe(`${formatNumber(chainCount)} chuỗi; dưới đây là ${formatNumber(CHAINS_SHOWN)} chuỗi dài nhất. Trang của mỗi mô hình ghi các chuỗi có nó, ở cuối trang.`);
    expect((page.match(/data-chain(?=[\s>])/g) ?? []).length).toBe(CHAINS_SHOWN);
    expect(chains.every((chain) => chain.length <= chains[0]!.length)).toBe(true);
  });

  it('keeps every HTML page under 200 KB gzipped', () => {
    const heaviest = files()
      .filter((f) => f.endsWith('.html'))
      .map((path) => ({ path, gzip: gzipSync(readFileSync(join(dist, path)), { level: 9 }).length }))
      .sort((a, b) => b.gzip - a.gzip)[0]!;
    expect(heaviest.gzip, heaviest.path).toBeLessThan(200 * 1024);
  });

  it('holds at most the newest items in every feed, with a feed for each commune, unit and field', () => {
    const feeds = files().filter((f) => f.endsWith('rss.xml'));
    for (const group of ['xa/', 'don-vi/', 'linh-vuc/']) expect(feeds.some((f) => f.startsWith(group)), group).toBe(true);
    for (const feed of feeds) expect((html(feed).match(/<item>/g) ?? []).length, feed).toBeLessThanOrEqual(FEED_SIZE);
    expect((html('rss.xml').match(/<item>/g) ?? []).length).toBe(FEED_SIZE);
  });

  it('publishes the whole open-data dump and one per commune, unit and year', () => {
    const all = JSON.parse(html('du-lieu/mo-hinh.json')) as { count: number; models: unknown[] };
    expect(all.models).toHaveLength(ARTICLES);
    const data = files().filter((f) => f.startsWith('du-lieu/') && f.endsWith('.csv'));
    for (const group of ['du-lieu/xa/', 'du-lieu/don-vi/', 'du-lieu/nam/']) expect(data.some((f) => f.startsWith(group)), group).toBe(true);
  });
});
