/**
 * The printable review reports (báo cáo số liệu) that leaders paste into a sơ kết or tổng kết:
 * one for the whole period, one per year, one per commune.
 *
 * "Year" is the year of the review that records a model (the last year of its period), not the
 * year the model started: the sources give no start years yet, and a year is never guessed.
 */
import type { Catalog, ModelView, ReportView } from '../catalog/catalog';
import { dataSets, paths, reviewSlugs } from '../site/paths';
import { compareVi } from '../text/vietnamese';
import { computeTotals, type Totals } from '../catalog/totals';

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
}

/** Why year reports go by the reviewing report's year; shown on the index and each year page. */
export const YEAR_MEANING =
  'Báo cáo theo năm xếp mô hình theo năm của báo cáo sơ kết, tổng kết đã ghi nhận mô hình (năm cuối của giai đoạn báo cáo), không theo năm bắt đầu: nguồn chưa nêu năm bắt đầu thì trang không đoán năm thay. Năm bắt đầu, khi nguồn có nêu, được ghi kèm từng mô hình.';

/** The year of the review a model's facts come from; undefined when it cites none. */
export function reportYear(model: Pick<ModelView, 'source'>): number | undefined {
  return model.source?.data.periodEnd;
}

function review(kind: ReviewKind, slug: string, fields: Omit<Review, 'kind' | 'slug' | 'url' | 'totals'>): Review {
  return { kind, slug, url: paths.review(slug), totals: computeTotals(fields.models.map((m) => m.data)), ...fields };
}

/** Report titles often quote the movement's name already, so they are not quoted again. */
function titlesOf(reports: readonly ReportView[]): string {
  return reports.map((r) => r.data.title).join('; ');
}

export function yearReviews({ models, reports }: Pick<Catalog, 'models' | 'reports'>): Review[] {
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
    });
  });
}

export function communeReviews({ byCommune, models }: Pick<Catalog, 'byCommune' | 'models'>): Review[] {
  const unknown = models.filter((m) => !m.commune).length;
  const apart = unknown > 0 ? ` ${unknown} mô hình chưa rõ xã, thị trấn chỉ có trong báo cáo toàn giai đoạn.` : '';
  return byCommune.map((group) =>
    review('commune', reviewSlugs.commune(group.key.id), {
      label: group.key.label.charAt(0).toLocaleUpperCase('vi') + group.key.label.slice(1),
      title: `Báo cáo số liệu ${group.key.label}`,
      explanation: `Mô hình diễn ra ở ${group.key.label}, theo các bài đã đăng.${apart}`,
      models: group.models,
      reports: [],
      data: dataSets.commune(group.key.id),
    }),
  );
}

/** Every review report: the whole period first, then by year, then by commune. */
export function reviews(catalog: Pick<Catalog, 'models' | 'reports' | 'byCommune'>): Review[] {
  const whole = review('all', reviewSlugs.all, {
    label: 'Toàn giai đoạn',
    title: 'Báo cáo số liệu toàn giai đoạn',
    explanation: `Tất cả ${catalog.models.length} mô hình đã có bài trên trang, không giới hạn năm hay xã.`,
    models: catalog.models,
    reports: catalog.reports,
    data: dataSets.all,
  });
  return [whole, ...yearReviews(catalog), ...communeReviews(catalog)];
}

/** Models in the order a printed list reads best: by unit (models without one last), then by title. */
export function reviewOrder(models: readonly ModelView[]): ModelView[] {
  const unitOf = (m: ModelView) => m.unit?.data.shortName;
  return [...models].sort((a, b) => {
    const [ua, ub] = [unitOf(a), unitOf(b)];
    const byUnit = ua === ub ? 0 : ua === undefined ? 1 : ub === undefined ? -1 : compareVi(ua, ub);
    return byUnit || compareVi(a.data.title, b.data.title);
  });
}

/** The newest publication or correction date among the models: "figures as of" on a printed report. */
export function latestUpdate(models: readonly Pick<ModelView, 'data'>[]): Date | undefined {
  const times = models.map((m) => (m.data.updatedAt ?? m.data.publishedAt).getTime());
  return times.length === 0 ? undefined : new Date(Math.max(...times));
}
