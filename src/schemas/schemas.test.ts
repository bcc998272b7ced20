import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../lib/content-check/frontmatter';
import { actSchema } from './act';
import { communeSchema } from './commune';
import { fieldSchema } from './field';
import { modelSchema } from './model';
import { reportSchema } from './report';
import { unitSchema } from './unit';

const models = modelSchema(() => z.string());
const root = join(import.meta.dirname, '../../content');

function frontmatterOf(path: string): Record<string, unknown> {
  return readFrontmatter(readFileSync(path, 'utf8')).data as Record<string, unknown>;
}

function issuesOf(result: { success: boolean; error?: z.ZodError }): string[] {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the seed content passes its schemas', () => {
  const modelFiles = readdirSync(join(root, 'models')).filter((f) => f.endsWith('.mdx'));

  it('has the seven models the seed documents', () => {
    expect(modelFiles).toHaveLength(7);
  });

  it.each(modelFiles)('models/%s', (file) => {
    const result = models.safeParse(frontmatterOf(join(root, 'models', file)));
    expect(issuesOf(result)).toEqual([]);
  });

  it.each(readdirSync(join(root, 'reports')))('reports/%s', (file) => {
    expect(issuesOf(reportSchema.safeParse(frontmatterOf(join(root, 'reports', file))))).toEqual([]);
  });

  it.each([
    ['units.yaml', unitSchema],
    ['communes.yaml', communeSchema],
    ['fields.yaml', fieldSchema],
  ] as const)('%s', (file, schema) => {
    const entries = parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
    for (const [id, data] of Object.entries(entries)) {
      expect(issuesOf(schema.safeParse(data)), id).toEqual([]);
    }
  });

  it('lists the eleven units of huyện Đăk Hà before 01/07/2025 and the five communes after, each passing its schema', () => {
    const communes = parse(readFileSync(join(root, 'communes.yaml'), 'utf8')) as Record<string, unknown>;
    const parsed = Object.values(communes).map((c) => communeSchema.parse(c));
    const names = (province: string) => parsed.filter((c) => c.province === province).map((c) => `${c.code} ${c.name}`).toSorted();
    expect(names('tỉnh Kon Tum')).toEqual([
      '23500 Đăk Hà', '23503 Đăk Pxi', '23504 Đăk Long', '23506 Đăk Hring', '23509 Đăk Ui', '23510 Đăk Ngọk', '23512 Đăk Mar', '23515 Ngọk Wang', '23518 Ngọk Réo', '23521 Hà Mòn', '23524 Đăk La',
    ]);
    expect(names('tỉnh Quảng Ngãi')).toEqual(['23500 Đăk Hà', '23504 Đăk Pxi', '23510 Đăk Ui', '23512 Đăk Mar', '23515 Ngọk Réo']);
  });

  it('passes every act of content/acts.yaml', () => {
    const acts = parse(readFileSync(join(root, 'acts.yaml'), 'utf8')) as Record<string, unknown>;
    expect(Object.values(acts).map((a) => actSchema.parse(a).name)).toEqual(['Nghị quyết 202/2025/QH15', 'Nghị quyết 1677/NQ-UBTVQH15', 'Công văn 1027/CTK-CSCL của Cục Thống kê']);
  });
});

const valid = {
  title: 'Thư viện thân thiện',
  summary: 'Một câu.',
  publishedAt: '2026-11-28',
  author: 'Ban biên tập',
  fields: ['truong-hoc-than-thien'],
  kind: 'collective',
};

