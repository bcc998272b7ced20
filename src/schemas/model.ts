import { z } from 'astro/zod';
import { fundingSourceKinds } from './funding-sources';
import { alsoWhenOtherFieldsFail, atLeast, date, entryId, measure, numberOr, strictObject, text, wholeNumber, year } from './common';

/** Who money came from (funding-sources.ts, which the browser may import without zod). */
export { fundingSourceKinds };
/** collective: run by a union (tập thể); individual: run by one person (cá nhân). */
export const modelKinds = ['collective', 'individual'] as const;

const fundingSourceSchema = strictObject('một nguồn kinh phí', {
  /** One or more of nhan-dan, doanh-nghiep, doan-vien, cong-doan, ngan-sach, khac. */
  from: z
    .array(z.enum(fundingSourceKinds, { error: 'nguồn phải là một trong: nhan-dan, doanh-nghiep, doan-vien, cong-doan, ngan-sach, khac' }), { error: 'from cần một danh sách nguồn, ví dụ [nhan-dan]' })
    .min(1, { error: 'from cần ít nhất một nguồn' }),
  /** VND contributed by this source (or group of sources), a whole number. */
  amount: wholeNumber('số tiền của nguồn (đồng)'),
  /** true when the source says "trên" this amount. Default: false. */
  atLeast,
});

const fundingSchema = strictObject('kinh phí', {
  /** Total VND mobilised for the model, a whole number without separators: 190000000. */
  total: wholeNumber('tổng kinh phí (đồng)'),
  /** true when the source says "trên" the total. Default: false. */
  atLeast,
  /** The breakdown the source gives; may cover only part of the total. Default: none. */
  sources: z.array(fundingSourceSchema).default([]),
}).superRefine((funding, ctx) => {
  const total = numberOr(funding.total);
  const amounts = Array.isArray(funding.sources) ? funding.sources.map((s) => numberOr((s as { amount?: unknown } | null)?.amount)) : [];
  if (total === undefined || amounts.some((a) => a === undefined || a < 0)) return;
  const sum = amounts.reduce<number>((acc, a) => acc + a!, 0);
  if (sum > total) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: `các nguồn cộng lại ${sum} đồng, lớn hơn tổng kinh phí ${total} đồng`,
    });
  }
}, alsoWhenOtherFieldsFail);

const beneficiarySchema = strictObject('một nhóm người hưởng lợi', {
  /** Who benefited: "học sinh có hoàn cảnh khó khăn". */
  group: text('nhóm người hưởng lợi (group)'),
  /** How many, in `unit`; a whole number. */
  count: wholeNumber('số người hưởng lợi (count)'),
  /** What was counted: người, hộ, lượt… Counts in different units are never added. */
  unit: text('đơn vị đếm (unit), ví dụ: người, hộ, lượt'),
  /** true when the source says "trên" this count. Default: false. */
  atLeast,
});

const outcomeSchema = strictObject('một kết quả', {
  /** What was achieved: "vườn rau xanh", "hộ dân đồng thuận". */
  label: text('tên kết quả (label)'),
  /** The measured value; decimals allowed. */
  value: measure('giá trị kết quả (value)'),
  /** Unit of the value: km, %, vườn… */
  unit: text('đơn vị của kết quả (unit)'),
  /** true when the source says "trên" this value. Default: false. */
  atLeast,
});

const benefitSchema = strictObject('hiệu quả kinh tế', {
  /** VND generated for the people (làm lợi), kept apart from money mobilised. */
  amount: wholeNumber('số tiền làm lợi (đồng)'),
  /** true when the source says "trên" this amount. Default: false. */
  atLeast,
});

