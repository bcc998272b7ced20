/** Display text for figures and totals: the words a reader sees, with "trên" and unknowns. */
import type { Beneficiary, Funding, Outcome } from '../../schemas/model';
import { formatCoverage, formatNumber, formatQuantity, formatVnd, withAtLeast } from '../text/format';
import { fundingSourceLabel } from './labels';
import { compareVi, fold } from '../text/vietnamese';
import type { Amount, Coverage, FundingTotals, Totals } from './totals';

/** Shown wherever the source gives no figure. */
export const NOT_REPORTED = 'chưa có số liệu';

export function vnd(amount: Amount | null): string {
  return amount === null ? NOT_REPORTED : withAtLeast(formatVnd(amount.value), amount.atLeast);
}

export function quantity(amount: Amount, unit: string): string {
  return withAtLeast(formatQuantity(amount.value, unit), amount.atLeast);
}

/** "821 lượt học sinh có hoàn cảnh khó khăn"; "trên" kept. */
export function beneficiaryText(b: Pick<Beneficiary, 'group' | 'unit'> & { count: number | Amount; atLeast?: boolean }): string {
  const amount = typeof b.count === 'number' ? { value: b.count, atLeast: b.atLeast ?? false } : b.count;
  return `${quantity(amount, b.unit)} ${afterUnit(b.group, b.unit)}`;
}

/** "hộ dân …" after "25 hộ" reads "25 hộ dân …", not "25 hộ hộ dân …": the counted word is not said twice. */
function afterUnit(words: string, unit: string): string {
  if (!fold(words).startsWith(`${fold(unit)} `)) return words;
  return words.trim().split(/\s+/).slice(unit.trim().split(/\s+/).length).join(' ');
}

/** "100% hộ dân đồng thuận", "5 km hoa…"; "trên" kept. */
export function outcomeText(o: Outcome): string {
  return `${withAtLeast(formatQuantity(o.value, o.unit), o.atLeast)} ${afterUnit(o.label, o.unit)}`;
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

export interface SummaryRow {
  label: string;
  value: string;
  /** Coverage or a caveat: "của 4/7 mô hình có số liệu". */
  note?: string;
  /** A part of the row above it (a source of funding, a group of beneficiaries). */
  part?: boolean;
}

/**
 * The totals of a set of models as table rows, ready to paste into a review: every total with its
 * coverage; beneficiaries grouped by counting unit, largest first.
 */
export function summaryRows(totals: Totals): SummaryRow[] {
  const { counts, funding, benefit, beneficiaries, beneficiaryCoverage } = totals;
  const replicated = counts.replicated;
  return [
    { label: 'Mô hình có bài', value: formatNumber(counts.total) },
    { label: 'Tập thể', value: formatNumber(counts.collective), part: true },
    { label: 'Cá nhân', value: formatNumber(counts.individual), part: true },
    {
      label: 'Được nhân rộng',
      value: replicated.coverage.known === 0 ? NOT_REPORTED : formatNumber(replicated.count),
      note: formatCoverage(replicated.coverage.known, replicated.coverage.of, 'mô hình ghi rõ'),
    },
    { label: 'Kinh phí vận động', value: vnd(funding.total), note: coverage(funding.coverage) },
    ...totalFundingLines(funding).map((line) => ({ ...line, part: true })),
    {
      label: 'Người hưởng lợi',
      value: beneficiaries.length === 0 ? NOT_REPORTED : '',
      note: `${coverage(beneficiaryCoverage)}; mỗi dòng một đơn vị đếm, không cộng lẫn`,
    },
    ...[...beneficiaries]
      .sort((a, b) => compareVi(a.unit, b.unit) || b.count.value - a.count.value)
      .map((line) => ({ label: line.group, value: quantity(line.count, line.unit), part: true })),
    { label: 'Làm lợi cho Nhân dân', value: vnd(benefit.total), note: `${coverage(benefit.coverage)}; không cộng vào kinh phí` },
  ];
}
