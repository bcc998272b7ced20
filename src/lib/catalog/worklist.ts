/**
 * The editors' worklist (/bien-tap/): what is left to write, computed from the catalog. Per review,
 * how many of the models it declares still have no article; then the articles that lack a figure,
 * a commune, a start year, a picture or a source report; then the drafts, which the catalog leaves
 * out and which come from the raw collections.
 */
import type { Model } from '../../schemas/model';
import type { Report } from '../../schemas/report';
import { inspectBody } from '../content-check/body';
import type { Entry } from '../content-check/entry';
import { hasFigures } from '../content-check/rules';
import { formatNumber } from '../text/format';
import { compareVi } from '../text/vietnamese';
import type { Catalog, ModelView } from './catalog';
import { reportComparison, type DeclaredRow } from './declared';

export interface WorkLine {
  title: string;
  /** The article's page; absent for a draft, which has no page until it is published. */
  url?: string;
  /** The file to edit, from the project's folder: "content/models/x.mdx". */
  filePath: string;
  /** What is left, where the section needs more than the title: "còn 16/23 mô hình báo cáo nêu mà chưa có bài". */
  note?: string;
}

/** Also the section's anchor on the page: /bien-tap/#chua-co-anh. */
export type WorkSectionId = 'bao-cao' | 'chua-co-so-lieu' | 'chua-ghi-xa' | 'chua-ghi-nam' | 'chua-co-anh' | 'chua-dan-nguon' | 'ban-nhap';

export interface WorkSection {
  id: WorkSectionId;
  /** "Bài chưa có số liệu nào"; the page adds the count. */
  title: string;
  /** What the editor can do about it, naming the field to fill. */
  hint: string;
  lines: WorkLine[];
}

/** The entries of the raw collections the drafts are read from: the catalog keeps only what is published. */
export interface DraftSource {
  models: readonly Entry<Pick<Model, 'title' | 'draft'>>[];
  reports: readonly Entry<Pick<Report, 'title' | 'draft'>>[];
}

const fileOf = (entry: { id: string; filePath?: string }, folder: 'models' | 'reports') => entry.filePath ?? `content/${folder}/${entry.id}.mdx`;

/**
 * What a review's declared total leaves to write: "còn 16/23 mô hình báo cáo nêu mà chưa có bài".
 * Never negative, and nothing invented when the review gives no total.
 */
export function remainingText(row: Pick<DeclaredRow, 'declared' | 'documented'>): string {
  const { declared, documented } = row;
  if (declared === undefined) return `báo cáo không nêu tổng số mô hình; ${formatNumber(documented)} bài đã dẫn báo cáo này`;
  if (documented < declared) return `còn ${formatNumber(declared - documented)}/${formatNumber(declared)} mô hình báo cáo nêu mà chưa có bài`;
  if (documented === declared) return `đã có bài cho cả ${formatNumber(declared)}/${formatNumber(declared)} mô hình báo cáo nêu`;
  return `${formatNumber(documented)} bài dẫn báo cáo này, nhiều hơn ${formatNumber(declared)} mô hình báo cáo nêu: hãy xem lại trường source của các bài`;
}

/** Whether a model shows a picture: a cover, or a picture in its body (read from the renderer's own tree). */
export function hasPicture(model: Pick<ModelView, 'data' | 'body'>): boolean {
  return model.data.cover !== undefined || (model.body !== undefined && inspectBody(model.body).images.length > 0);
}

function modelLine(model: ModelView): WorkLine {
  return { title: model.data.title, url: model.url, filePath: fileOf(model, 'models') };
}

/** Every section, in the order the page shows them; a section with nothing left keeps its place, empty. */
export function worklist(catalog: Pick<Catalog, 'models' | 'reports'>, raw: DraftSource): WorkSection[] {
  const { models, reports } = catalog;
  const lacking = (missing: (m: ModelView) => boolean) => models.filter(missing).map(modelLine);
  const drafts = [
    ...raw.models.filter((m) => m.data.draft).map((m): WorkLine => ({ title: m.data.title, filePath: fileOf(m, 'models') })),
    ...raw.reports.filter((r) => r.data.draft).map((r): WorkLine => ({ title: r.data.title, filePath: fileOf(r, 'reports') })),
  ].sort((a, b) => compareVi(a.title, b.title) || a.filePath.localeCompare(b.filePath));
  return [
    {
      id: 'bao-cao',
      title: 'Mô hình báo cáo nêu, bài đã có',
      hint: 'Số mô hình mỗi báo cáo nêu, so với số bài ghi báo cáo đó trong trường source.',
      lines: reports.map((report) => {
        const [total] = reportComparison(report, models).rows;
        return { title: report.data.title, url: report.url, filePath: fileOf(report, 'reports'), note: remainingText(total!) };
      }),
    },
    {
      id: 'chua-co-so-lieu',
      title: 'Bài chưa có số liệu nào',
      hint: 'Không có funding, beneficiaries, outcomes hay benefit: nếu nguồn có nêu con số, hãy ghi vào; nếu không, để trống là đúng.',
      lines: lacking((m) => !hasFigures(m.data)),
    },
    { id: 'chua-ghi-xa', title: 'Bài chưa ghi xã, thị trấn', hint: 'Trường commune còn trống: ghi mã xã nếu nguồn có nêu.', lines: lacking((m) => m.data.commune === undefined) },
    { id: 'chua-ghi-nam', title: 'Bài chưa ghi năm bắt đầu', hint: 'Trường yearStarted còn trống: ghi năm nếu nguồn có nêu.', lines: lacking((m) => m.data.yearStarted === undefined) },
    { id: 'chua-co-anh', title: 'Bài chưa có ảnh', hint: 'Không có ảnh bìa (cover) và không có ảnh nào trong thân bài.', lines: lacking((m) => !hasPicture(m)) },
    { id: 'chua-dan-nguon', title: 'Bài chưa dẫn báo cáo nguồn', hint: 'Trường source còn trống: ghi mã báo cáo nếu số liệu lấy từ một báo cáo.', lines: lacking((m) => m.source === undefined) },
    { id: 'ban-nhap', title: 'Bản nháp chưa đăng', hint: 'Có draft: true nên chưa có trang trên trang web; xóa dòng đó khi bài đã xong để đăng.', lines: drafts },
  ];
}
