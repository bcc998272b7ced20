import { describe, expect, it } from 'vitest';
import { model } from '../../../tests/fixtures';
import { beneficiaryText, modelFundingLines, NOT_REPORTED, outcomeText, summaryRows, totalFundingLines, vnd } from './figures';
import { computeTotals, fundingTotals } from './totals';

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

describe('summaryRows', () => {
  it('lists every total with its coverage, the benefit apart and beneficiaries per unit', () => {
    const totals = computeTotals([
      model({ funding: { total: 80_000_000, atLeast: false, sources: [{ from: ['nhan-dan', 'doanh-nghiep'], amount: 40_000_000, atLeast: false }] } }),
      model({ beneficiaries: [{ group: 'đoàn viên', count: 23, unit: 'lượt', atLeast: false }] }),
      model({ kind: 'individual', person: 'Đào Thị Chiên', beneficiaries: [{ group: 'hộ dân', count: 25, unit: 'hộ', atLeast: false }], benefit: { amount: 150_000_000, atLeast: true } }),
      model({ beneficiaries: [{ group: 'học sinh', count: 821, unit: 'lượt', atLeast: false }] }),
    ]);
    expect(summaryRows(totals).map((r) => [r.part ? `– ${r.label}` : r.label, r.value, r.note ?? ''])).toEqual([
      ['Mô hình có bài', '4', ''],
      ['– Tập thể', '3', ''],
      ['– Cá nhân', '1', ''],
      ['Được nhân rộng', 'chưa có số liệu', '0/4 mô hình ghi rõ'],
      ['Kinh phí vận động', '80.000.000 đ', 'của 1/4 mô hình có số liệu'],
      ['– Nhân dân và doanh nghiệp', '40.000.000 đ', ''],
      ['– Chưa phân tách nguồn', '40.000.000 đ', ''],
      ['Người hưởng lợi', '', 'của 3/4 mô hình có số liệu; mỗi dòng một đơn vị đếm, không cộng lẫn'],
      ['– hộ dân', '25 hộ', ''],
      ['– học sinh', '821 lượt', ''],
      ['– đoàn viên', '23 lượt', ''],
      ['Làm lợi cho Nhân dân', 'trên 150.000.000 đ', 'của 1/4 mô hình có số liệu; không cộng vào kinh phí'],
    ]);
  });

  it('writes beneficiaries and outcomes the way the site does', () => {
    expect(beneficiaryText({ group: 'lượt học sinh', count: 1000, unit: 'lượt', atLeast: true })).toBe('trên 1.000 lượt học sinh');
    expect(beneficiaryText({ group: 'hộ dân được hướng dẫn', count: 25, unit: 'hộ', atLeast: false })).toBe('25 hộ dân được hướng dẫn');
    expect(beneficiaryText({ group: 'học sinh giỏi', count: 3, unit: 'học sinh', atLeast: false })).toBe('3 học sinh giỏi');
    expect(beneficiaryText({ group: 'đoàn viên', count: 23, unit: 'lượt', atLeast: false })).toBe('23 lượt đoàn viên');
    expect(outcomeText({ label: 'hộ dân đồng thuận', value: 100, unit: '%', atLeast: false })).toBe('100% hộ dân đồng thuận');
  });
});
