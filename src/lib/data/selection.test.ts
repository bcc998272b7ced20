import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { modelRecord, siteDataColumns, toCsv, toJson, type DatasetJson } from './open-data';
import { selectRecords, selectionCsv, selectionJson } from './selection';

const catalog = buildCatalog(
  content([
    entry('cho-que', model({ title: 'Chợ quê', funding: { total: 80_000_000, atLeast: false, sources: [{ from: ['nhan-dan', 'doanh-nghiep'], amount: 40_000_000, atLeast: false }] } })),
    entry('cong-thuc', model({ title: '=1+1 không phải công thức', kind: 'individual', person: '@Ai đó' })),
    entry('khu-dan-cu', model({ title: 'Khu dân cư, "kiểu mẫu"', commune: 'ha-mon', yearStarted: 2018 })),
  ]),
);
const site = new URL('https://example.org');
// What the browser fetches: the published JSON of all models, read back.
const data = JSON.parse(toJson({ name: 'mo-hinh', title: 'Tất cả', models: catalog.models }, catalog.communes, site)) as DatasetJson;

describe('a selection from the published JSON', () => {
  it('keeps the order of the pages given, once each, and leaves out pages that are no model', () => {
    const ids = selectRecords(data, ['/mo-hinh/khu-dan-cu/', '/gioi-thieu/', '/mo-hinh/cho-que/', '/mo-hinh/khu-dan-cu/']).map((r) => r.id);
    expect(ids).toEqual(['khu-dan-cu', 'cho-que']);
  });

  it('writes the CSV the build writes for the same models: same header for a single model, BOM, CRLF, formulas defused', () => {
    const records = selectRecords(data, ['/mo-hinh/cong-thuc/']);
    const built = toCsv(catalog.models.filter((m) => m.id === 'cong-thuc').map((m) => modelRecord(m, catalog.communes, site)), siteDataColumns(catalog));
    const csv = selectionCsv(data, records);
    expect(csv).toBe(built);
    expect(csv.startsWith('\uFEFFid,url,title,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.split(',')).toContain('funding_doanh_nghiep_va_nhan_dan');
    const [row] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect([row!.title, row!.person]).toEqual(["'=1+1 không phải công thức", "'@Ai đó"]);
  });

  it('writes every model as the published file, byte for byte', () => {
    const all = selectRecords(data, data.models.map((m) => new URL(m.url).pathname));
    expect(selectionCsv(data, all)).toBe(toCsv(catalog.models.map((m) => modelRecord(m, catalog.communes, site)), siteDataColumns(catalog)));
  });

  it('writes JSON with the published notes and licence, its own title and count', () => {
    const body = JSON.parse(selectionJson(data, 'Mô hình tìm được với từ khóa “chợ”', selectRecords(data, ['/mo-hinh/cho-que/']))) as DatasetJson;
    expect(Object.keys(body)).toEqual(Object.keys(data));
    expect(body).toMatchObject({ title: 'Mô hình tìm được với từ khóa “chợ”', count: 1, licence: null, licenceNote: data.licenceNote, note: data.note, documentation: 'https://example.org/du-lieu/' });
    expect(body.models).toEqual(data.models.filter((m) => m.id === 'cho-que'));
  });
});
