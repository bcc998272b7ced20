import { describe, expect, it } from 'vitest';
import { content, entry, model, replicationChainModels } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { beneficiaryCharts, chartDescription, communeChart, communeCharts, communeChartThen, fieldChart, fundingChart, kindChart, replicationSummary, yearChart, CHAINS_SHOWN } from './statistics';

const catalog = buildCatalog(
  content([
    entry('thu-vien', model({ title: 'Thư viện', unit: 'mn-hoa-hong', funding: { total: 12_000_000, atLeast: false, sources: [{ from: ['nhan-dan'], amount: 12_000_000, atLeast: false }] } })),
    entry('cho-que', model({ title: 'Chợ quê', unit: 'mn-hoa-hong', funding: { total: 80_000_000, atLeast: false, sources: [{ from: ['nhan-dan', 'doanh-nghiep'], amount: 40_000_000, atLeast: false }] } })),
    entry('quy', model({ title: 'Quỹ', fields: ['an-sinh', 'moi-truong'], funding: { total: 190_000_000, atLeast: false, sources: [{ from: ['doanh-nghiep', 'nhan-dan'], amount: 190_000_000, atLeast: false }] }, beneficiaries: [{ group: 'học sinh', count: 821, unit: 'lượt', atLeast: false }] })),
    entry('ga-vit', model({ title: 'Gà vịt', kind: 'individual', person: 'Đào Thị Chiên', beneficiaries: [{ group: 'hộ dân', count: 25, unit: 'hộ', atLeast: false }], benefit: { amount: 150_000_000, atLeast: true } })),
    entry('duong-hoa', model({ title: 'Đường hoa', commune: 'dak-ngok', fields: ['moi-truong'], yearStarted: 2015, beneficiaries: [{ group: 'đoàn viên', count: 23, unit: 'lượt', atLeast: false }] })),
  ]),
);

const table = (rows: { label: string; valueLabel: string; tone?: string }[]) => rows.map((r) => [r.label, r.valueLabel, r.tone ?? 'known']);

