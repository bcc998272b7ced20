import { describe, expect, it } from 'vitest';
import { model } from '../../../tests/fixtures';
import { beneficiaryTotals, benefitTotals, computeTotals, countModels, fundingTotals } from './totals';

describe('countModels', () => {
  it('counts kinds, and replication only where an article says', () => {
    const counts = countModels([
      model({ kind: 'collective', replicated: true }),
      model({ kind: 'collective' }),
      model({ kind: 'individual', person: 'Đào Thị Chiên', replicated: false }),
      model({ kind: 'collective', replicatedFrom: 'x' }),
    ]);
    expect(counts).toEqual({
      total: 4,
      collective: 3,
      individual: 1,
      replicated: { count: 1, coverage: { known: 2, of: 4 } },
      copies: 1,
    });
  });
});

describe('fundingTotals', () => {
  it('is unknown, not zero, when no model reports funding', () => {
    const totals = fundingTotals([model(), model()]);
    expect(totals.total).toBeNull();
    expect(totals.notBrokenDown).toBeNull();
    expect(totals.coverage).toEqual({ known: 0, of: 2 });
  });

  it('adds the seed’s four funded models to 294.000.000 đ, with partial breakdowns', () => {
    const totals = fundingTotals([
      model({ funding: { total: 12_000_000, atLeast: false, sources: [{ from: ['nhan-dan'], amount: 12_000_000, atLeast: false }] } }),
      model({ funding: { total: 80_000_000, atLeast: false, sources: [{ from: ['nhan-dan', 'doanh-nghiep'], amount: 40_000_000, atLeast: false }] } }),
      model({ funding: { total: 12_000_000, atLeast: false, sources: [{ from: ['doan-vien'], amount: 12_000_000, atLeast: false }] } }),
      model({ funding: { total: 190_000_000, atLeast: false, sources: [{ from: ['doanh-nghiep', 'nhan-dan'], amount: 190_000_000, atLeast: false }] } }),
      model({ benefit: { amount: 150_000_000, atLeast: true } }),
      model(),
      model(),
    ]);
    expect(totals.total).toEqual({ value: 294_000_000, atLeast: false });
    expect(totals.coverage).toEqual({ known: 4, of: 7 });
    expect(totals.notBrokenDown).toEqual({ value: 40_000_000, atLeast: false });
    expect(totals.bySource.map((s) => [s.key, s.amount.value, s.models])).toEqual([
      ['doanh-nghiep+nhan-dan', 230_000_000, 2],
      ['doan-vien', 12_000_000, 1],
      ['nhan-dan', 12_000_000, 1],
    ]);
    const sourced = totals.bySource.reduce((sum, s) => sum + s.amount.value, 0);
    expect(sourced + totals.notBrokenDown!.value).toBe(totals.total!.value);
  });

  it('carries "trên" from any part into the sum', () => {
    const totals = fundingTotals([
      model({ funding: { total: 10, atLeast: true, sources: [] } }),
      model({ funding: { total: 5, atLeast: false, sources: [] } }),
    ]);
    expect(totals.total).toEqual({ value: 15, atLeast: true });
    expect(totals.notBrokenDown).toEqual({ value: 15, atLeast: true });
  });

  it('reports zero not broken down when every total is fully attributed', () => {
    const totals = fundingTotals([model({ funding: { total: 10, atLeast: false, sources: [{ from: ['khac'], amount: 10, atLeast: false }] } })]);
    expect(totals.notBrokenDown).toEqual({ value: 0, atLeast: false });
  });
});

describe('beneficiaryTotals', () => {
  it('never adds counts across units, and adds within a (group, unit)', () => {
    const { lines, coverage } = beneficiaryTotals([
      model({ beneficiaries: [{ group: 'học sinh khó khăn', count: 821, unit: 'lượt', atLeast: false }] }),
      model({ beneficiaries: [{ group: 'hộ dân', count: 25, unit: 'hộ', atLeast: false }] }),
      model({ beneficiaries: [{ group: 'Học sinh khó khăn', count: 100, unit: 'lượt', atLeast: true }] }),
      model(),
    ]);
    expect(lines).toEqual([
      { group: 'học sinh khó khăn', unit: 'lượt', count: { value: 921, atLeast: true }, models: 2 },
      { group: 'hộ dân', unit: 'hộ', count: { value: 25, atLeast: false }, models: 1 },
    ]);
    expect(coverage).toEqual({ known: 3, of: 4 });
  });
});

describe('benefitTotals and computeTotals', () => {
  it('keeps economic benefit apart from funding', () => {
    const models = [
      model({ funding: { total: 12_000_000, atLeast: false, sources: [] } }),
      model({ kind: 'individual', person: 'Đào Thị Chiên', benefit: { amount: 150_000_000, atLeast: true } }),
    ];
    expect(benefitTotals(models)).toEqual({ total: { value: 150_000_000, atLeast: true }, coverage: { known: 1, of: 2 } });
    const totals = computeTotals(models);
    expect(totals.funding.total?.value).toBe(12_000_000);
    expect(totals.benefit.total?.value).toBe(150_000_000);
  });

  it('reports unknown benefit as null', () => {
    expect(benefitTotals([model()]).total).toBeNull();
  });
});
