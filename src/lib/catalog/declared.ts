/** What a review declares beside what the site's articles document. */
import type { Report } from '../../schemas/report';
import type { ModelView, ReportView } from './catalog';
import { countModels, type CountedModel } from './totals';

export interface DeclaredRow {
  label: string;
  /** The review's figure; absent when it does not state one. */
  declared?: number;
  /** How many of those have an article on the site. */
  documented: number;
}

/** One row per declared total, with the articles that document it. */
export function declaredVsDocumented(declared: Report['declared'], documentedModels: readonly CountedModel[]): DeclaredRow[] {
  const counts = countModels(documentedModels);
  return [
    { label: 'Tổng số mô hình', declared: declared.models, documented: counts.total },
    { label: 'Mô hình tập thể', declared: declared.collective, documented: counts.collective },
    { label: 'Mô hình cá nhân', declared: declared.individual, documented: counts.individual },
    { label: 'Mô hình được nhân rộng', declared: declared.replicated, documented: counts.replicated.count },
  ];
}

/** "7/23 mô hình đã có bài"; without a declared total, "7 mô hình đã có bài". */
export function documentedShare(row: DeclaredRow): string {
  return row.declared === undefined ? `${row.documented} mô hình đã có bài` : `${row.documented}/${row.declared} mô hình đã có bài`;
}

/** The models whose facts come from a review, and its declared totals beside them. */
export function reportComparison(report: Pick<ReportView, 'id' | 'data'>, models: readonly ModelView[]): { documented: ModelView[]; rows: DeclaredRow[] } {
  const documented = models.filter((m) => m.source?.id === report.id);
  return { documented, rows: declaredVsDocumented(report.data.declared, documented.map((m) => m.data)) };
}
