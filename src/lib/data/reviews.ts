/**
 * The printable review reports (báo cáo số liệu) that leaders paste into a sơ kết or tổng kết:
 * one for the whole period, one per year, one per commune. Where a report groups or names communes it
 * uses the units of its period by default (a year's: those of its last day), then today's communes.
 *
 * "Year" is the year of the review that records a model (the last year of its period), not the
 * year the model started: the sources give no start years yet, and a year is never guessed.
 */
import type { Catalog, CommuneView, ModelView, ReportView } from '../catalog/catalog';
import { dataSets, paths, reviewSlugs } from '../site/paths';
import { capitalised, formatDate } from '../text/format';
import { compareVi } from '../text/vietnamese';
import { computeTotals, type Totals } from '../catalog/totals';
import { datedLabel, formerDatedLabel, namesakeLabel, placeLine } from '../places/labels';
import { currentSince, formerUnitsOf, placeList, groupAsNamed, groupByFormer, groupByToday, groupOnDay, lastDayOf, sameUnits, type PlaceGrouping, type Places } from './by-place';

export type ReviewKind = 'all' | 'year' | 'commune';

export interface Review {
  kind: ReviewKind;
  /** Path under /so-lieu/bao-cao/: "toan-giai-doan", "nam/2019", "xa/ha-mon". */
  slug: string;
  url: string;
  /** Short name for lists and breadcrumbs: "Năm 2019". */
  label: string;
  title: string;
  /** What the report includes, and why. */
  explanation: string;
  models: ModelView[];
  totals: Totals;
  /** Reviews whose declared totals are shown beside the documented ones. */
  reports: ReportView[];
  /** Name of its data files under /du-lieu/ (see paths.dataFile). */
  data: string;
  /** The report's groupings by commune: its default first (the units of its period), then today's. */
  groupings: PlaceGrouping[];
  /** The model list: one list, or one per former unit in the report of a commune of today. */
  lists: ReviewList[];
  /** The commune of a commune's report. */
  commune?: CommuneView;
  /** For a commune's report: what the unit became, or what it was formed from. */
  placeNote?: PlaceNote;
}

export interface ReviewList {
  /** "xã Hà Mòn (đến 30/06/2025)"; absent for the report's single list. */
  heading?: string;
  models: ModelView[];
}

export interface PlaceNote {
  text: string;
  /** The report of the commune it became part of. */
  link?: { href: string; label: string };
}

type ReviewSource = Pick<Catalog, 'models' | 'reports'> & Places;

/** Why year reports go by the reviewing report's year; shown on the index and each year page. */
export const YEAR_MEANING =
  'Báo cáo theo năm xếp mô hình theo năm của báo cáo sơ kết, tổng kết đã ghi nhận mô hình (năm cuối của giai đoạn báo cáo), không theo năm bắt đầu: nguồn chưa nêu năm bắt đầu thì trang không đoán năm thay. Năm bắt đầu, khi nguồn có nêu, được ghi kèm từng mô hình.';

/** The year of the review a model's facts come from; undefined when it cites none. */
export function reportYear(model: Pick<ModelView, 'source'>): number | undefined {
  return model.source?.data.periodEnd;
}

type ReviewFields = Omit<Review, 'kind' | 'slug' | 'url' | 'totals' | 'lists'> & { lists?: ReviewList[] };

function review(kind: ReviewKind, slug: string, fields: ReviewFields): Review {
  return { kind, slug, url: paths.review(slug), totals: computeTotals(fields.models.map((m) => m.data)), lists: [{ models: fields.models }], ...fields };
}

const TODAY_EXPLANATION = 'Mỗi xã hiện nay được ghi kèm các xã, thị trấn cũ hợp thành nó, mỗi đơn vị cũ với số liệu riêng.';

/** The default grouping, then today's unless it lists the same units. */
function withToday(first: PlaceGrouping, models: readonly ModelView[], places: Places, same: string): PlaceGrouping[] {
  const today = groupByToday(models, places, TODAY_EXPLANATION);
  return sameUnits(first, today) ? [{ ...first, explanation: `${first.explanation} ${same}` }] : [first, today];
}

/** For a report over several years, or of unknown year: the units as the sources name them, then today's. */
function namedGroupings(models: readonly ModelView[], places: Places, what: string): PlaceGrouping[] {
  const since = currentSince(places.communes);
  const before = since === undefined ? '' : ` Mỗi xã, thị trấn tồn tại trước ${formatDate(since)} có một dòng, kể cả khi chưa có mô hình.`;
  const first = groupAsNamed(models, places, `${what} nên mô hình được xếp theo xã, thị trấn đúng như nguồn ghi, là đơn vị lúc nguồn viết.${before}`);
  return withToday(first, models, places, 'Đó cũng là các đơn vị hành chính hiện nay.');
}

