import { describe, expect, it } from 'vitest';
import { attributes, readDocx, rowText, type DocxText } from '../../../tests/docx';
import { loadSeedCatalog } from '../../../tests/site-content';
import { NOT_REPORTED } from '../catalog/figures';
import { PUBLISHER } from '../site/identity';
import { formatDate, formatNumber, formatVnd } from '../text/format';
import { DOCX_BLANKS, reviewDocx, subjectOf } from './review-docx';
import { latestUpdate, reviews, type Review } from './reviews';

const catalog = loadSeedCatalog();
const all = reviews(catalog);
const asOf = latestUpdate(catalog.models);
const context = { models: catalog.models, publisher: PUBLISHER, asOf, pageUrl: 'https://vi-du.test/so-lieu/bao-cao/nam/2019/' };
const docs = new Map<Review, DocxText>(await Promise.all(all.map(async (r) => [r, readDocx(await reviewDocx(r, context))] as const)));
const docOf = (slug: string) => {
  const review = all.find((r) => r.slug === slug);
  if (!review) throw new Error(slug);
  return { review, doc: docs.get(review)! };
};
const mm = (twips: string | undefined) => Number(twips) / (1440 / 25.4);
/** The tables of the report itself: not the letterhead (first) nor the signature (last). */
const dataTables = (doc: DocxText) => doc.tables.slice(1, -1);
const tableHeaded = (doc: DocxText, first: string) => dataTables(doc).filter((t) => t[0]?.[0]?.[0] === first);

