/**
 * Export what you are looking at: every index page (commune, unit, field, start year, the list of
 * models and its filters) links the files of exactly the models it lists; the files are UTF-8 with a
 * byte-order mark, share the header of /du-lieu/mo-hinh.csv, and defuse what a spreadsheet would run.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DatasetJson } from '../src/lib/data/open-data';
import { selectRecords, selectionCsv, selectionJson } from '../src/lib/data/selection';
import { builtFile, builtPages, loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();

const isIndexPage = (path: string) => (/^\/(xa|don-vi|linh-vuc|nam)\/[^/]+\/$/.test(path) && path !== '/xa/so-do/') || path === '/mo-hinh/' || /^\/mo-hinh\/loai\/[^/]+\/$/.test(path);
const indexPages = builtPages().filter(isIndexPage);

function csvRows(path: string): { header: string[]; rows: Record<string, string>[] } {
  const text = builtFile(path).toString('utf8');
  const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
  return { header: header!, rows: parse(text, { bom: true, columns: true }) };
}

const json = (path: string) => JSON.parse(builtFile(path).toString('utf8')) as DatasetJson;

/** The models a page lists: the links of its model cards, by id. */
function listedIds(path: string): string[] {
  return page(path)
    .querySelectorAll('article.card h2 > a, article.card h3 > a, article.card h4 > a')
    .map((a) => /^\/mo-hinh\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1])
    .filter((id): id is string => id !== undefined);
}

/** A cell a spreadsheet would read as a formula: csv-stringify's list, a minus sign before a number excepted. */
const FORMULA = /^(?:[=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20]|-(?!\d+(?:\.\d+)?$))/;

describe('the data files of the index pages', () => {
  const all = csvRows('/du-lieu/mo-hinh.csv');

  it('covers every index page the site has', () => {
    const units = catalog.byUnit.flatMap((s) => s.units).length;
    expect(indexPages).toHaveLength(catalog.byCommune.length + units + catalog.byField.length + catalog.byYear.length + 1 + 3);
    expect(indexPages).toEqual(expect.arrayContaining(['/nam/chua-ro/', '/linh-vuc/quy-ho-tro/', '/mo-hinh/loai/ca-nhan/', '/xa/dak-ui-2025/']));
  });

  it.each(indexPages)('%s links CSV and JSON holding exactly the models it lists', (path) => {
    const box = page(path).querySelector('[data-data-links]');
    expect(box, 'no data links').not.toBeNull();
    const name = box!.getAttribute('data-data-links')!;
    const hrefs = box!.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([`/du-lieu/${name}.csv`, `/du-lieu/${name}.json`]);

    const listed = listedIds(path);
    const bytes = builtFile(`/du-lieu/${name}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { header, rows } = csvRows(`/du-lieu/${name}.csv`);
    expect(header).toEqual(all.header);
    expect(rows.map((r) => r.id).sort()).toEqual([...listed].sort());
    expect(new Set(listed).size).toBe(listed.length);
    const data = json(`/du-lieu/${name}.json`);
    expect(data.models.map((m) => m.id).sort()).toEqual([...listed].sort());
    expect(data.count).toBe(listed.length);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA);
  });

  it('lists models on the pages checked, and a commune of today holds its former units’ models', () => {
    expect(indexPages.reduce((sum, path) => sum + listedIds(path).length, 0)).toBeGreaterThan(catalog.models.length);
    const merged = catalog.byCommuneToday.filter((g) => g.key.formedFrom.length > 0 && g.models.length > 0);
    expect(merged.length).toBeGreaterThan(0);
    for (const group of merged) {
      const formerIds = catalog.models.filter((m) => group.formerUnits.some((f) => f.key.id === m.data.commune)).map((m) => m.id);
      expect(listedIds(group.key.url).sort()).toEqual(formerIds.sort());
    }
  });

  it('are listed on the data page with their page’s count', () => {
    const rows = page('/du-lieu/').querySelectorAll('[data-files] tbody tr');
    const linked = new Map(rows.map((tr) => [tr.querySelector('a')?.getAttribute('href'), Number(textOf(tr.querySelector('.num')))]));
    for (const path of indexPages) {
      const name = page(path).querySelector('[data-data-links]')!.getAttribute('data-data-links');
      expect(linked.get(`/du-lieu/${name}.csv`)).toBe(listedIds(path).length);
    }
  });
});

describe('a selection built from the published JSON, as the search page does', () => {
  const data = json('/du-lieu/mo-hinh.json');

  it('of every model is the published CSV byte for byte', () => {
    const records = selectRecords(data, data.models.map((m) => new URL(m.url).pathname));
    expect(Buffer.from(selectionCsv(data, records), 'utf8').equals(builtFile('/du-lieu/mo-hinh.csv'))).toBe(true);
  });

  it('of the models of a field is that field’s published CSV, and its JSON keeps the notes', () => {
    const field = catalog.byField.find((g) => g.models.length > 1)!;
    const records = selectRecords(data, field.models.map((m) => m.url));
    expect(Buffer.from(selectionCsv(data, records), 'utf8').equals(builtFile(`/du-lieu/linh-vuc/${field.key.id}.csv`))).toBe(true);
    const published = json(`/du-lieu/linh-vuc/${field.key.id}.json`);
    expect(JSON.parse(selectionJson(data, published.title, records))).toEqual(published);
  });
});