describe('statistics charts', () => {
  it('counts models by field, saying why the bars add up to more than the models', () => {
    const chart = fieldChart(catalog);
    expect(table(chart.rows)).toEqual([
      ['An sinh', '4', 'known'],
      ['Môi trường', '2', 'known'],
    ]);
    expect(chart.rows[0]!.href).toBe('/linh-vuc/an-sinh/');
    expect(chart.note).toContain('(6) nhiều hơn số mô hình (5)');
  });

  it('counts models by today’s commune, every commune listed and the unknown shown as such', () => {
    const chart = communeChart(catalog);
    expect(table(chart.rows)).toEqual([
      ['xã Đăk Ui', '1', 'known'],
      ['xã Đăk Hà', '0', 'known'],
      ['Chưa rõ xã, thị trấn', '4', 'unknown'],
    ]);
    expect(chart.coverage).toBe('1/5 mô hình ghi rõ xã, thị trấn');
    expect(chart.title).toBe('Mô hình theo xã hiện nay (từ 01/07/2025)');
    expect(chart.rows.map((r) => r.href)).toEqual(['/xa/dak-ui-2025/', '/xa/dak-ha-2025/', undefined]);
  });

  it('counts models by the units as the sources name them, every unit before the merger listed', () => {
    const chart = communeChartThen(catalog);
    expect(chart.title).toBe('Mô hình theo xã, thị trấn lúc nguồn ghi (trước 01/07/2025)');
    expect(table(chart.rows)).toEqual([
      ['xã Đăk Ngọk', '1', 'known'],
      ['thị trấn Đăk Hà', '0', 'known'],
      ['xã Hà Mòn', '0', 'known'],
      ['Chưa rõ xã, thị trấn', '4', 'unknown'],
    ]);
    expect(chart.rows[0]!.href).toBe('/xa/dak-ngok/');
    expect(chart.coverage).toBe('1/5 mô hình ghi rõ xã, thị trấn');
  });

  it('shows both commune charts, saying which is which from the data', () => {
    const both = communeCharts(catalog);
    expect(both.charts.map((c) => c.id)).toEqual(['theo-xa-hien-nay', 'theo-xa-luc-nguon-ghi']);
    expect(both.explanation).toContain('Từ 01/07/2025, 3 xã, thị trấn được sắp xếp thành 2 xã.');
  });

  it('shows one commune chart when no reorganisation is known', () => {
    const plain = buildCatalog(content([entry('a', model({ commune: 'dak-ui-2025' }))], { communes: content([]).communes.filter((c) => c.data.successor === undefined).map((c) => ({ ...c, data: { ...c.data, validFrom: undefined } })) }));
    const one = communeCharts(plain);
    expect(one.charts.map((c) => [c.id, c.title])).toEqual([['theo-xa-hien-nay', 'Mô hình theo xã hiện nay']]);
  });

  it('never guesses a start year', () => {
    const chart = yearChart(catalog);
    expect(table(chart.rows)).toEqual([
      ['2015', '1', 'known'],
      ['Chưa rõ năm bắt đầu', '4', 'unknown'],
    ]);
    expect(chart.coverage).toBe('1/5 mô hình ghi rõ năm bắt đầu');
    expect(chart.note).toContain('chưa nêu năm bắt đầu của 4 mô hình');
  });

  it('counts collective and individual models', () => {
    expect(table(kindChart(catalog.totals.counts).rows)).toEqual([
      ['Tập thể', '4', 'known'],
      ['Cá nhân', '1', 'known'],
    ]);
  });

  it('shows funding by source with the part not broken down, and leaves the benefit out', () => {
    const chart = fundingChart(catalog);
    expect(table(chart.rows)).toEqual([
      ['Nhân dân và doanh nghiệp', '230.000.000 đ', 'known'],
      ['Nhân dân', '12.000.000 đ', 'known'],
      ['Chưa phân tách nguồn', '40.000.000 đ', 'rest'],
    ]);
    expect(chart.coverage).toBe('3/5 mô hình có số liệu kinh phí; tổng 282.000.000 đ');
    expect(chart.rows.reduce((sum, r) => sum + r.value, 0)).toBe(282_000_000);
    expect(JSON.stringify(chart)).not.toContain('150.000.000');
  });

  it('draws beneficiaries one chart per counting unit, never adding lượt to hộ', () => {
    const charts = beneficiaryCharts(catalog);
    expect(charts.map((c) => [c.id, c.title, table(c.rows)])).toEqual([
      ['nguoi-huong-loi-luot', 'Người hưởng lợi, đếm theo lượt', [['học sinh', '821 lượt', 'known'], ['đoàn viên', '23 lượt', 'known']]],
      ['nguoi-huong-loi-ho', 'Người hưởng lợi, đếm theo hộ', [['hộ dân', '25 hộ', 'known']]],
    ]);
    expect(charts[0]!.coverage).toBe('3/5 mô hình có số liệu người hưởng lợi');
  });

  it('describes a chart with every figure and its coverage', () => {
    expect(chartDescription(kindChart(catalog.totals.counts))).toBe('Hình thức và số mô hình. Tập thể: 4; Cá nhân: 1. 5/5 mô hình ghi rõ hình thức.');
  });
});

describe('replicationSummary', () => {
  it('counts replications of the chain A ← B ← C', () => {
    const summary = replicationSummary(buildCatalog(content(replicationChainModels())).models);
    expect(summary.counts).toEqual({ count: 2, coverage: { known: 2, of: 3 } });
    expect(summary.copies).toBe(2);
    expect(summary.chains.map((c) => c.map((l) => l.url))).toEqual([['/mo-hinh/mo-hinh-a/', '/mo-hinh/mo-hinh-b/', '/mo-hinh/mo-hinh-c/']]);
    expect(summary.chainCount).toBe(1);
  });

  it(`lists at most the ${CHAINS_SHOWN} longest chains, and counts them all`, () => {
    // Pairs X-i ← Y-i, and one chain of three, A ← B ← C, listed first because it is the longest.
    const pairs = Array.from({ length: CHAINS_SHOWN + 2 }, (_, i) => [
      entry(`goc-${i}`, model({ title: `Gốc ${i}` })),
      entry(`ban-sao-${i}`, model({ title: `Bản sao ${i}`, replicatedFrom: `goc-${i}` })),
    ]).flat();
    const summary = replicationSummary(buildCatalog(content([...pairs, ...replicationChainModels()])).models);
    expect(summary.chainCount).toBe(CHAINS_SHOWN + 3);
    expect(summary.chains).toHaveLength(CHAINS_SHOWN);
    expect(summary.chains[0]!.map((l) => l.url)).toEqual(['/mo-hinh/mo-hinh-a/', '/mo-hinh/mo-hinh-b/', '/mo-hinh/mo-hinh-c/']);
  });

  it('is unknown, not zero, when no article says', () => {
    const summary = replicationSummary(catalog.models);
    expect(summary.counts).toEqual({ count: 0, coverage: { known: 0, of: 5 } });
    expect(summary.chains).toEqual([]);
  });
});
