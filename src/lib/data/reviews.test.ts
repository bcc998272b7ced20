import { describe, expect, it } from 'vitest';
import type { Report } from '../../schemas/report';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { communeReviewSections, latestUpdate, placeNote, reportYear, reviewOrder, reviewRows, reviews, rowsByList } from './reviews';

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

  it('numbers the rows of each list from 1, list after list, and regroups any run of rows by list', () => {
    const [a, b, c] = reviewOrder(catalog.models);
    const rows = reviewRows({ lists: [{ heading: 'Xã A', models: [c!, a!] }, { heading: 'Xã B', models: [b!] }] });
    expect(rows.map((r) => [r.list.heading, r.number, r.model.id])).toEqual([['Xã A', 1, a!.id], ['Xã A', 2, c!.id], ['Xã B', 1, b!.id]]);
    // A page that starts inside list A and ends in list B: two tables, A's numbering carried on.
    expect(rowsByList(rows.slice(1)).map((t) => [t.heading, t.size, t.rows.map((r) => r.number)])).toEqual([['Xã A', 2, [2]], ['Xã B', 1, [1]]]);
  });

  it('dates the figures by the newest publication or correction', () => {
    expect(latestUpdate(catalog.models)).toEqual(new Date('2026-03-01'));
    expect(latestUpdate([])).toBeUndefined();
  });

  it('groups a year’s report by the units of its last day, then by today’s communes', () => {
    const y2019 = all.find((r) => r.slug === 'nam/2019')!;
    expect(y2019.groupings.map((g) => [g.kind, g.title])).toEqual([
      ['on-day', 'Theo xã, thị trấn ngày 31/12/2019'],
      ['today', 'Theo đơn vị hành chính hiện nay (từ 01/07/2025)'],
    ]);
    const [onDay, today] = y2019.groupings;
    expect(onDay!.explanation).toContain('tồn tại ngày 31/12/2019, cuối năm báo cáo');
    expect(onDay!.rows.map((r) => [r.id, r.models.length])).toEqual([['dak-ha', 0], ['dak-ngok', 0], ['ha-mon', 1]]);
    expect(onDay!.unknown.models.map((m) => m.id)).toEqual(['quy']);
    expect(today!.rows.map((r) => [r.id, r.models.length, r.parts.map((p) => [p.id, p.models.length])])).toEqual([
      ['dak-ha-2025', 1, [['dak-ha', 0], ['ha-mon', 1]]],
      ['dak-ui-2025', 0, [['dak-ngok', 0]]],
    ]);
  });

  it('groups a report of a year after the merger by today’s communes only, and says so', () => {
    expect(all.find((r) => r.slug === 'nam/2021')!.groupings.map((g) => g.kind)).toEqual(['on-day', 'today']);
    const later = buildCatalog({ ...base, reports: [...base.reports, entry('sk-2026', { ...soKet2021, title: 'Sơ kết 2026', periodEnd: 2026 })] });
    const y2026 = reviews(later).find((r) => r.slug === 'nam/2026')!;
    expect(y2026.groupings.map((g) => [g.kind, g.rows.map((r) => r.id)])).toEqual([['on-day', ['dak-ha-2025', 'dak-ui-2025']]]);
    expect(y2026.groupings[0]!.explanation).toContain('Đó cũng là các đơn vị hành chính hiện nay.');
  });

  it('groups the whole period as the sources name the units, then by today’s, stating the choice', () => {
    const whole = all[0]!;
    expect(whole.groupings.map((g) => g.kind)).toEqual(['named', 'today']);
    expect(whole.groupings[0]!.explanation).toContain('đúng như nguồn ghi');
    expect(whole.groupings[0]!.rows.map((r) => [r.id, r.models.length])).toEqual([['dak-ha', 0], ['dak-ngok', 1], ['ha-mon', 1]]);
  });

  it('lists a new commune’s models by former unit with subtotals, and says what it was formed from', () => {
    const dakHa = all.find((r) => r.slug === 'xa/dak-ha-2025')!;
    expect(dakHa.label).toBe('Xã Đăk Hà');
    expect(dakHa.groupings.map((g) => [g.kind, g.rows.map((r) => [r.label, r.models.length])])).toEqual([['former', [['thị trấn Đăk Hà (đến 30/06/2025)', 0], ['xã Hà Mòn (đến 30/06/2025)', 1]]]]);
    expect(dakHa.lists.map((l) => [l.heading, l.models.map((m) => m.id)])).toEqual([['xã Hà Mòn (đến 30/06/2025)', ['thu-vien']]]);
    expect(dakHa.placeNote?.text).toBe('Xã Đăk Hà, tỉnh Quảng Ngãi (từ 01/07/2025) được lập từ thị trấn Đăk Hà, xã Hà Mòn, theo Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025.');
  });

  it('says what a former unit became, and links its commune’s report', () => {
    const dakNgok = all.find((r) => r.slug === 'xa/dak-ngok')!;
    expect(dakNgok.title).toBe('Báo cáo số liệu xã Đăk Ngọk (đến 30/06/2025)');
    expect(dakNgok.groupings).toEqual([]);
    expect(dakNgok.lists.map((l) => [l.heading, l.models.length])).toEqual([[undefined, 1]]);
    expect(placeNote(dakNgok.commune!)).toEqual({
      text: 'Xã Đăk Ngọk, huyện Đăk Hà, tỉnh Kon Tum (đến 30/06/2025) nay thuộc xã Đăk Ui, tỉnh Quảng Ngãi (từ 01/07/2025), theo Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025.',
      link: { href: '/so-lieu/bao-cao/xa/dak-ui-2025/', label: 'báo cáo số liệu xã Đăk Ui' },
    });
  });

  it('splits the communes’ reports into today’s and the former units', () => {
    expect(communeReviewSections(all, catalog.communes).map((s) => [s.title, s.reviews.map((r) => r.slug)])).toEqual([
      ['Xã hiện nay (từ 01/07/2025)', ['xa/dak-ha-2025', 'xa/dak-ui-2025']],
      ['Xã, thị trấn trước 01/07/2025', ['xa/dak-ha', 'xa/dak-ngok', 'xa/ha-mon']],
    ]);
  });
});
