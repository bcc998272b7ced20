/** The editors' worklist /bien-tap/ as built: kept from readers' paths and search engines, and every line the content's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/lib/catalog/catalog';
import { worklist } from '../src/lib/catalog/worklist';
import { loadContentFiles } from '../src/lib/content-check/files';
import { mainNav } from '../src/lib/site/identity';
import { paths } from '../src/lib/site/paths';
import { formatNumber } from '../src/lib/text/format';
import { builtPages, dist, page, textOf } from './site-content';

const { raw } = loadContentFiles();
const catalog = buildCatalog(raw);
const expected = worklist(catalog, raw);
const html = page(paths.worklist);

describe('the editors’ worklist page', () => {
  it('is kept out of search engines, the sitemap, the search index and the navigation', () => {
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(html.querySelector('link[rel="canonical"]')).toBeNull();
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain(paths.worklist);
    expect(html.querySelector('[data-pagefind-body]')).toBeNull();
    expect(mainNav.map((item) => item.href)).not.toContain(paths.worklist);
    for (const path of builtPages()) {
      expect(page(path).querySelectorAll('header a, footer a').map((a) => a.getAttribute('href')), path).not.toContain(paths.worklist);
    }
  });

  it('ships no script but JSON-LD', () => {
    expect(html.querySelectorAll('script').map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
  });

  it('shows every section the catalog computes, with its count and its lines', () => {
    const shown = html.querySelectorAll('[data-worklist]');
    expect(shown.map((s) => s.getAttribute('data-worklist'))).toEqual(expected.map((s) => s.id));
    for (const section of expected) {
      const element = html.querySelector(`[data-worklist="${section.id}"]`)!;
      expect(textOf(element.querySelector('h2'))).toBe(`${section.title} (${formatNumber(section.lines.length)})`);
      const lines = element.querySelectorAll('li').map((li) => ({
        title: li.querySelector('a')?.textContent ?? textOf(li).split(' (chưa có trang)')[0],
        url: li.querySelector('a')?.getAttribute('href'),
        filePath: li.querySelector('code')?.textContent,
        note: textOf(li).split(' — ')[1],
      }));
      expect(lines, section.id).toEqual(section.lines.map((l) => ({ title: l.title, url: l.url, filePath: l.filePath, note: l.note })));
    }
  });

  it('says of the seed report how many of the models it declares still have no article', () => {
    const [report] = catalog.reports;
    const declared = report!.data.declared.models!;
    const documented = catalog.models.filter((m) => m.source?.id === report!.id).length;
    expect(declared).toBeGreaterThan(documented);
    const line = html.querySelector('[data-worklist="bao-cao"] li');
    expect(line?.querySelector('a')?.getAttribute('href')).toBe(report!.url);
    expect(textOf(line)).toContain(`còn ${declared - documented}/${declared} mô hình báo cáo nêu mà chưa có bài`);
  });

  it('lists, from the content itself, the published models that lack a commune, a year, a picture, a figure or a source', () => {
    const listed = (id: string) => html.querySelectorAll(`[data-worklist="${id}"] li a`).map((a) => a.getAttribute('href'));
    const published = raw.models.filter((m) => !m.data.draft);
    const urls = (keep: (m: (typeof published)[number]) => boolean) => catalog.models.filter((m) => published.some((p) => p.id === m.id && keep(p))).map((m) => m.url);
    expect(listed('chua-ghi-xa')).toEqual(urls((m) => m.data.commune === undefined));
    expect(listed('chua-ghi-nam')).toEqual(urls((m) => m.data.yearStarted === undefined));
    expect(listed('chua-dan-nguon')).toEqual(urls((m) => m.data.source === undefined));
    expect(listed('chua-co-anh')).toEqual(urls((m) => m.data.cover === undefined && !/!\[|<img/.test(m.body ?? '')));
    expect(listed('chua-co-so-lieu')).toEqual(urls((m) => !m.data.funding && !m.data.benefit && m.data.beneficiaries.length === 0 && m.data.outcomes.length === 0));
    expect(listed('ban-nhap')).toEqual([]);
    expect(html.querySelectorAll('[data-worklist="ban-nhap"] li').length).toBe([...raw.models, ...raw.reports].filter((e) => e.data.draft).length);
  });
});
