/** The open-data files in dist/: JSON and CSV (parsed back) agree with the counters computed from content. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DatasetJson } from '../src/lib/data/open-data';
import { builtFile, loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();
const { totals } = catalog;

function json(path: string): DatasetJson {
  return JSON.parse(builtFile(path).toString('utf8')) as DatasetJson;
}

function csv(path: string): { header: string[]; rows: Record<string, string>[] } {
  const text = builtFile(path).toString('utf8');
  const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
  return { header: header!, rows: parse(text, { bom: true, columns: true }) };
}

/** Sum of a numeric column over the rows that fill it, and how many do: unknown cells are empty. */
function sumColumn(rows: Record<string, string>[], column: string): { sum: number; known: number } {
  const filled = rows.map((r) => r[column]).filter((cell) => cell !== '' && cell !== undefined);
  return { sum: filled.reduce((acc, cell) => acc + Number(cell), 0), known: filled.length };
}

describe('/du-lieu/mo-hinh.json', () => {
  const data = json('/du-lieu/mo-hinh.json');

  it('holds every published model once', () => {
    expect(data.count).toBe(catalog.models.length);
    expect(data.models.map((m) => m.id)).toEqual(catalog.models.map((m) => m.id));
  });

  it('adds up to the counters: 294.000.000 đ over 4/7 models, benefit 150.000.000 đ kept apart', () => {
    const funded = data.models.filter((m) => m.funding !== null);
    expect(funded).toHaveLength(totals.funding.coverage.known);
    expect(funded.reduce((sum, m) => sum + m.funding!.total, 0)).toBe(totals.funding.total!.value);
    expect(totals.funding.total!.value).toBe(294_000_000);
    expect(data.models.flatMap((m) => (m.benefit ? [m.benefit] : []))).toEqual([{ amount: 150_000_000, atLeast: true }]);
    expect(data.models.filter((m) => m.yearStarted === null)).toHaveLength(7);
  });

  it('states the licence as not yet decided rather than inventing one', () => {
    expect(data.licence).toBeNull();
    expect(data.licenceNote).toContain('chưa được đơn vị chủ quản công bố');
  });
});

describe('/du-lieu/mo-hinh.csv', () => {
  const bytes = builtFile('/du-lieu/mo-hinh.csv');
  const { header, rows } = csv('/du-lieu/mo-hinh.csv');

  it('is UTF-8 with a byte-order mark, so Excel shows Vietnamese', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows.map((r) => r.title)).toEqual(catalog.models.map((m) => m.data.title));
  });

  it('parses back to the same figures as the JSON and the counters', () => {
    const funding = sumColumn(rows, 'funding_total');
    expect(funding).toEqual({ sum: 294_000_000, known: 4 });
    expect(sumColumn(rows, 'benefit')).toEqual({ sum: 150_000_000, known: 1 });
    expect(sumColumn(rows, 'funding_not_broken_down').sum).toBe(totals.funding.notBrokenDown!.value);
    const bySource = header.filter((h) => h.startsWith('funding_') && !['funding_total', 'funding_at_least', 'funding_not_broken_down'].includes(h));
    const sources = bySource.reduce((sum, column) => sum + sumColumn(rows, column).sum, 0);
    expect(sources + totals.funding.notBrokenDown!.value).toBe(294_000_000);
    expect(sumColumn(rows, 'year_started').known).toBe(0);
  });

  it('keeps the cells that the source does not give empty, never 0', () => {
    const road = rows.find((r) => r.id === 'tuyen-duong-hoa-dak-ngok')!;
    for (const column of ['funding_total', 'benefit', 'year_started', 'replicated', 'beneficiaries']) expect(road[column]).toBe('');
    expect(rows.find((r) => r.id === 'quy-vi-hoc-sinh-kho-khan-chu-van-an')!.beneficiaries).toBe('821 lượt học sinh có hoàn cảnh khó khăn');
  });

  it('has the columns the data page documents, in the same order', () => {
    expect(page('/du-lieu/').querySelectorAll('[data-columns] tbody th').map(textOf)).toEqual(header);
  });
});

describe('files per commune, unit and report year', () => {
  const all = csv('/du-lieu/mo-hinh.csv');
  const groups = [
    ...catalog.byCommune.map((g) => ({ page: g.key.url, file: `/du-lieu/xa/${g.key.id}`, models: g.models })),
    ...catalog.byUnit.flatMap((s) => s.units).map((g) => ({ page: g.key.url, file: `/du-lieu/don-vi/${g.key.id}`, models: g.models })),
  ];

  it.each(groups.map((g) => [g.file, g] as const))('%s: linked from its index page, same header, the group’s models', (file, group) => {
    const links = page(group.page).querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining([`${file}.csv`, `${file}.json`]));
    const { header, rows } = csv(`${file}.csv`);
    expect(header).toEqual(all.header);
    expect(rows.map((r) => r.id)).toEqual(group.models.map((m) => m.id));
    expect(json(`${file}.json`).models.map((m) => m.id)).toEqual(group.models.map((m) => m.id));
  });

  it('has the 2019 report year file with all seven models', () => {
    expect(csv('/du-lieu/nam-bao-cao/2019.csv').rows).toHaveLength(7);
  });

  it('lists every file on the data page, and every listed file exists', () => {
    const hrefs = page('/du-lieu/').querySelectorAll('[data-files] a').map((a) => a.getAttribute('href')!);
    expect(hrefs).toEqual(expect.arrayContaining(groups.flatMap((g) => [`${g.file}.csv`, `${g.file}.json`])));
    for (const href of hrefs) expect(() => builtFile(href)).not.toThrow();
  });

  it('is linked from the all-models, commune and unit indexes', () => {
    for (const path of ['/mo-hinh/', '/xa/', '/don-vi/']) {
      expect(page(path).querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/du-lieu/mo-hinh.csv', '/du-lieu/mo-hinh.json']));
    }
  });
});
