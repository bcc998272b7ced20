import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { content, entry, model, replicationChainModels } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { communeDatasetTitle, dataColumns, dataFile, dataFileText, datasets, modelRecord, reusedCodes, siteDataColumns, sourceColumnKey, toCsv, toJson, type DatasetJson } from './open-data';

const catalog = buildCatalog(
  content([
    entry('cho-que', model({ title: 'Chợ quê', unit: 'mn-hoa-hong', source: 'tk-2019', funding: { total: 80_000_000, atLeast: false, sources: [{ from: ['nhan-dan', 'doanh-nghiep'], amount: 40_000_000, atLeast: false }] } })),
    entry('ga-vit', model({ title: 'Hướng dẫn chăn nuôi gà thịt, vịt "siêu trứng"', kind: 'individual', person: 'Đào Thị Chiên', beneficiaries: [{ group: 'hộ dân được hướng dẫn, hỗ trợ', count: 25, unit: 'hộ', atLeast: false }], benefit: { amount: 150_000_000, atLeast: true } })),
    entry('khu-dan-cu', model({ title: 'Khu dân cư\nkiểu mẫu', commune: 'ha-mon', village: 'thôn Thống Nhất', yearStarted: 2018, outcomes: [{ label: 'hộ dân đồng thuận', value: 100, unit: '%', atLeast: false }] })),
    entry('cong-thuc', model({ title: '=1+1 không phải công thức' })),
  ]),
);
const records = catalog.models.map((m) => modelRecord(m, catalog.communes, new URL('https://example.org')));
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

describe('the commune then and now', () => {
  it('records the commune as the source names it, with its code, period, province and district, and today’s commune', () => {
    const khu = records.find((r) => r.id === 'khu-dan-cu')!;
    expect(khu.commune).toEqual({ id: 'ha-mon', name: 'xã Hà Mòn', code: '23521', validFrom: null, validTo: '2025-06-30', province: 'tỉnh Kon Tum', district: 'huyện Đăk Hà' });
    expect(khu.communeNow).toEqual({ id: 'dak-ha-2025', name: 'xã Đăk Hà', code: '23500', province: 'tỉnh Quảng Ngãi', validFrom: '2025-07-01' });
  });

  it('writes the same in CSV cells, and all of them empty for a model without a commune', () => {
    expect(row('khu-dan-cu')).toMatchObject({
      commune_id: 'ha-mon',
      commune: 'xã Hà Mòn',
      commune_code: '23521',
      commune_valid_from: '',
      commune_valid_to: '2025-06-30',
      commune_province: 'tỉnh Kon Tum',
      commune_district: 'huyện Đăk Hà',
      commune_now_id: 'dak-ha-2025',
      commune_now_code: '23500',
      commune_now: 'xã Đăk Hà',
      commune_now_province: 'tỉnh Quảng Ngãi',
      commune_now_valid_from: '2025-07-01',
    });
    const communeColumns = columns.map((c) => c.key).filter((k) => k.startsWith('commune'));
    expect(communeColumns).toHaveLength(12);
    for (const key of communeColumns) expect(row('ga-vit')[key]).toBe('');
  });

  it('keeps a commune of today as both then and now', () => {
    const direct = buildCatalog(content([entry('cho-moi', model({ title: 'Chợ mới', commune: 'dak-ui-2025' }))]));
    const record = modelRecord(direct.models[0]!, direct.communes);
    expect(record.commune).toMatchObject({ id: 'dak-ui-2025', code: '23510', validFrom: '2025-07-01', validTo: null, district: null });
    expect(record.communeNow).toEqual({ id: 'dak-ui-2025', name: 'xã Đăk Ui', code: '23510', province: 'tỉnh Quảng Ngãi', validFrom: '2025-07-01' });
  });

  it('lists the codes that two units held, each with its period', () => {
    expect(reusedCodes(catalog.communes)).toEqual([
      { code: '23500', units: ['thị trấn Đăk Hà (đến 30/06/2025)', 'xã Đăk Hà (từ 01/07/2025)'] },
      { code: '23510', units: ['xã Đăk Ngọk (đến 30/06/2025)', 'xã Đăk Ui (từ 01/07/2025)'] },
    ]);
  });

  it('titles a former unit’s data set with its period, and today’s commune with its former units', () => {
    const commune = (id: string) => catalog.communes.find((c) => c.id === id)!;
    expect(communeDatasetTitle(commune('ha-mon'))).toBe('Mô hình ở xã Hà Mòn (đến 30/06/2025)');
    expect(communeDatasetTitle(commune('dak-ha-2025'))).toBe('Mô hình ở xã Đăk Hà (gồm thị trấn Đăk Hà, xã Hà Mòn)');
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
    const json = JSON.parse(toJson({ name: 'mo-hinh', title: 'Tất cả', models: catalog.models }, catalog.communes)) as DatasetJson;
    expect(json.count).toBe(4);
    expect(json.licence).toBeNull();
    expect(json.licenceNote).toContain('chưa');
    expect(json.models.map((m) => m.id)).toEqual(catalog.models.map((m) => m.id));
  });

  it('publishes all models, and per commune, unit, report year, field, start year and list filter', () => {
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
      ['linh-vuc/an-sinh', 4],
      ['linh-vuc/moi-truong', 0],
      ['nam/2018', 1],
      ['nam/chua-ro', 3],
      ['loai/tap-the', 3],
      ['loai/ca-nhan', 1],
      ['loai/nhan-rong', 0],
    ]);
  });

  it('records replication both ways', () => {
    const chain = buildCatalog(content(replicationChainModels()));
    const b = chain.models.map((m) => modelRecord(m, chain.communes)).find((r) => r.id === 'mo-hinh-b')!;
    expect([b.replicatedFrom, b.copies]).toEqual(['mo-hinh-a', ['mo-hinh-c']]);
  });
});

describe('dataFile', () => {
  const site = new URL('https://example.org');
  const files = datasets(catalog).flatMap((dataset) => (['csv', 'json'] as const).map((format) => ({ dataset, file: dataFile(dataset, format, catalog, site) })));

  it('writes what the file holds: its models\' records, and for CSV the site\'s columns', () => {
    for (const { dataset, file } of files) {
      const records = dataset.models.map((m) => modelRecord(m, catalog.communes, site));
      expect(dataFileText(file)).toBe(file.format === 'csv' ? toCsv(records, siteDataColumns(catalog)) : toJson(dataset, catalog.communes, site));
    }
  });

  it('works a model\'s record out once, whichever files hold it', () => {
    const holding = files.filter(({ file }) => file.records.some((r) => r.id === 'cho-que')).map(({ file }) => file.records.find((r) => r.id === 'cho-que'));
    expect(holding.length).toBeGreaterThan(2);
    for (const record of holding) expect(record).toBe(holding[0]);
  });
});
