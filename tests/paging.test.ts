/**
 * Paged listings in built HTML. The seed has too few models to fill a page, and content/ holds only
 * real articles, so a temporary copy of the project gets more than two pages of test models in one
 * unit, commune, field and year, and is built with `npm run build` like the real site.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/lib/browser';
import { copyProject, type ProjectCopy } from '../scripts/lib/project-copy';
import { serveStatic } from '../scripts/lib/static-server';
import { MODELS_PER_PAGE } from '../src/lib/publishing/paging';
import { axeViolations } from './axe';
import { builtPages, page, textOf } from './site-content';

/** Two full pages and a short third one of test models, beside the seed's. */
const COUNT = 2 * MODELS_PER_PAGE + 13;
const UNIT = '/don-vi/doan-vien-cnvcld-xa-dak-ngok/';
const COMMUNE = '/xa/dak-ngok/';
const MERGED_INTO = '/xa/dak-ui-2025/';
const FIELD = '/linh-vuc/phat-trien-kinh-te/';
const YEAR = '/nam/2020/';

const ids = Array.from({ length: COUNT }, (_, i) => `kiem-thu-trang-${String(i + 1).padStart(3, '0')}`);
const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
const article = (i: number) => `---
title: Mô hình kiểm thử phân trang ${i + 1}
summary: Mô hình giả định, chỉ dùng trong kiểm thử phân trang; không phải nội dung thật.
publishedAt: ${day(i)}
author: Kiểm thử tự động
unit: doan-vien-cnvcld-xa-dak-ngok
commune: dak-ngok
fields: [phat-trien-kinh-te]
yearStarted: 2020
kind: collective
---

Bài kiểm thử: chỉ được ghi vào một bản sao tạm của dự án để kiểm tra các trang danh sách được chia trang. Tệp này không bao giờ nằm trong thư mục content/.
`;

let copy: ProjectCopy | undefined;
let out = '';
const at = (path: string) => page(path, out);

beforeAll(async () => {
  copy = copyProject(process.cwd(), { label: 'phan-trang' });
  ids.forEach((id, i) => copy!.write(`content/models/${id}.mdx`, article(i)));
  const built = await copy.npm('build');
  if (built.code !== 0) throw new Error(built.output);
  out = join(copy.root, 'dist');
}, 300_000);

afterAll(() => copy?.remove());

const pager = (html: HTMLElement) => html.querySelector('nav[aria-label="Phân trang"]');
const next = (html: HTMLElement) => pager(html)?.querySelectorAll('a').find((a) => textOf(a) === 'Trang sau')?.getAttribute('href');
/** Every page of a listing, following "Trang sau" from its first page: [path, html]. */
function walk(first: string): [string, HTMLElement][] {
  const pages: [string, HTMLElement][] = [];
  for (let path: string | undefined = first; path; path = next(pages.at(-1)![1])) {
    expect(pages.map(([p]) => p)).not.toContain(path);
    pages.push([path, at(path)]);
  }
  return pages;
}
/** The model cards' links in an element, or in a page's main part. */
const cardLinks = (element: HTMLElement) => (element.querySelector('main') ?? element).querySelectorAll('.card-list .card').map((card) => card.querySelector('a')!.getAttribute('href')!);
/** The whole count the heading says: "Các mô hình (120)". */
const headingCount = (html: HTMLElement) => Number(textOf(html.querySelector('#danh-sach')).match(/\(([\d.]+)\)/)![1]!.replace(/\./g, ''));

