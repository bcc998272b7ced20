import { describe, expect, it } from 'vitest';
import { model } from '../../tests/fixtures';
import { modelFundingLines, NOT_REPORTED, totalFundingLines, vnd } from './figures';
import { fundingTotals } from './totals';

describe('figures', () => {
  it('writes unknown money as "chưa có số liệu", never 0', () => {
    expect(vnd(null)).toBe(NOT_REPORTED);
    expect(vnd({ value: 150_000_000, atLeast: true })).toBe('trên 150.000.000 đ');
  });

  it('lists a model’s sources and the part not broken down', () => {
    const funding = { total: 80_000_000, atLeast: false, sources: [{ from: ['nhan-dan', 'doanh-nghiep'] as const, amount: 40_000_000, atLeast: false }] };
    expect(modelFundingLines({ ...funding, sources: funding.sources.map((s) => ({ ...s, from: [...s.from] })) })).toEqual([
      { label: 'Nhân dân và doanh nghiệp', value: '40.000.000 đ' },
      { label: 'Chưa phân tách nguồn', value: '40.000.000 đ' },
    ]);
  });

  it('lists totals by source with the part not broken down', () => {
    const totals = fundingTotals([
      model({ funding: { total: 80_000_000, atLeast: false, sources: [{ from: ['nhan-dan', 'doanh-nghiep'], amount: 40_000_000, atLeast: false }] } }),
      model({ funding: { total: 12_000_000, atLeast: false, sources: [{ from: ['doan-vien'], amount: 12_000_000, atLeast: false }] } }),
    ]);
    expect(totalFundingLines(totals)).toEqual([
      { label: 'Nhân dân và doanh nghiệp', value: '40.000.000 đ' },
      { label: 'Đoàn viên', value: '12.000.000 đ' },
      { label: 'Chưa phân tách nguồn', value: '40.000.000 đ' },
    ]);
  });
});