/** The fields before the cover; built once, while the cover is built for each entry (below). */
const fieldsBeforeCover = {
  /** Name of the model as readers know it: "Thư viện thân thiện". */
  title: text('tiêu đề (title)', 300),
  /** One sentence for cards, the meta description and search results. */
  summary: text('tóm tắt một câu (summary)', 1000),
  /** Date this article was published on the site (YYYY-MM-DD). */
  publishedAt: date('ngày đăng (publishedAt)'),
  /** Date of the last substantive correction, if any (YYYY-MM-DD). */
  updatedAt: date('ngày cập nhật (updatedAt)').optional(),
  /** Who wrote this article. */
  author: text('tác giả bài viết (author)'),
  /** Id in units of the organisation that runs the model; absent when the source does not say. */
  unit: entryId('đơn vị').optional(),
  /** Id in communes where the model takes place; absent when the source does not say. */
  commune: entryId('xã').optional(),
  /** Village (thôn, làng) as free text, where known: "thôn Thống Nhất". */
  village: text('tên thôn (village)').optional(),
  /** One or more ids in fields. */
  fields: z.array(entryId('lĩnh vực'), { error: 'fields cần một danh sách mã lĩnh vực, ví dụ [an-sinh]' }).min(1, { error: 'fields cần ít nhất một lĩnh vực' }),
  /** collective (tập thể) or individual (cá nhân). */
  kind: z.enum(modelKinds, { error: 'kind phải là "collective" (tập thể) hoặc "individual" (cá nhân)' }),
  /** For an individual model: the person's full name. */
  person: text('họ tên người thực hiện (person)').optional(),
  /** Year the model started; absent when the source does not say. */
  yearStarted: year('năm bắt đầu (yearStarted)').optional(),
  /** Whether others copied this model; absent means the source does not say. */
  replicated: z.boolean({ error: 'replicated chỉ nhận true hoặc false (bỏ trống nếu chưa rõ)' }).optional(),
  /** Id in models of the model this one copies. */
  replicatedFrom: entryId('mô hình').optional(),
  /** Money mobilised; absent when the source gives no figure. */
  funding: fundingSchema.optional(),
  /** People who benefited, one line per (group, unit). Default: none reported. */
  beneficiaries: z.array(beneficiarySchema).default([]),
  /** Measured results that are not money or people. Default: none reported. */
  outcomes: z.array(outcomeSchema).default([]),
  /** Economic benefit generated (làm lợi); absent when the source gives none. */
  benefit: benefitSchema.optional(),
  /** Id in reports of the review this article's facts come from. */
  source: entryId('báo cáo').optional(),
};

const fieldsAfterCover = {
  /** Free keywords. Default: none. */
  tags: z.array(text('một từ khóa')).default([]),
  /** true keeps the article out of the built site. Default: false. */
  draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
};

/** A person's name goes with an individual model, and only with one. */
function checkPerson(model: { kind: ModelKind; person?: string }, ctx: z.RefinementCtx) {
  if (model.kind === 'individual' && model.person === undefined) {
    ctx.addIssue({ code: 'custom', path: ['person'], message: 'mô hình cá nhân (kind: individual) phải ghi họ tên người thực hiện' });
  }
  if (model.kind === 'collective' && model.person !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['person'], message: 'chỉ mô hình cá nhân (kind: individual) mới ghi person' });
  }
}

/**
 * A model article's frontmatter. `image` is Astro's image helper (from the collection's
 * schema context); tests pass a plain string schema in its place. Astro calls this once per entry,
 * with a helper bound to that entry's file, so only the cover is built here (npm run bench: building
 * every field anew cost a third of a millisecond an article).
 */
export function modelSchema<Image extends z.ZodType>(image: () => Image) {
  return strictObject('phần thông tin của bài', {
    ...fieldsBeforeCover,
    /** Cover picture with its alt text (both required when a cover is given). */
    cover: strictObject('ảnh bìa', {
      /** Path to the picture, relative to the article file. */
      src: image(),
      /** What the picture shows, for readers who cannot see it. */
      alt: text('mô tả ảnh (cover.alt)'),
    }).optional(),
    ...fieldsAfterCover,
  }).superRefine(checkPerson, alsoWhenOtherFieldsFail);
}

export type Model = z.output<ReturnType<typeof modelSchema>>;
export type ModelKind = (typeof modelKinds)[number];
export type FundingSourceKind = (typeof fundingSourceKinds)[number];
export type Funding = NonNullable<Model['funding']>;
export type Beneficiary = Model['beneficiaries'][number];
export type Outcome = Model['outcomes'][number];