describe('the Word file of a review report', () => {
  it('is A4 portrait with margins and type after Nghị định 30/2020', () => {
    for (const doc of docs.values()) {
      const xml = doc.parts['word/document.xml'] ?? '';
      expect(attributes(xml, 'w:pgSz')).toEqual([{ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' }]);
      const [margin] = attributes(xml, 'w:pgMar');
      for (const side of ['w:top', 'w:bottom']) expect(mm(margin?.[side])).toSatisfy((v: number) => v >= 20 && v <= 25);
      expect(mm(margin?.['w:left'])).toSatisfy((v: number) => v >= 30 && v <= 35);
      expect(mm(margin?.['w:right'])).toSatisfy((v: number) => v >= 15 && v <= 20);
      const defaults = doc.parts['word/styles.xml']?.match(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/)?.[0] ?? '';
      expect(attributes(defaults, 'w:rFonts')).toEqual([{ 'w:ascii': 'Times New Roman', 'w:cs': 'Times New Roman', 'w:eastAsia': 'Times New Roman', 'w:hAnsi': 'Times New Roman' }]);
      // Body 13–14 pt (26–28 half-points); no run anywhere picks another font.
      expect(Number(attributes(defaults, 'w:sz')[0]?.['w:val'])).toSatisfy((v: number) => v >= 26 && v <= 28);
      const fonts = Object.values(doc.parts).flatMap((part) => attributes(part, 'w:rFonts').flatMap((a) => Object.values(a)));
      expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
      // Page numbers centred in the top margin, none on the first page.
      expect(xml).toContain('<w:titlePg/>');
      const headers = Object.entries(doc.parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, part]) => part);
      expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(1);
    }
  });

  it('names the issuing body from site data and leaves number, date and signature blank', () => {
    for (const [review, doc] of docs) {
      const [letterhead] = doc.tables;
      expect(letterhead?.[0]?.[0]).toEqual([PUBLISHER.toLocaleUpperCase('vi'), '———', DOCX_BLANKS.number]);
      expect(letterhead?.[0]?.[1]).toContain(DOCX_BLANKS.date);
      expect(rowText(doc.tables.at(-1)?.[0] ?? [])).toContain(DOCX_BLANKS.signature);
      // Nothing fills the blanks: no digit in the number or date line, no signer's name.
      expect(letterhead?.flat(2).join(' ')).not.toMatch(/\d/);
      expect(doc.tables.at(-1)?.flat(2).join(' ')).toBe(['Nơi nhận:', ...DOCX_BLANKS.recipients, DOCX_BLANKS.signerTitle, DOCX_BLANKS.signature, '……………………'].join(' '));
      expect(doc.paragraphs.slice(0, 2)).toEqual(['BÁO CÁO', subjectOf(review.title)]);
      expect(doc.parts['docProps/core.xml']).toContain(`<dc:title>${review.title}</dc:title>`);
    }
  });

  it('gives the totals of the catalog with their coverage, unknown as "chưa có số liệu"', () => {
    const { review, doc } = docOf('nam/2019');
    const [summary] = tableHeaded(doc, 'Chỉ tiêu');
    const row = (label: string) => summary?.find((r) => r[0]?.[0] === label)?.flat() ?? [];
    const models = review.models;
    expect(row('Mô hình có bài')[1]).toBe(formatNumber(models.length));
    // Funding: the sum of the articles that give one, and how many give one.
    const funded = models.filter((m) => m.data.funding);
    const sum = funded.reduce((s, m) => s + (m.data.funding?.total ?? 0), 0);
    const atLeast = funded.some((m) => m.data.funding?.atLeast);
    expect(row('Kinh phí vận động').slice(1)).toEqual([`${atLeast ? 'trên ' : ''}${formatVnd(sum)}`, `của ${funded.length}/${models.length} mô hình có số liệu`]);
    const benefit = models.filter((m) => m.data.benefit);
    expect(row('Làm lợi cho Nhân dân')[2]).toMatch(new RegExp(`^của ${benefit.length}/${models.length} mô hình có số liệu`));
    // No article says whether it was replicated: unknown, not 0.
    const says = models.filter((m) => m.data.replicated !== undefined);
    expect(row('Được nhân rộng')[1]).toBe(says.length === 0 ? NOT_REPORTED : formatNumber(says.filter((m) => m.data.replicated).length));
  });

  it('compares the declared report with the articles: 23 declared', () => {
    const { review, doc } = docOf('nam/2019');
    const declared = tableHeaded(doc, 'Chỉ tiêu')[1];
    const [report] = review.reports;
    const documented = catalog.models.filter((m) => m.source?.id === report?.id).length;
    expect(rowText(declared?.[1] ?? [])).toBe(`Tổng số mô hình ${report?.data.declared.models} ${documented}/${report?.data.declared.models} mô hình đã có bài`);
    expect(doc.paragraphs).toContain(`${report?.data.title} (${formatDate(report!.data.publishedAt)})`);
  });

  it('lists every model of each report once, with its own figures or "chưa có số liệu"', () => {
    for (const [review, doc] of docs) {
      const rows = tableHeaded(doc, 'STT').flatMap((t) => t.slice(1));
      expect(rows.map((r) => r[0]?.[0])).toEqual(review.lists.flatMap((l) => l.models.map((_, i) => String(i + 1))));
      expect(rows.map((r) => r[1]?.[0]).sort()).toEqual(review.models.map((m) => m.data.title).sort());
      for (const model of review.models) {
        const row = rows.find((r) => r[1]?.[0] === model.data.title)!;
        const { funding, benefit, beneficiaries } = model.data;
        expect(row[3]?.[0]).toBe(funding ? `${funding.atLeast ? 'trên ' : ''}${formatVnd(funding.total)}` : NOT_REPORTED);
        expect(row[5]).toEqual([benefit ? `${benefit.atLeast ? 'trên ' : ''}${formatVnd(benefit.amount)}` : NOT_REPORTED]);
        expect(row[4]).toHaveLength(Math.max(1, beneficiaries.length));
        if (beneficiaries.length === 0) expect(row[4]).toEqual([NOT_REPORTED]);
      }
      // Unknown is never printed as zero money.
      expect(rows.flat(2)).not.toContain('0 đ');
    }
  });

  it('groups by commune as the page does: each row counts its models, the unknown apart', () => {
    for (const [review, doc] of docs) {
      const tables = tableHeaded(doc, 'Xã, thị trấn');
      expect(tables).toHaveLength(review.models.length === 0 ? 0 : review.groupings.length);
      tables.forEach((table, i) => {
        const grouping = review.groupings[i]!;
        const top = table.slice(1).filter((r) => !r[0]?.[0]?.startsWith('– '));
        const counted = top.reduce((s, r) => s + Number(r[1]?.[0]), 0);
        expect(counted).toBe(review.models.length);
        expect(top.map((r) => r[0]?.[0])).toEqual([...grouping.rows.map((r) => r.label), ...(grouping.unknown.models.length > 0 ? ['Chưa rõ xã, thị trấn'] : [])]);
      });
    }
  });

  it('is the same bytes for the same content, dated by the content', async () => {
    const review = all[0]!;
    const [a, b] = await Promise.all([reviewDocx(review, context), reviewDocx(review, context)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = readDocx(a).parts['docProps/core.xml'] ?? '';
    expect(core).toContain(`>${asOf!.toISOString().slice(0, 19)}Z</dcterms:created>`);
  });
});
