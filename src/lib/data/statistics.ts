/**
 * The figures of the statistics page, one chart at a time: the same rows feed the SVG and
 * the table under it, so the two cannot disagree. Every chart states what it covers.
 */
import type { BarInput } from './chart';
import type { Catalog, Group, ModelLink } from '../catalog/catalog';
import { quantity, vnd } from '../catalog/figures';
import { formatCoverage, formatNumber } from '../text/format';
import { fundingSourceLabel, modelKindLabels } from '../catalog/labels';
import { replicationChains } from '../catalog/lineage';
import { paths } from '../site/paths';
import { compareVi, fold } from '../text/vietnamese';
import { countModels, type ModelCounts } from '../catalog/totals';

export interface StatRow extends BarInput {
  /** The page that lists these models, where there is one. */
  href?: string;
}

export interface StatChart {
  /** Stable id: the HTML anchor and data-chart attribute. */
  id: string;
  title: string;
  labelHeader: string;
  valueHeader: string;
  rows: StatRow[];
  /** How many models the figures cover: "4/7 mô hình có số liệu kinh phí". */
  coverage: string;
  note?: string;
}

/** What a screen reader hears for the chart: every figure, then the coverage. */
export function chartDescription(chart: StatChart): string {
  const figures = chart.rows.map((r) => `${r.label}: ${r.valueLabel}`).join('; ');
  return `${chart.labelHeader} và ${chart.valueHeader.toLocaleLowerCase('vi')}. ${figures || 'Không có số liệu'}. ${chart.coverage}.`;
}

function countRow(label: string, count: number, href?: string, tone: StatRow['tone'] = 'known'): StatRow {
  return { label, value: count, valueLabel: formatNumber(count), href, tone };
}

/** Most models first; equal counts in Vietnamese alphabetical order. */
function byCountThenName(a: StatRow, b: StatRow): number {
  return b.value - a.value || compareVi(a.label, b.label);
}

function countChart(id: string, title: string, labelHeader: string, rows: StatRow[], coverage: string, note?: string): StatChart {
  return { id, title, labelHeader, valueHeader: 'Số mô hình', rows, coverage, note };
}

export function fieldChart({ byField, models }: Pick<Catalog, 'byField' | 'models'>): StatChart {
  const rows = byField.map((g) => countRow(g.key.data.name, g.models.length, g.key.url)).sort(byCountThenName);
  const sum = rows.reduce((acc, r) => acc + r.value, 0);
  const note = sum > models.length ? `Một mô hình có thể thuộc nhiều lĩnh vực, nên các cột cộng lại (${sum}) nhiều hơn số mô hình (${models.length}).` : undefined;
  return countChart('theo-linh-vuc', 'Mô hình theo lĩnh vực', 'Lĩnh vực', rows, formatCoverage(models.length, models.length, 'mô hình ghi rõ lĩnh vực'), note);
}

/** Models by today's communes (a model placed in a former unit counts in the commune it became part of). */
export function communeChart({ byCommuneToday, models }: Pick<Catalog, 'byCommuneToday' | 'models'>): StatChart {
  const rows = byCommuneToday.map((g) => countRow(g.key.label, g.models.length, g.key.url)).sort(byCountThenName);
  const unknown = models.filter((m) => !m.commune).length;
  if (unknown > 0) rows.push(countRow('Chưa rõ xã, thị trấn', unknown, undefined, 'unknown'));
  return countChart('theo-xa', 'Mô hình theo xã, thị trấn', 'Xã, thị trấn', rows, formatCoverage(models.length - unknown, models.length, 'mô hình ghi rõ xã, thị trấn'));
}

export function yearChart({ byYear, models }: Pick<Catalog, 'byYear' | 'models'>): StatChart {
  const rows = byYear.map((g) => countRow(g.key === undefined ? 'Chưa rõ năm bắt đầu' : String(g.key), g.models.length, g.url, g.key === undefined ? 'unknown' : 'known'));
  const unknown = byYear.find((g) => g.key === undefined)?.models.length ?? 0;
  const note = unknown > 0 ? `Nguồn chưa nêu năm bắt đầu của ${unknown} mô hình; trang không đoán năm thay.` : undefined;
  return countChart('theo-nam', 'Mô hình theo năm bắt đầu', 'Năm bắt đầu', rows, formatCoverage(models.length - unknown, models.length, 'mô hình ghi rõ năm bắt đầu'), note);
}

export function kindChart(counts: ModelCounts): StatChart {
  const rows = [
    countRow(modelKindLabels.collective, counts.collective, paths.modelsByKind('tap-the')),
    countRow(modelKindLabels.individual, counts.individual, paths.modelsByKind('ca-nhan')),
  ];
  return countChart('tap-the-ca-nhan', 'Mô hình tập thể và cá nhân', 'Hình thức', rows, formatCoverage(counts.total, counts.total, 'mô hình ghi rõ hình thức'));
}

export function fundingChart({ totals }: Pick<Group<unknown>, 'totals'>): StatChart {
  const { funding } = totals;
  const rows: StatRow[] = funding.bySource.map((s) => ({ label: fundingSourceLabel(s.from), value: s.amount.value, valueLabel: vnd(s.amount) }));
  const rest = funding.notBrokenDown;
  if (rest && (rest.value > 0 || rest.atLeast)) rows.push({ label: 'Chưa phân tách nguồn', value: rest.value, valueLabel: vnd(rest), tone: 'rest' });
  return {
    id: 'kinh-phi-theo-nguon',
    title: 'Kinh phí vận động theo nguồn',
    labelHeader: 'Nguồn',
    valueHeader: 'Số tiền',
    rows,
    coverage: `${formatCoverage(funding.coverage.known, funding.coverage.of, 'mô hình có số liệu kinh phí')}; tổng ${vnd(funding.total)}`,
    note: 'Phần “chưa phân tách nguồn” là tiền có trong tổng kinh phí mà nguồn không nói ai đóng góp. Tiền làm lợi cho Nhân dân không phải tiền vận động nên không có ở đây.',
  };
}

/** One chart per counting unit (lượt, hộ, người…): counts in different units are never added. */
export function beneficiaryCharts({ totals }: Pick<Group<unknown>, 'totals'>): StatChart[] {
  const units = new Map<string, StatRow[]>();
  const names = new Map<string, string>();
  for (const line of totals.beneficiaries) {
    const key = fold(line.unit);
    names.set(key, names.get(key) ?? line.unit);
    units.set(key, [...(units.get(key) ?? []), { label: line.group, value: line.count.value, valueLabel: quantity(line.count, line.unit) }]);
  }
  const { known, of } = totals.beneficiaryCoverage;
  return [...units.entries()].map(([key, rows]) => ({
    id: `nguoi-huong-loi-${key.replace(/[^a-z0-9]+/g, '-')}`,
    title: `Người hưởng lợi, đếm theo ${names.get(key)}`,
    labelHeader: 'Nhóm người hưởng lợi',
    valueHeader: `Số ${names.get(key)}`,
    rows: rows.sort((a, b) => b.value - a.value || compareVi(a.label, b.label)),
    coverage: formatCoverage(known, of, 'mô hình có số liệu người hưởng lợi'),
  }));
}

export interface ReplicationSummary {
  counts: ModelCounts['replicated'];
  /** Models that name the model they copy. */
  copies: number;
  chains: ModelLink[][];
}

export function replicationSummary(models: Catalog['models']): ReplicationSummary {
  const counts = countModels(models.map((m) => m.data));
  return { counts: counts.replicated, copies: counts.copies, chains: replicationChains(models) };
}
