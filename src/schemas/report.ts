import { z } from 'astro/zod';
import { alsoWhenOtherFieldsFail, atLeast, date, entryId, measure, numberOr, strictObject, text, wholeNumber, year } from './common';

/** sơ kết (interim review) or tổng kết (final review). */
export const reportKinds = ['so-ket', 'tong-ket'] as const;

const resultSchema = strictObject('một kết quả chung', {
  /** What was achieved across the movement: "vườn rau xanh". */
  label: text('tên kết quả (label)'),
  /** The measured value. */
  value: measure('giá trị (value)'),
  /** Unit of the value: vườn, lượt học sinh, km, xã. */
  unit: text('đơn vị (unit)'),
  /** true when the source says "trên". Default: false. */
  atLeast,
});

/** A periodic review as MDX: its frontmatter holds the totals it declares. */
export const reportSchema = strictObject('phần thông tin của báo cáo', {
  /** Title of the review. */
  title: text('tiêu đề (title)', 300),
  /** One sentence for cards and the meta description. */
  summary: text('tóm tắt (summary)', 1000),
  /** so-ket or tong-ket. */
  kind: z.enum(reportKinds, { error: 'kind của báo cáo phải là "so-ket" hoặc "tong-ket"' }),
  /** Date the review was published (YYYY-MM-DD). */
  publishedAt: date('ngày ban hành (publishedAt)'),
  /** Length of the period reviewed, in years ("10 năm"). */
  periodYears: wholeNumber('số năm của giai đoạn (periodYears)').optional(),
  /** First year of the period, where the source states it. */
  periodStart: year('năm đầu giai đoạn (periodStart)').optional(),
  /** Last year of the period. */
  periodEnd: year('năm cuối giai đoạn (periodEnd)'),
  /** Person who signed the review. */
  author: text('người viết (author)'),
  /** Their position: "Phó Chủ tịch LĐLĐ huyện Đăk Hà". */
  authorRole: text('chức vụ người viết (authorRole)').optional(),
  /** Id in units of the publishing organisation. */
  publisher: entryId('đơn vị ban hành'),
  /** Totals the review declares; each absent when the review does not state it. */
  declared: strictObject('số liệu báo cáo công bố (declared)', {
    /** Models built in the period. */
    models: wholeNumber('tổng số mô hình').optional(),
    /** Of which collective. */
    collective: wholeNumber('số mô hình tập thể').optional(),
    /** Of which individual. */
    individual: wholeNumber('số mô hình cá nhân').optional(),
    /** Models replicated. */
    replicated: wholeNumber('số mô hình nhân rộng').optional(),
  }),
  /** Movement-wide results not tied to one model. Default: none. */
  results: z.array(resultSchema).default([]),
  /** Where the original text was published, if public. */
  sourceUrl: z.url({ error: 'sourceUrl phải là một địa chỉ web đầy đủ' }).optional(),
  /** true keeps the report out of the built site. Default: false. */
  draft: z.boolean().default(false),
}).superRefine((report, ctx) => {
  const declared = (report.declared ?? {}) as Record<string, unknown>;
  const [models, collective, individual] = [declared.models, declared.collective, declared.individual].map(numberOr);
  if (models !== undefined && collective !== undefined && individual !== undefined && collective + individual > models) {
    ctx.addIssue({ code: 'custom', path: ['declared'], message: `tập thể (${collective}) + cá nhân (${individual}) lớn hơn tổng số mô hình (${models})` });
  }
  const [start, end] = [report.periodStart, report.periodEnd].map(numberOr);
  if (start !== undefined && end !== undefined && start > end) {
    ctx.addIssue({ code: 'custom', path: ['periodStart'], message: 'năm đầu giai đoạn phải trước năm cuối' });
  }
}, alsoWhenOtherFieldsFail);

export type Report = z.output<typeof reportSchema>;