describe('a long listing is cut into pages', () => {
  it.each([UNIT, COMMUNE, FIELD, YEAR, '/mo-hinh/', '/mo-hinh/loai/tap-the/'])('%s: pages of MODELS_PER_PAGE models, each model once', (first) => {
    const pages = walk(first);
    const counts = pages.map(([, html]) => cardLinks(html).length);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(counts.slice(0, -1).every((n) => n === MODELS_PER_PAGE)).toBe(true);
    expect(counts.at(-1)).toBeGreaterThan(0);
    expect(counts.at(-1)).toBeLessThanOrEqual(MODELS_PER_PAGE);
    const listed = pages.flatMap(([, html]) => cardLinks(html));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(ids.map((id) => `/mo-hinh/${id}/`)));
    expect(pages.map(([path]) => path).slice(1)).toEqual(pages.slice(1).map((_, i) => `${first}trang/${i + 2}/`));
  });

  it('lists every model of the site on /mo-hinh/ and its pages, newest first', () => {
    const listed = walk('/mo-hinh/').flatMap(([, html]) => cardLinks(html));
    const models = builtPages(out).filter((p) => /^\/mo-hinh\/[^/]+\/$/.test(p) && at(p).querySelector('[data-pagefind-body]'));
    expect([...listed].sort()).toEqual(models.sort());
    // The test models were published a day apart, the last one newest.
    expect(listed.filter((url) => url.startsWith('/mo-hinh/kiem-thu-trang-'))).toEqual(ids.map((id) => `/mo-hinh/${id}/`).reverse());
  });

  it('says the whole count on every page, which slice each page is, and shows the totals on the first page only', () => {
    const [[, one], [, two], [, three]] = walk(UNIT) as [[string, HTMLElement], [string, HTMLElement], [string, HTMLElement]];
    const total = headingCount(one);
    expect(total).toBeGreaterThanOrEqual(COUNT);
    expect([headingCount(two), headingCount(three)]).toEqual([total, total]);
    expect(textOf(one.querySelector('[data-page-slice]'))).toBe(`mô hình 1–50 của ${total}`);
    expect(textOf(two.querySelector('[data-page-slice]'))).toBe(`mô hình 51–100 của ${total}`);
    expect(one.querySelector('.totals')).not.toBeNull();
    expect(two.querySelector('.totals')).toBeNull();
  });

  it('gives later pages their own title and canonical address, and the first page’s card', () => {
    const [one, two] = [at('/mo-hinh/'), at('/mo-hinh/trang/2/')];
    expect(textOf(two.querySelector('title'))).toMatch(/^Tất cả mô hình — trang 2 — /);
    expect(new URL(two.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe('/mo-hinh/trang/2/');
    const image = (html: HTMLElement) => html.querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(image(two)).toBe(image(one));
    const crumbs = (html: HTMLElement) => html.querySelectorAll('.breadcrumbs li').map((li) => [textOf(li), li.querySelector('a')?.getAttribute('href')]);
    expect(crumbs(one)).toEqual([['Trang chủ', '/'], ['Mô hình', undefined]]);
    expect(crumbs(two)).toEqual([['Trang chủ', '/'], ['Mô hình', '/mo-hinh/'], ['Trang 2', undefined]]);
  });
});

describe('the pager', () => {
  it('links previous, every page and next, the current one marked, and every link is a built page', () => {
    const nav = pager(at('/mo-hinh/trang/2/'))!;
    expect(textOf(nav.querySelector('p'))).toBe('Trang 2 / 3');
    expect(nav.querySelectorAll('a').map((a) => [textOf(a), a.getAttribute('href')])).toEqual([
      ['Trang trước', '/mo-hinh/'],
      ['1', '/mo-hinh/'],
      ['2', '/mo-hinh/trang/2/'],
      ['3', '/mo-hinh/trang/3/'],
      ['Trang sau', '/mo-hinh/trang/3/'],
    ]);
    expect(nav.querySelectorAll('[aria-current]').map((a) => [a.getAttribute('aria-current'), a.getAttribute('href')])).toEqual([['page', '/mo-hinh/trang/2/']]);
    // The filter "Tất cả" and the header's "Mô hình" stay marked as the active filter and section, but not as the page being read.
    expect(at('/mo-hinh/trang/2/').querySelectorAll('a[aria-current="page"]').map((a) => a.getAttribute('href'))).toEqual(['/mo-hinh/trang/2/']);
    expect(at('/mo-hinh/trang/2/').querySelectorAll('a[aria-current="true"]').map((a) => a.getAttribute('href'))).toEqual(['/mo-hinh/', '/mo-hinh/']);
    for (const listing of [UNIT, COMMUNE, '/so-lieu/bao-cao/toan-giai-doan/', '/bien-tap/chua-co-so-lieu/']) {
      for (const [path, html] of walk(listing)) {
        const links = pager(html)!.querySelectorAll('a');
        expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href')), path).toEqual([path]);
        for (const href of links.map((a) => a.getAttribute('href')!)) expect(() => at(href), href).not.toThrow();
      }
    }
  });

  it('has no previous link on the first page, no next link on the last, and is not printed', () => {
    const first = pager(at('/mo-hinh/'))!;
    const last = pager(at('/mo-hinh/trang/3/'))!;
    expect(first.querySelectorAll('a').map(textOf)).toEqual(['1', '2', '3', 'Trang sau']);
    expect(last.querySelectorAll('a').map(textOf)).toEqual(['Trang trước', '1', '2', '3']);
    expect(first.classList.contains('no-print')).toBe(true);
  });

  it('is absent from a listing of one page', () => {
    expect(pager(at('/xa/ha-mon/'))).toBeNull();
  });
});

describe('in a browser', () => {
  it('has no WCAG 2.1 AA violation axe-core finds on paged pages, and prints without the pager', async () => {
    const [server, browser]: [Awaited<ReturnType<typeof serveStatic>>, Browser] = await Promise.all([serveStatic(out), launchBrowser()]);
    try {
      const tab = await browser.newPage();
      for (const path of ['/mo-hinh/trang/2/', `${UNIT}trang/3/`, MERGED_INTO, '/so-lieu/bao-cao/toan-giai-doan/trang/2/', '/bien-tap/chua-co-so-lieu/trang/2/']) {
        await tab.goto(`${server.url}${path}`);
        expect(await axeViolations(tab), path).toEqual([]);
      }
      await tab.goto(`${server.url}/so-lieu/bao-cao/toan-giai-doan/trang/2/`);
      const pagerShown = () => tab.locator('nav[aria-label="Phân trang"]').isVisible();
      expect(await pagerShown()).toBe(true);
      await tab.emulateMedia({ media: 'print' });
      expect(await pagerShown()).toBe(false);
      expect(await tab.locator('tr[data-review-model]').first().isVisible()).toBe(true);
    } finally {
      await Promise.all([browser.close(), server.close()]);
    }
  }, 120_000);
});

describe('a commune formed by a merger', () => {
  it('keeps each former unit’s totals and first page of models, and links to all of them', () => {
    const section = at(MERGED_INTO).querySelector('section[aria-labelledby="don-vi-cu-dak-ngok"]')!;
    const total = headingCount(at(COMMUNE));
    expect(cardLinks(section)).toHaveLength(MODELS_PER_PAGE);
    expect(section.querySelector('.totals')).not.toBeNull();
    const more = section.querySelector('[data-more-models] a')!;
    expect(more.getAttribute('href')).toBe(COMMUNE);
    expect(textOf(more)).toBe(`Xem cả ${total} mô hình của xã Đăk Ngọk`);
  });
});

describe('review reports', () => {
  it('keep the summary on the first page and cut the model table into numbered pages of MODELS_PER_PAGE rows', () => {
    const pages = walk('/so-lieu/bao-cao/toan-giai-doan/');
    const rows = pages.map(([, html]) => html.querySelectorAll('tr[data-review-model]'));
    expect(rows.slice(0, -1).every((r) => r.length === MODELS_PER_PAGE)).toBe(true);
    const listed = rows.flat().map((r) => r.getAttribute('data-review-model'));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(ids));
    expect(rows[1]!.map((r) => textOf(r.querySelector('td.num')))[0]).toBe(String(MODELS_PER_PAGE + 1));
    expect(pages[0]![1].querySelector('#tong-hop')).not.toBeNull();
    expect(pages[1]![1].querySelector('#tong-hop')).toBeNull();
    expect(pages[1]![1].querySelector('[data-word-link] a')?.getAttribute('href')).toBe('/so-lieu/bao-cao/toan-giai-doan.docx');
  });
});

