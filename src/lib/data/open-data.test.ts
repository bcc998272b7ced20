import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { content, entry, model, replicationChainModels } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { dataColumns, datasets, modelRecord, sourceColumnKey, toCsv, toJson, type DatasetJson } from './open-data';

const catalog = buildCatalog(
  content([
    entry('cho-que', model({ title: 'Chợ quê', unit: 'mn-hoa-hong', source: 'tk-2019', funding: { total: 80_000_000, atLeast: false, sources: [{ from: ['nhan-dan', 'doanh-nghiep'], amount: 40_000_000, atLeast: false }] } })),
    entry('ga-vit', model({ title: 'Hướng dẫn chăn nuôi gà thịt, vịt "siêu trứng"', kind: 'individual', person: 'Đào Thị Chiên', beneficiaries: [{ group: 'hộ dân được hướng dẫn, hỗ trợ', count: 25, unit: 'hộ', atLeast: false }], benefit: { amount: 150_000_000, atLeast: true } })),
    entry('khu-dan-cu', model({ title: 'Khu dân cư\nkiểu mẫu', commune: 'ha-mon', village: 'thôn Thống Nhất', yearStarted: 2018, outcomes: [{ label: 'hộ dân đồng thuận', value: 100, unit: '%', atLeast: false }] })),
    entry('cong-thuc', model({ title: '=1+1 không phải công thức' })),
  ]),
);
const records = catalog.models.map((m) => modelRecord(m, new URL('https://example.org')));
const columns = dataColumns(records);
const csv = toCsv(records, columns);
const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('modelRecord', () => {
  it('keeps unknown as null, never 0, and known figures as numbers', () => {
    const ga = records.find((r) => r.id === 'ga-vit')!;
    expect(ga.funding).toBeNull();
    expect(ga.yearStarted).toBeNull();
    expect(ga.replicated).toBeNull();
    expect(ga.commune).toBeNull();
    expect(ga.benefit).toEqual({ amount: 150_000_000, atLeast: true });
    expect(ga.url).toBe('https://example.org/mo-hinh/ga-vit/');
  });

  it('keeps the breakdown and the part not broken down', () => {
    expect(records.find((r) => r.id === 'cho-que')!.funding).toEqual({
      total: 80_000_000,
      atLeast: false,
      sources: [{ key: 'doanh-nghiep+nhan-dan', label: 'Nhân dân và doanh nghiệp', from: ['nhan-dan', 'doanh-nghiep'], amount: 40_000_000, atLeast: false }],
      notBrokenDown: 40_000_000,
    });
  });
});

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(`\ufeff${columns.map((c) => c.key).join(',')}`);
  });

  it('parses back with a CSV parser: commas, quotes and new lines survive', () => {
    expect(rows).toHaveLength(4);
    expect(row('ga-vit').title).toBe('Hướng dẫn chăn nuôi gà thịt, vịt "siêu trứng"');
    expect(row('khu-dan-cu').title).toBe('Khu dân cư\nkiểu mẫu');
    expect(row('ga-vit').beneficiaries).toBe('25 hộ dân được hướng dẫn, hỗ trợ');
  });

  it('writes unknown as an empty cell and known amounts as plain numbers', () => {
    expect(row('ga-vit').funding_total).toBe('');
    expect(row('ga-vit').year_started).toBe('');
    expect(row('ga-vit').replicated).toBe('');
    expect(row('ga-vit').benefit).toBe('150000000');
    expect(row('ga-vit').benefit_at_least).toBe('true');
    expect(row('cho-que').funding_total).toBe('80000000');
    expect(row('cho-que').funding_at_least).toBe('false');
    expect(row('khu-dan-cu').year_started).toBe('2018');
  });

  it('has a column per source and per group of sources, empty where the source names none', () => {
    const key = sourceColumnKey(['nhan-dan', 'doanh-nghiep']);
    expect(key).toBe('funding_doanh_nghiep_va_nhan_dan');
    expect(columns.map((c) => c.key)).toEqual(expect.arrayContaining(['funding_nhan_dan', 'funding_doanh_nghiep', 'funding_ngan_sach', key, 'funding_not_broken_down']));
    expect(row('cho-que')[key]).toBe('40000000');
    expect(row('cho-que').funding_nhan_dan).toBe('');
    expect(row('cho-que').funding_not_broken_down).toBe('40000000');
  });

  it('defuses a cell that a spreadsheet would run as a formula', () => {
    expect(row('cong-thuc').title!.startsWith('=')).toBe(false);
    expect(row('cong-thuc').title).toContain('=1+1 không phải công thức');
  });

  it('documents every column in Vietnamese', () => {
    for (const column of columns) expect(column.description.length).toBeGreaterThan(5);
    expect(new Set(columns.map((c) => c.key)).size).toBe(columns.length);
  });
});

describe('JSON and data sets', () => {
  it('wraps the records with the licence stated as undecided', () => {
    const json = JSON.parse(toJson({ name: 'mo-hinh', title: 'Tất cả', models: catalog.models })) as DatasetJson;
    expect(json.count).toBe(4);
    expect(json.licence).toBeNull();
    expect(json.licenceNote).toContain('chưa');
    expect(json.models.map((m) => m.id)).toEqual(catalog.models.map((m) => m.id));
  });

  it('publishes all models, and per commune, unit and report year', () => {
    const names = datasets(catalog).map((d) => [d.name, d.models.length]);
    expect(names).toEqual([
      ['mo-hinh', 4],
      ['xa/dak-ha-2025', 1],
      ['xa/dak-ui-2025', 0],
      ['xa/dak-ha', 0],
      ['xa/dak-ngok', 0],
      ['xa/ha-mon', 1],
      ['don-vi/mn-hoa-hong', 1],
      ['don-vi/thcs-chu-van-an', 0],
      ['don-vi/ldld', 0],
      ['nam-bao-cao/2019', 1],
      ['nam-bao-cao/chua-ro', 3],
    ]);
  });

  it('records replication both ways', () => {
    const chain = buildCatalog(content(replicationChainModels()));
    const b = chain.models.map((m) => modelRecord(m)).find((r) => r.id === 'mo-hinh-b')!;
    expect([b.replicatedFrom, b.copies]).toEqual(['mo-hinh-a', ['mo-hinh-c']]);
  });
});
