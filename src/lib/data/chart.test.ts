import { describe, expect, it } from 'vitest';
import { figureWidth, layoutBarChart, wrapLabel } from './chart';

describe('layoutBarChart', () => {
  const rows = [
    { label: 'Nhân dân và doanh nghiệp', value: 230_000_000, valueLabel: '230.000.000 đ' },
    { label: 'Đoàn viên', value: 12_000_000, valueLabel: '12.000.000 đ' },
    { label: 'Chưa phân tách nguồn', value: 40_000_000, valueLabel: '40.000.000 đ', tone: 'rest' as const },
    { label: 'Ngân sách', value: 0, valueLabel: '0 đ' },
  ];
  const layout = layoutBarChart(rows);

  it('keeps the rows, their order, figures and tones', () => {
    expect(layout.bars.map((b) => [b.label, b.value, b.valueLabel, b.tone])).toEqual([
      ['Nhân dân và doanh nghiệp', 230_000_000, '230.000.000 đ', 'known'],
      ['Đoàn viên', 12_000_000, '12.000.000 đ', 'known'],
      ['Chưa phân tách nguồn', 40_000_000, '40.000.000 đ', 'rest'],
      ['Ngân sách', 0, '0 đ', 'known'],
    ]);
  });

  it('draws bars proportional to their values from zero, the largest the longest', () => {
    const [big, small, rest, zero] = layout.bars;
    expect(small!.width / big!.width).toBeCloseTo(12 / 230, 3);
    expect(rest!.width / big!.width).toBeCloseTo(40 / 230, 3);
    expect(zero!.width).toBe(0);
    expect(layout.bars.every((b) => b.x === 0)).toBe(true);
  });

  it('fits every figure inside the chart, just after its bar', () => {
    for (const bar of layout.bars) {
      expect(bar.valueX).toBeGreaterThan(bar.width);
      expect(bar.valueX + figureWidth(bar.valueLabel, layout.fontSize)).toBeLessThanOrEqual(layout.width);
    }
  });

  it('stacks rows without overlap: label lines, then the bar, then the next row', () => {
    let bottom = 0;
    for (const bar of layout.bars) {
      expect(bar.labelLines[0]!.y - layout.fontSize).toBeGreaterThanOrEqual(bottom);
      expect(bar.y).toBeGreaterThan(bar.labelLines.at(-1)!.y);
      bottom = bar.y + bar.height;
    }
    expect(layout.height).toBeGreaterThan(bottom);
  });

  it('draws nothing misleading when every value is zero', () => {
    const flat = layoutBarChart([{ label: 'A', value: 0, valueLabel: '0' }, { label: 'B', value: 0, valueLabel: '0' }]);
    expect(flat.bars.map((b) => b.width)).toEqual([0, 0]);
    expect(flat.bars.every((b) => Number.isFinite(b.valueX))).toBe(true);
  });

  it('refuses a negative or missing value', () => {
    expect(() => layoutBarChart([{ label: 'A', value: -1, valueLabel: '-1' }])).toThrow(/A/);
    expect(() => layoutBarChart([{ label: 'B', value: Number.NaN, valueLabel: '?' }])).toThrow(/B/);
  });

  it('wraps a long label over several lines instead of cutting it', () => {
    const long = layoutBarChart([{ label: 'hộ dân được hướng dẫn, hỗ trợ kỹ thuật chăn nuôi gà thịt, vịt siêu trứng ở các thôn', value: 25, valueLabel: '25 hộ' }]);
    const lines = long.bars[0]!.labelLines.map((l) => l.text);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('hộ dân được hướng dẫn, hỗ trợ kỹ thuật chăn nuôi gà thịt, vịt siêu trứng ở các thôn');
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces within the limit and keeps an over-long word whole', () => {
    expect(wrapLabel('Nông thôn mới, khu dân cư kiểu mẫu', 16)).toEqual(['Nông thôn mới,', 'khu dân cư kiểu', 'mẫu']);
    expect(wrapLabel('Đăk', 2)).toEqual(['Đăk']);
    expect(wrapLabel('', 10)).toEqual(['']);
  });
});