/** For a year's report: the units that existed on its last day, then today's. */
function yearGroupings(year: number, models: readonly ModelView[], places: Places): PlaceGrouping[] {
  const day = lastDayOf(year);
  const first = groupOnDay(
    models,
    places,
    day,
    `Báo cáo năm ${year} dùng các xã, thị trấn tồn tại ngày ${formatDate(day)}, cuối năm báo cáo: mô hình được tính vào đơn vị mà nơi nguồn ghi thuộc về ngày đó.`,
  );
  return withToday(first, models, places, 'Đó cũng là các đơn vị hành chính hiện nay.');
}

/** Report titles often quote the movement's name already, so they are not quoted again. */
function titlesOf(reports: readonly ReportView[]): string {
  return reports.map((r) => r.data.title).join('; ');
}

/**
 * Results by catalog: the report pages, their Word files, their index and the open data each ask
 * for the same reviews in one build; the dev server's new catalog after an edit gets its own.
 */
function perCatalog<C extends object>(compute: (catalog: C) => Review[]): (catalog: C) => Review[] {
  const known = new WeakMap<C, Review[]>();
  return (catalog) => {
    let result = known.get(catalog);
    if (!result) {
      result = compute(catalog);
      known.set(catalog, result);
    }
    return result;
  };
}

export const yearReviews = perCatalog((catalog: ReviewSource): Review[] => {
  const { models, reports } = catalog;
  const years = [...new Set([...reports.map((r) => r.data.periodEnd), ...models.map(reportYear)])];
  years.sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : b - a));
  return years.map((year) => {
    const inYear = models.filter((m) => reportYear(m) === year);
    if (year === undefined) {
      return review('year', reviewSlugs.year(undefined), {
        label: 'Chưa rõ năm báo cáo',
        title: 'Báo cáo số liệu: mô hình chưa rõ năm báo cáo',
        explanation: 'Các mô hình dưới đây đã có bài nhưng chưa dẫn báo cáo sơ kết, tổng kết nào, nên chưa rõ năm báo cáo.',
        models: inYear,
        reports: [],
        data: dataSets.reportYear(undefined),
        groupings: namedGroupings(inYear, catalog, 'Chưa rõ năm báo cáo,'),
      });
    }
    const yearReports = reports.filter((r) => r.data.periodEnd === year);
    return review('year', reviewSlugs.year(year), {
      label: `Năm ${year}`,
      title: `Báo cáo số liệu năm ${year}`,
      explanation: `Mô hình được ghi nhận trong báo cáo có giai đoạn kết thúc năm ${year}: ${titlesOf(yearReports)}.`,
      models: inYear,
      reports: yearReports,
      data: dataSets.reportYear(year),
      groupings: yearGroupings(year, inYear, catalog),
    });
  });
});

/** What a unit became ("nay thuộc xã Đăk Ui, tỉnh Quảng Ngãi (từ 01/07/2025)"), or what it was formed from. */
export function placeNote(commune: CommuneView): PlaceNote | undefined {
  const self = (c: CommuneView) => capitalised(`${placeLine(c.data)}${c.period === '' ? '' : ` (${c.period})`}`);
  const by = (act: CommuneView['formedBy']) => (act ? `, theo ${act.label}` : '');
  if (commune.today) {
    const { today } = commune;
    const period = today.period === '' ? '' : ` (${today.period})`;
    return {
      text: `${self(commune)} nay thuộc ${today.label}, ${today.province}${period}${by(commune.endedBy)}.`,
      link: { href: paths.review(reviewSlugs.commune(today.id)), label: `báo cáo số liệu ${today.label}` },
    };
  }
  // A former unit named as the commune it became part of reads "cũ": "được lập từ xã Đăk Ngọk, xã Đăk Ui cũ".
  const former = commune.formedFrom.map((f) => ({ label: namesakeLabel(f, commune) }));
  if (former.length > 0) return { text: `${self(commune)} được lập từ ${placeList(former)}${by(commune.formedBy)}.` };
  return undefined;
}

