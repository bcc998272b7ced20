/** Display text for figures and totals: the words a reader sees, with "trên" and unknowns. */
import type { Funding } from '../schemas/model';
import { formatCoverage, formatQuantity, formatVnd, withAtLeast } from './format';
import { fundingSourceLabel } from './labels';
import type { Amount, Coverage, FundingTotals } from './totals';

/** Shown wherever the source gives no figure. */
export const NOT_REPORTED = 'chưa có số liệu';

export function vnd(amount: Amount | null): string {
  return amount === null ? NOT_REPORTED : withAtLeast(formatVnd(amount.value), amount.atLeast);
}

export function quantity(amount: Amount, unit: string): string {
  return withAtLeast(formatQuantity(amount.value, unit), amount.atLeast);
}

/** "của 4/7 mô hình có số liệu". */
export function coverage(c: Coverage): string {
  return `của ${formatCoverage(c.known, c.of)}`;
}

export interface FigureLine {
  label: string;
  value: string;
}

/** The funding lines of one model: each source, then the part the source does not attribute. */
export function modelFundingLines(funding: Funding): FigureLine[] {
  const lines = funding.sources.map((s) => ({ label: fundingSourceLabel(s.from), value: vnd({ value: s.amount, atLeast: s.atLeast }) }));
  const attributed = funding.sources.reduce((sum, s) => sum + s.amount, 0);
  const rest = funding.total - attributed;
  if (rest > 0) lines.push({ label: 'Chưa phân tách nguồn', value: vnd({ value: rest, atLeast: funding.atLeast }) });
  return lines;
}

/** The funding lines of a set of models, with the part not broken down. */
export function totalFundingLines(funding: FundingTotals): FigureLine[] {
  const lines = funding.bySource.map((s) => ({ label: fundingSourceLabel(s.from), value: vnd(s.amount) }));
  if (funding.notBrokenDown && (funding.notBrokenDown.value > 0 || funding.notBrokenDown.atLeast)) {
    lines.push({ label: 'Chưa phân tách nguồn', value: vnd(funding.notBrokenDown) });
  }
  return lines;
}
