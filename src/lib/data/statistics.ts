/**
 * The figures of the statistics page, one chart at a time: the same rows feed the SVG and
 * the table under it, so the two cannot disagree. Every chart states what it covers.
 */
import type { BarInput } from './chart';
import type { Catalog, Group, ModelLink } from '../catalog/catalog';
import { quantity, vnd } from '../catalog/figures';
import { formatCoverage, formatDate, formatNumber } from '../text/format';
import { currentSince, dayBefore, groupAsNamed, groupByToday, sameUnits, UNKNOWN_PLACE, unitsOn, type PlaceGrouping } from './by-place';
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

function placeChart(id: string, title: string, grouping: PlaceGrouping, of: number): StatChart {
  const rows = grouping.rows.map((r) => countRow(r.label, r.models.length, r.url)).sort(byCountThenName);
  const unknown = grouping.unknown.models.length;
  if (unknown > 0) rows.push(countRow(UNKNOWN_PLACE, unknown, undefined, 'unknown'));
  return countChart(id, title, 'Xã, thị trấn', rows, formatCoverage(of - unknown, of, 'mô hình ghi rõ xã, thị trấn'));
}

function sinceLabel(since: Date | undefined, word: 'từ' | 'trước'): string {
  return since === undefined ? '' : ` (${word} ${formatDate(since)})`;
}

/** Models by today's communes (a model placed in a former unit counts in the commune it became part of). */
export function communeChart(catalog: Pick<Catalog, 'byCommuneToday' | 'communes' | 'models'>): StatChart {
  const grouping = groupByToday(catalog.models, catalog, '');
  return placeChart('theo-xa-hien-nay', `Mô hình theo xã hiện nay${sinceLabel(currentSince(catalog.communes), 'từ')}`, grouping, catalog.models.length);
}

/** Models by the units as the sources name them, every unit of the map before today's listed. */
export function communeChartThen(catalog: Pick<Catalog, 'byCommuneToday' | 'communes' | 'models'>): StatChart {
  const grouping = groupAsNamed(catalog.models, catalog, '');
  return placeChart('theo-xa-luc-nguon-ghi', `Mô hình theo xã, thị trấn lúc nguồn ghi${sinceLabel(currentSince(catalog.communes), 'trước')}`, grouping, catalog.models.length);
}

export interface CommuneCharts {
  /** Which chart counts by which units; the page links the communes index after it. */
  explanation: string;
  /** Today's communes first; the units as the sources name them second, unless they are the same units. */
  charts: StatChart[];
}

/** The commune charts both ways, with the sentence saying which is which. */
export function communeCharts(catalog: Pick<Catalog, 'byCommuneToday' | 'communes' | 'models'>): CommuneCharts {
  const today = communeChart(catalog);
  const then = communeChartThen(catalog);
  const since = currentSince(catalog.communes);
  const same = sameUnits(groupByToday(catalog.models, catalog, ''), groupAsNamed(catalog.models, catalog, ''));
  if (since === undefined || same) {
    return { explanation: 'Các nguồn ghi địa bàn theo xã, thị trấn hiện nay.', charts: [today] };
  }
  const ended = unitsOn(catalog.communes, dayBefore(since)).filter((c) => !c.current).length;
  const formed = catalog.communes.filter((c) => c.current && c.data.validFrom?.getTime() === since.getTime()).length;
  return {
    explanation:
      `Nguồn ghi địa bàn theo xã, thị trấn lúc viết. Từ ${formatDate(since)}, ${ended} xã, thị trấn được sắp xếp thành ${formed} xã. ` +
      'Biểu đồ thứ nhất đếm theo xã hiện nay: mô hình ở một xã, thị trấn cũ được tính vào xã nay gồm đơn vị đó. ' +
      'Biểu đồ thứ hai đếm theo đúng xã, thị trấn nguồn ghi, như trước khi sắp xếp.',
    charts: [today, then],
  };
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

/** The statistics page lists this many chains, the longest first: the page must not grow with the catalogue. */
export const CHAINS_SHOWN = 10;

export interface ReplicationSummary {
  counts: ModelCounts['replicated'];
  /** Models that name the model they copy. */
  copies: number;
  /** The longest chains, at most CHAINS_SHOWN; every model page shows its own chains. */
  chains: ModelLink[][];
  /** How many chains there are in all. */
  chainCount: number;
}

export function replicationSummary(models: Catalog['models']): ReplicationSummary {
  const counts = countModels(models.map((m) => m.data));
  const chains = replicationChains(models);
  // A stable sort: chains of the same length keep replicationChains' order.
  const longest = [...chains].sort((a, b) => b.length - a.length).slice(0, CHAINS_SHOWN);
  return { counts: counts.replicated, copies: counts.copies, chains: longest, chainCount: chains.length };
}