describe('the editors’ worklist', () => {
  it('shows one page of a long section and links to the whole section, paged, noindex and out of the sitemap', () => {
    const section = at('/bien-tap/').querySelector('[data-worklist="chua-co-so-lieu"]')!;
    const total = Number(textOf(section.querySelector('h2')).match(/\(([\d.]+)\)/)![1]!.replace(/\./g, ''));
    expect(total).toBeGreaterThan(MODELS_PER_PAGE);
    expect(section.querySelectorAll('li')).toHaveLength(MODELS_PER_PAGE);
    expect(section.querySelector('[data-more-lines] a')?.getAttribute('href')).toBe('/bien-tap/chua-co-so-lieu/');
    const pages = walk('/bien-tap/chua-co-so-lieu/');
    expect(pages.flatMap(([, html]) => html.querySelectorAll('[data-worklist] > ul > li')).length).toBe(total);
    for (const [, html] of pages) expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('/bien-tap/');
  });
});

describe('search', () => {
  it('indexes every model page and no listing page', () => {
    const models = builtPages(out).filter((p) => at(p).querySelector('[data-pagefind-body]'));
    expect(models.every((p) => /^\/mo-hinh\/[^/]+\/$/.test(p))).toBe(true);
    expect(models.length).toBeGreaterThanOrEqual(COUNT);
    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.vi!.page_count).toBe(models.length);
  });
});

describe('an incremental build', () => {
  it('renders again only the pages whose slice changed, and equals a clean build', async () => {
    // The oldest test model is on the last page of every listing it is in.
    const oldest = `content/models/${ids[0]}.mdx`;
    copy!.write(oldest, copy!.read(oldest).replace('title: Mô hình kiểm thử phân trang 1\n', 'title: Mô hình kiểm thử phân trang 1 (đổi tên)\n'));
    const rebuild = await copy!.npm('build');
    expect(rebuild.code, rebuild.output).toBe(0);
    const copied = (path: string) => new RegExp(`${path.replace(/\//g, '\\/')}index\\.html\\s*\\((cached|restored)\\)`).test(rebuild.output);
    expect([`${UNIT}trang/2/`, '/mo-hinh/trang/2/', `${FIELD}trang/2/`].map(copied)).toEqual([true, true, true]);
    expect([`${UNIT}trang/3/`, '/mo-hinh/trang/3/'].map(copied)).toEqual([false, false]);
    expect(cardLinks(at('/mo-hinh/trang/3/')).length).toBeGreaterThan(0);
    expect(textOf(at('/mo-hinh/trang/3/').querySelector('main'))).toContain('Mô hình kiểm thử phân trang 1 (đổi tên)');
    const incremental = copy!.distHash();

    for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) rmSync(join(copy!.root, cache), { recursive: true, force: true });
    const fresh = await copy!.npm('build');
    expect(fresh.code, fresh.output).toBe(0);
    expect(copy!.distHash()).toBe(incremental);
  }, 300_000);
});