describe('the model schema rejects broken frontmatter, naming the field', () => {
  it('accepts the minimal valid model and fills defaults', () => {
    const result = models.parse(valid);
    expect(result.beneficiaries).toEqual([]);
    expect(result.draft).toBe(false);
    expect(result.publishedAt).toEqual(new Date('2026-11-28'));
  });

  it.each([
    ['a missing title', { title: undefined }, 'title', 'thiếu tiêu đề'],
    ['an empty summary', { summary: '   ' }, 'summary', 'không được để trống'],
    ['a misspelled key', { fundng: { total: 1 } }, '', 'trường không được biết đến: "fundng"'],
    ['a money amount written as text', { funding: { total: '12.000.000', sources: [] } }, 'funding.total', 'số nguyên không âm'],
    ['a negative amount', { funding: { total: -5, sources: [] } }, 'funding.total', 'không được âm'],
    ['a fractional amount', { funding: { total: 1.5, sources: [] } }, 'funding.total', 'số nguyên'],
    ['sources above the total', { funding: { total: 10, sources: [{ from: ['nhan-dan'], amount: 11 }] } }, 'funding.sources', 'lớn hơn tổng kinh phí'],
    ['an unknown funding source', { funding: { total: 10, sources: [{ from: ['ngan-hang'], amount: 1 }] } }, 'funding.sources.0.from.0', 'nguồn phải là một trong'],
    ['an individual model without a person', { kind: 'individual' }, 'person', 'phải ghi họ tên'],
    ['a wrong kind', { kind: 'group' }, 'kind', '"collective"'],
    ['no fields', { fields: [] }, 'fields', 'ít nhất một lĩnh vực'],
    ['a field id with marks', { fields: ['trường-học'] }, 'fields.0', 'chữ thường không dấu'],
    ['a bad date', { publishedAt: 'hôm qua' }, 'publishedAt', 'NNNN-TT-NN'],
    ['a date written day first', { publishedAt: '28/11/2026' }, 'publishedAt', 'NNNN-TT-NN'],
    ['a date written month first', { publishedAt: '11/28/2026' }, 'publishedAt', 'nhưng nhận được chữ "11/28/2026"'],
    ['a day that does not exist', { publishedAt: '2026-02-30' }, 'publishedAt', 'nhưng nhận được chữ "2026-02-30"'],
    ['a negative count', { beneficiaries: [{ group: 'học sinh', count: -1, unit: 'lượt' }] }, 'beneficiaries.0.count', 'không được âm'],
    ['a beneficiary without its unit', { beneficiaries: [{ group: 'học sinh', count: 1 }] }, 'beneficiaries.0.unit', 'thiếu đơn vị đếm'],
    ['a year out of range', { yearStarted: 209 }, 'yearStarted', 'từ năm 1945'],
    ['replicated as text', { replicated: 'có' }, 'replicated', 'true hoặc false'],
    ['a cover without alt text', { cover: { src: './a.jpg' } }, 'cover.alt', 'thiếu mô tả ảnh'],
    ['a misspelled nested key', { beneficiaries: [{ group: 'hộ', count: 1, unit: 'hộ', atleast: true }] }, 'beneficiaries.0', '"atleast"'],
    ['a zero-width space in the title', { title: 'Thư\u200Bviện' }, 'title', 'U+200B, khoảng trắng vô hình (zero-width space), ngay sau "Thư"'],
    ['a right-to-left override in the summary', { summary: 'Góp \u202E000.2 đồng' }, 'summary', 'U+202E'],
    ['a 2 MB title', { title: 'a'.repeat(2_000_000) }, 'title', 'dài 2.000.000 ký tự, quá giới hạn 300 ký tự'],
    ['an amount too large to keep its digits', { funding: { total: 2 ** 60, sources: [] } }, 'funding.total', 'quá lớn: số lớn nhất nhận được là 9.007.199.254.740.991'],
  ])('%s', (_, change, path, message) => {
    const result = models.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === path);
    expect(issue, issuesOf(result).join('\n')).toBeDefined();
    expect(issue!.message).toContain(message);
  });

  it('accepts a date as Astro’s YAML parser hands it over, and as text', () => {
    expect(models.parse({ ...valid, publishedAt: new Date('2026-11-28') }).publishedAt).toEqual(new Date('2026-11-28'));
    expect(models.parse({ ...valid, publishedAt: ' 2026-11-28 ' }).publishedAt).toEqual(new Date('2026-11-28'));
  });

  it('reports a rule across fields even when another field is wrong, so every fault shows at once', () => {
    const result = models.safeParse({ ...valid, kind: 'individual', title: 5, funding: { total: 10, sources: [{ from: ['nhan-dan'], amount: 11 }], atleast: true } });
    expect(issuesOf(result).map((i) => i.split(':')[0]).sort()).toEqual(['funding', 'funding.sources', 'person', 'title']);
  });

  it('normalises text to NFC', () => {
    const result = models.parse({ ...valid, title: 'Ngọk Réo'.normalize('NFD') });
    expect(result.title).toBe('Ngọk Réo');
    expect(result.title).toBe(result.title.normalize('NFC'));
  });
});

describe('the other schemas', () => {
  it('a school needs its level; only schools have one', () => {
    expect(issuesOf(unitSchema.safeParse({ name: 'A', shortName: 'A', kind: 'school' }))).toEqual(['schoolLevel: một trường học cần schoolLevel (mam-non, tieu-hoc, thcs, thpt hoặc lien-cap)']);
    expect(issuesOf(unitSchema.safeParse({ name: 'A', shortName: 'A', kind: 'agency', schoolLevel: 'thcs' }))[0]).toContain('schoolLevel');
  });

  it('a report cannot declare more collective and individual models than models', () => {
    const report = frontmatterOf(join(root, 'reports', 'tong-ket-10-nam-dan-van-kheo-2019.mdx'));
    const result = reportSchema.safeParse({ ...report, declared: { models: 2, collective: 2, individual: 1 } });
    expect(issuesOf(result)).toEqual(['declared: tập thể (2) + cá nhân (1) lớn hơn tổng số mô hình (2)']);
  });

  it('a commune kind is thi-tran, xa or phuong', () => {
    expect(issuesOf(communeSchema.safeParse({ name: 'X', kind: 'huyen', province: 'tỉnh Kon Tum' }))[0]).toMatch(/^kind: /);
  });

  it('a commune code is five digits, read as text even when YAML reads a number', () => {
    const base = { name: 'X', kind: 'xa', province: 'tỉnh Kon Tum' };
    expect(communeSchema.parse({ ...base, code: 23510 }).code).toBe('23510');
    expect(communeSchema.parse({ ...base, code: 1 }).code).toBe('00001');
    expect(issuesOf(communeSchema.safeParse({ ...base, code: '2351' }))).toEqual(['code: mã đơn vị hành chính (code) cần đúng 5 chữ số, ví dụ "23510"']);
  });

  it('a merged commune needs its last day, after its first', () => {
    const base = { name: 'X', kind: 'xa', province: 'tỉnh Kon Tum' };
    expect(issuesOf(communeSchema.safeParse({ ...base, successor: 'y' }))).toEqual(['validTo: một xã đã sáp nhập (có successor) cần ngày cuối cùng (validTo)']);
    expect(issuesOf(communeSchema.safeParse({ ...base, validFrom: '2025-07-01', validTo: '2025-06-30' }))).toEqual(['validTo: ngày cuối cùng (validTo) phải sau ngày bắt đầu (validFrom)']);
  });
});