export function communeReviews(catalog: Pick<Catalog, 'byCommune' | 'byCommuneToday' | 'models'>): Review[] {
  const unknown = catalog.models.filter((m) => !m.commune).length;
  const apart = unknown > 0 ? ` ${unknown} mô hình chưa rõ xã, thị trấn chỉ có trong báo cáo toàn giai đoạn và báo cáo theo năm.` : '';
  const todayById = new Map(catalog.byCommuneToday.map((g) => [g.key.id, g]));
  return catalog.byCommune.map((group) => {
    const commune = group.key;
    const today = todayById.get(commune.id);
    const merged = today !== undefined && commune.formedFrom.length > 0;
    const name = formerDatedLabel(commune);
    return review('commune', reviewSlugs.commune(commune.id), {
      label: capitalised(name),
      title: `Báo cáo số liệu ${name}`,
      explanation: merged
        ? `Mô hình trên địa bàn ${commune.label} hiện nay, gồm cả những mô hình nguồn ghi ở các xã, thị trấn cũ nay thuộc xã, theo các bài đã đăng.${apart}`
        : `Mô hình diễn ra ở ${name}, theo các bài đã đăng.${apart}`,
      models: group.models,
      reports: [],
      data: dataSets.commune(commune.id),
      groupings: merged ? [groupByFormer(today, 'Mỗi xã, thị trấn cũ một dòng, kể cả khi chưa có mô hình; mô hình được xếp theo nơi nguồn ghi.')] : [],
      lists: merged
        ? formerUnitsOf(today).filter((f) => f.models.length > 0).map((f) => ({ heading: datedLabel(f.key), models: f.models }))
        : [{ models: group.models }],
      commune,
      placeNote: placeNote(commune),
    });
  });
}

/** Every review report: the whole period first, then by year, then by commune. */
export const reviews = perCatalog((catalog: ReviewSource & Pick<Catalog, 'byCommune'>): Review[] => {
  const whole = review('all', reviewSlugs.all, {
    label: 'Toàn giai đoạn',
    title: 'Báo cáo số liệu toàn giai đoạn',
    explanation: `Tất cả ${catalog.models.length} mô hình đã có bài trên trang, không giới hạn năm hay xã.`,
    models: catalog.models,
    reports: catalog.reports,
    data: dataSets.all,
    groupings: namedGroupings(catalog.models, catalog, 'Báo cáo toàn giai đoạn gồm nhiều năm,'),
  });
  return [whole, ...yearReviews(catalog), ...communeReviews(catalog)];
});

/** Models in the order a printed list reads best: by unit (models without one last), then by title. */
export function reviewOrder(models: readonly ModelView[]): ModelView[] {
  const unitOf = (m: ModelView) => m.unit?.data.shortName;
  return [...models].sort((a, b) => {
    const [ua, ub] = [unitOf(a), unitOf(b)];
    const byUnit = ua === ub ? 0 : ua === undefined ? 1 : ub === undefined ? -1 : compareVi(ua, ub);
    return byUnit || compareVi(a.data.title, b.data.title);
  });
}

/** One row of a review's model table: the model, its number in its list, and the list it is in. */
export interface ReviewRow {
  model: ModelView;
  /** STT: 1 for the first model of its list. */
  number: number;
  /** Which of the review's lists: its heading and length; no heading for a review's single list. */
  list: { heading?: string; size: number };
}

/** Every row of a review's model tables, list after list, each list in reviewOrder: what its pages cut. */
export function reviewRows(review: Pick<Review, 'lists'>): ReviewRow[] {
  return review.lists.flatMap((list) => reviewOrder(list.models).map((model, i) => ({ model, number: i + 1, list: { heading: list.heading, size: list.models.length } })));
}

/** Consecutive rows of the same list, for one table each: a page of rows may end one list and start the next. */
export function rowsByList(rows: readonly ReviewRow[]): { heading?: string; size: number; rows: ReviewRow[] }[] {
  const tables: { heading?: string; size: number; rows: ReviewRow[] }[] = [];
  for (const row of rows) {
    const last = tables.at(-1);
    if (last && row.number > 1) last.rows.push(row);
    else tables.push({ ...row.list, rows: [row] });
  }
  return tables;
}

/** The newest publication or correction date among the models: "figures as of" on a printed report. */
export function latestUpdate(models: readonly Pick<ModelView, 'data'>[]): Date | undefined {
  const times = models.map((m) => (m.data.updatedAt ?? m.data.publishedAt).getTime());
  return times.length === 0 ? undefined : new Date(Math.max(...times));
}

export interface ReviewSection {
  /** "Xã hiện nay (từ 01/07/2025)", "Xã, thị trấn trước 01/07/2025". */
  title: string;
  reviews: Review[];
}

/** The communes' reports for the index: today's communes, then the former units. */
export function communeReviewSections(all: readonly Review[], communes: readonly CommuneView[]): ReviewSection[] {
  const ofCommunes = all.filter((r) => r.kind === 'commune');
  const since = currentSince(communes);
  const sections = [
    { title: since ? `Xã hiện nay (từ ${formatDate(since)})` : 'Xã, thị trấn hiện nay', reviews: ofCommunes.filter((r) => r.commune?.current) },
    { title: since ? `Xã, thị trấn trước ${formatDate(since)}` : 'Xã, thị trấn trước đây', reviews: ofCommunes.filter((r) => !r.commune?.current) },
  ];
  return sections.filter((s) => s.reviews.length > 0);
}
