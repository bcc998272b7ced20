import { describe, expect, it } from 'vitest';
import { formatCoverage, formatDate, formatNumber, formatQuantity, formatVnd, formatVndCompact, isoDate, withAtLeast } from './format';

describe('formatVnd', () => {
  it.each([
    [190_000_000, '190.000.000 đ'],
    [12_000_000, '12.000.000 đ'],
    [294_000_000, '294.000.000 đ'],
    [0, '0 đ'],
    [1_500, '1.500 đ'],
  ])('%d → %s', (amount, expected) => {
    expect(formatVnd(amount)).toBe(expected);
  });
});

describe('formatVndCompact', () => {
  it.each([
    [190_000_000, '190 triệu đồng'],
    [1_200_000_000, '1,2 tỷ đồng'],
    [1_250_000_000, '1,25 tỷ đồng'],
    [12_500_000, '12,5 triệu đồng'],
    [150_000, '150 nghìn đồng'],
    [999, '999 đồng'],
    [2_000_000_000_000, '2.000 tỷ đồng'],
  ])('%d → %s', (amount, expected) => {
    expect(formatVndCompact(amount)).toBe(expected);
  });
});

describe('numbers and quantities', () => {
  it('groups thousands with a dot and decimals with a comma', () => {
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(821)).toBe('821');
    expect(formatNumber(2.5)).toBe('2,5');
  });
  it('writes units after the number, percent without a space', () => {
    expect(formatQuantity(821, 'lượt')).toBe('821 lượt');
    expect(formatQuantity(100, '%')).toBe('100%');
    expect(formatQuantity(1000, 'lượt')).toBe('1.000 lượt');
  });
  it('keeps the source’s "trên"', () => {
    expect(withAtLeast('1.000 lượt', true)).toBe('trên 1.000 lượt');
    expect(withAtLeast('25 hộ', false)).toBe('25 hộ');
  });
  it('states coverage as known/of', () => {
    expect(formatCoverage(4, 7)).toBe('4/7 mô hình có số liệu');
  });
});

describe('dates', () => {
  it('formats dd/mm/yyyy from the calendar date in the file', () => {
    expect(formatDate(new Date('2019-08-30'))).toBe('30/08/2019');
    expect(formatDate(new Date('2026-01-05'))).toBe('05/01/2026');
    expect(isoDate(new Date('2019-08-30'))).toBe('2019-08-30');
  });
});
