import { describe, expect, it } from 'vitest';
import type { Report } from '../../schemas/report';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { latestUpdate, reportYear, reviewOrder, reviews } from './reviews';

const soKet2021: Report = {
  title: 'Sơ kết 2021',
  summary: 'Tóm tắt.',
  kind: 'so-ket',
  publishedAt: new Date('2022-01-15'),
  periodEnd: 2021,
  author: 'Ban biên tập',
  publisher: 'ldld',
  declared: {},
  results: [],
  draft: false,
};
const base = content([
  entry('thu-vien', model({ title: 'Thư viện', unit: 'mn-hoa-hong', commune: 'ha-mon', source: 'tk-2019', publishedAt: new Date('2026-02-01') })),
  entry('quy', model({ title: 'Quỹ', unit: 'thcs-chu-van-an', source: 'tk-2019', yearStarted: 2015 })),
  entry('duong-hoa', model({ title: 'Đường hoa', commune: 'dak-ngok', updatedAt: new Date('2026-03-01') })),
]);
const catalog = buildCatalog({ ...base, reports: [...base.reports, entry('sk-2021', soKet2021)] });
const all = reviews(catalog);

describe('reviews', () => {
  it('has the whole period, each report year (the unknown apart) and each commune', () => {
    expect(all.map((r) => [r.url, r.models.length])).toEqual([
      ['/so-lieu/bao-cao/toan-giai-doan/', 3],
      ['/so-lieu/bao-cao/nam/2021/', 0],
      ['/so-lieu/bao-cao/nam/2019/', 2],
      ['/so-lieu/bao-cao/nam/chua-ro/', 1],
      ['/so-lieu/bao-cao/xa/dak-ha-2025/', 1],
      ['/so-lieu/bao-cao/xa/dak-ui-2025/', 1],
      ['/so-lieu/bao-cao/xa/dak-ha/', 0],
      ['/so-lieu/bao-cao/xa/dak-ngok/', 1],
      ['/so-lieu/bao-cao/xa/ha-mon/', 1],
    ]);
  });

  it('takes a model’s year from the review that records it, not from its start year', () => {
    const quy = catalog.models.find((m) => m.id === 'quy')!;
    expect(reportYear(quy)).toBe(2019);
    expect(reportYear(catalog.models.find((m) => m.id === 'duong-hoa')!)).toBeUndefined();
    const y2019 = all.find((r) => r.slug === 'nam/2019')!;
    expect(y2019.reports.map((r) => r.id)).toEqual(['tk-2019']);
    expect(y2019.explanation).toBe('Mô hình được ghi nhận trong báo cáo có giai đoạn kết thúc năm 2019: Tổng kết.');
  });

  it('computes each report’s totals over its own models', () => {
    const haMon = all.find((r) => r.slug === 'xa/ha-mon')!;
    expect(haMon.totals.counts.total).toBe(1);
    expect(haMon.data).toBe('xa/ha-mon');
    expect(all[0]!.reports.map((r) => r.id)).toEqual(['sk-2021', 'tk-2019']);
  });

  it('lists models by unit, those without a unit last', () => {
    expect(reviewOrder(catalog.models).map((m) => m.id)).toEqual(['thu-vien', 'quy', 'duong-hoa']);
  });

  it('dates the figures by the newest publication or correction', () => {
    expect(latestUpdate(catalog.models)).toEqual(new Date('2026-03-01'));
    expect(latestUpdate([])).toBeUndefined();
  });
});
