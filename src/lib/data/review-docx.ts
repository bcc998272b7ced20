/**
 * A review report (báo cáo số liệu) as a Word file a leader can file: the tables and figures of its
 * A4 page, laid out after Nghị định 30/2020/NĐ-CP (A4 portrait, Times New Roman 14 pt, margins
 * 20/20/30/15 mm, page numbers centred in the top margin from page 2). The issuing body's name comes
 * from site data; the number, place and date of signing and the signature are left as marked blanks,
 * never filled in.
 *
 * `reviewSheet` is the content as plain text (what the tests read); `reviewDocx` writes it. The file is
 * the same bytes for the same content: its timestamps are the content's own date, not the clock.
 */
import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ModelView } from '../catalog/catalog';
import { documentedShare, reportComparison } from '../catalog/declared';
import { beneficiaryText, coverage, modelFundingLines, NOT_REPORTED, summaryRows, vnd } from '../catalog/figures';
import { modelKindLabels } from '../catalog/labels';
import { capitalised, formatDate, formatNumber } from '../text/format';
import { placeNow, UNKNOWN_PLACE } from './by-place';
import { reviewOrder, YEAR_MEANING, type Review } from './reviews';

/** Page and type, in the units Word uses: twips (1/1440 inch; 1 mm ≈ 56.7) and half-points. */
export const DOCX_LAYOUT = {
  font: 'Times New Roman',
  /** 14 pt body; tables 12 pt so six columns fit the width. */
  bodySize: 28,
  tableSize: 24,
  /** The six-column model list: 11 pt, so that amounts fit a column. */
  listSize: 22,
  page: { width: 11906, height: 16838 },
  /** Top and bottom 20 mm, left 30 mm, right 15 mm. */
  margin: { top: 1134, bottom: 1134, left: 1701, right: 851 },
} as const;

const TEXT_WIDTH = DOCX_LAYOUT.page.width - DOCX_LAYOUT.margin.left - DOCX_LAYOUT.margin.right;

/** The marked blanks a leader fills in by hand before signing. */
export const DOCX_BLANKS = {
  number: 'Số: ……/BC-……',
  date: '……, ngày …… tháng …… năm ……',
  signerTitle: '(Chức vụ người ký)',
  signature: '(Ký, ghi rõ họ tên)',
  recipients: ['- ……;', '- Lưu: ……'],
} as const;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** A cell: one line, or several (a model's funding and its sources). */
export type SheetCell = string | string[];

export interface SheetTable {
  caption?: string;
  /** Column headings and their share of the text width (they sum to 1). */
  columns: { label: string; width: number; numeric?: boolean }[];
  rows: { cells: SheetCell[]; part?: boolean }[];
  /** Type size in half-points; DOCX_LAYOUT.tableSize unless given. */
  size?: number;
}

export type SheetBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'text'; text: string; note?: boolean }
  | { kind: 'table'; table: SheetTable };

export interface ReviewSheet {
  publisher: string;
  title: string;
  /** What the report is about, under "BÁO CÁO": "Số liệu năm 2019". */
  subject: string;
  /** The newest article date: "figures as of", and the file's own timestamp. */
  asOf?: Date;
  blocks: SheetBlock[];
}

export interface SheetContext {
  /** Every model of the catalog: a declared report is compared with the articles citing it. */
  models: readonly ModelView[];
  publisher: string;
  asOf?: Date;
  /** The report's page on the site, printed as text. */
  pageUrl?: string;
}

function summaryTable(review: Review): SheetTable {
  return {
    caption: `${review.label}: ${review.models.length} mô hình có bài`,
    columns: [{ label: 'Chỉ tiêu', width: 0.42 }, { label: 'Số liệu', width: 0.26, numeric: true }, { label: 'Ghi chú', width: 0.32 }],
    rows: summaryRows(review.totals).map((row) => ({ cells: [`${row.part ? '– ' : ''}${row.label}`, row.value, row.note ?? ''], part: row.part })),
  };
}

function groupingTable(grouping: Review['groupings'][number]): SheetTable {
  const line = (label: string, row: { models: ModelView[]; totals: Review['totals'] }, part: boolean, always = false) => ({
    cells: [
      `${part ? '– ' : ''}${label}`,
      formatNumber(row.models.length),
      row.models.length > 0 || always ? vnd(row.totals.funding.total) : '',
      row.models.length > 0 || always ? coverage(row.totals.funding.coverage) : '',
    ],
    part,
  });
  const rows = grouping.rows.flatMap((row) => [line(row.label, row, false), ...row.parts.map((p) => line(p.label, p, true))]);
  if (grouping.unknown.models.length > 0) rows.push(line(UNKNOWN_PLACE, grouping.unknown, false, true));
  return {
    columns: [{ label: 'Xã, thị trấn', width: 0.36 }, { label: 'Số mô hình', width: 0.14, numeric: true }, { label: 'Kinh phí vận động', width: 0.24, numeric: true }, { label: 'Ghi chú', width: 0.26 }],
    rows,
  };
}

/** The six columns of the page's model list, as text. */
export function modelCells(model: ModelView, index: number): SheetCell[] {
  const { data } = model;
  const place = [model.unit?.data.name, data.village, model.commune && placeNow(model.commune)].filter(Boolean).join(', ');
  const kind = `${modelKindLabels[data.kind]}${data.person ? ` — ${data.person}` : ''}; năm bắt đầu: ${data.yearStarted ?? 'chưa rõ'}`;
  const funding = data.funding
    ? [vnd({ value: data.funding.total, atLeast: data.funding.atLeast }), ...modelFundingLines(data.funding).map((l) => `${l.label}: ${l.value}`)]
    : NOT_REPORTED;
  return [
    String(index + 1),
    [data.title, kind],
    place || NOT_REPORTED,
    funding,
    data.beneficiaries.length > 0 ? data.beneficiaries.map(beneficiaryText) : NOT_REPORTED,
    data.benefit ? vnd({ value: data.benefit.amount, atLeast: data.benefit.atLeast }) : NOT_REPORTED,
  ];
}

function modelsTable(models: readonly ModelView[]): SheetTable {
  return {
    columns: [
      { label: 'STT', width: 0.07, numeric: true },
      { label: 'Mô hình', width: 0.23 },
      { label: 'Đơn vị, địa bàn', width: 0.17 },
      { label: 'Kinh phí vận động', width: 0.18 },
      { label: 'Người hưởng lợi', width: 0.18 },
      { label: 'Làm lợi', width: 0.17 },
    ],
    size: DOCX_LAYOUT.listSize,
    rows: reviewOrder(models).map((m, i) => ({ cells: modelCells(m, i) })),
  };
}

/** The trích yếu under the document type: "Báo cáo số liệu năm 2019" → "Số liệu năm 2019". */
export function subjectOf(title: string): string {
  const rest = title.replace(/^Báo cáo\s+/u, '');
  return capitalised(rest);
}

/** What the report's A4 page prints, in its order, as text. */
export function reviewSheet(review: Review, context: SheetContext): ReviewSheet {
  const { asOf, publisher } = context;
  const count = review.models.length;
  const blocks: SheetBlock[] = [
    { kind: 'text', text: `Phong trào thi đua “Dân vận khéo”, ${publisher}.${asOf ? ` Số liệu theo các bài đăng đến ngày ${formatDate(asOf)}.` : ''}`, note: true },
    { kind: 'text', text: review.explanation },
  ];
  if (review.placeNote) {
    const link = review.placeNote.link;
    blocks.push({ kind: 'text', text: `${review.placeNote.text}${link ? ` Xem ${link.label}.` : ''}` });
  }
  if (review.kind === 'year') blocks.push({ kind: 'text', text: YEAR_MEANING, note: true });
  if (count === 0) {
    blocks.push({ kind: 'text', text: 'Chưa có mô hình nào có bài trong phạm vi báo cáo này.' });
  } else {
    blocks.push({ kind: 'heading', text: 'Số liệu tổng hợp', level: 1 }, { kind: 'table', table: summaryTable(review) });
  }
  if (review.reports.length > 0) {
    blocks.push({ kind: 'heading', text: 'Báo cáo công bố và bài đã có', level: 1 });
    for (const report of review.reports) {
      const { rows } = reportComparison(report, context.models);
      blocks.push({
        kind: 'table',
        table: {
          caption: `${report.data.title} (${formatDate(report.data.publishedAt)})`,
          columns: [{ label: 'Chỉ tiêu', width: 0.4 }, { label: 'Báo cáo công bố', width: 0.25, numeric: true }, { label: 'Đã có bài', width: 0.35, numeric: true }],
          rows: rows.map((row) => ({ cells: [row.label, row.declared === undefined ? 'không nêu' : formatNumber(row.declared), documentedShare(row)] })),
        },
      });
    }
  }
  if (count > 0) {
    for (const grouping of review.groupings) {
      blocks.push({ kind: 'heading', text: grouping.title, level: 1 }, { kind: 'text', text: grouping.explanation, note: true }, { kind: 'table', table: groupingTable(grouping) });
    }
    blocks.push({ kind: 'heading', text: `Danh sách mô hình (${count})`, level: 1 });
    for (const list of review.lists) {
      if (list.heading) blocks.push({ kind: 'heading', text: `${list.heading} (${list.models.length} mô hình)`, level: 2 });
      blocks.push({ kind: 'table', table: modelsTable(list.models) });
    }
  }
  blocks.push({ kind: 'text', text: 'Số liệu nào nguồn chưa nêu được ghi “chưa có số liệu”, không tính là 0. Tiền làm lợi không cộng vào kinh phí vận động; người hưởng lợi không cộng lẫn các đơn vị đếm.', note: true });
  if (context.pageUrl) blocks.push({ kind: 'text', text: `Bản trên trang: ${context.pageUrl}`, note: true });
  return { publisher, title: review.title, subject: subjectOf(review.title), asOf, blocks };
}

// ——— Writing the Word file ———

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, ...options });

function para(text: string, options: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; keepNext?: boolean } = {}): Paragraph {
  const { align, after, keepNext, ...font } = options;
  return new Paragraph({ alignment: align, spacing: after === undefined ? undefined : { after }, keepNext, children: [run(text, font)] });
}

const noBorders = TableBorders.NONE;
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const grid = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

function twips(share: number): number {
  return Math.round(share * TEXT_WIDTH);
}

function cellParagraphs(cell: SheetCell, options: { size: number; bold?: boolean; numeric?: boolean; italicsAfterFirst?: boolean }): Paragraph[] {
  const lines = typeof cell === 'string' ? [cell] : cell;
  return lines.map((line, i) =>
    new Paragraph({
      alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { before: 20, after: 20 },
      children: [run(line, { size: options.size, bold: options.bold, italics: line === NOT_REPORTED || (i > 0 && options.italicsAfterFirst) })],
    }),
  );
}

function wordTable(table: SheetTable): (Paragraph | Table)[] {
  const columns = table.columns.map((c) => ({ ...c, twips: twips(c.width) }));
  const numbered = columns[0]?.label === 'STT';
  const size = table.size ?? DOCX_LAYOUT.tableSize;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => new TableCell({ width: { size: c.twips, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: cellParagraphs(c.label, { size, bold: true }) })),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, i) => {
          const cell = row.cells[i] ?? '';
          return new TableCell({
            width: { size: column.twips, type: WidthType.DXA },
            children: cellParagraphs(cell, { size, numeric: column.numeric && typeof cell === 'string', bold: i === 0 && !row.part && !numbered, italicsAfterFirst: true }),
          });
        }),
      }),
  );
  const caption = table.caption ? [para(table.caption, { bold: true, italics: true, size: DOCX_LAYOUT.tableSize, keepNext: true, after: 60 })] : [];
  const widths = columns.map((c) => c.twips);
  return [...caption, new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: grid, rows: [header, ...rows] }), para('', { after: 0 })];
}

/** A borderless table of two cells side by side, as the heading and signature blocks are laid out. */
function twoCells(leftWidth: number, left: Paragraph[], right: Paragraph[], cantSplit = false): Table {
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: noBorders, children });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ ...(cantSplit ? { cantSplit } : {}), children: [cell(leftWidth, left), cell(TEXT_WIDTH - leftWidth, right)] })],
  });
}

/** The heading block of an administrative document: issuing body and number left, national title and date right. */
function letterhead(publisher: string): Table {
  const center = AlignmentType.CENTER;
  return twoCells(
    Math.round(TEXT_WIDTH * 0.42),
    [para(publisher.toLocaleUpperCase('vi'), { bold: true, size: 26, align: center }), para('———', { align: center }), para(DOCX_BLANKS.number, { size: 26, align: center })],
    [
      para(NATIONAL_TITLE, { bold: true, size: 24, align: center }),
      para(NATIONAL_MOTTO, { bold: true, align: center }),
      para('———————', { align: center }),
      para(DOCX_BLANKS.date, { italics: true, align: center }),
    ],
  );
}

function signature(): Table {
  const center = AlignmentType.CENTER;
  return twoCells(
    Math.round(TEXT_WIDTH * 0.5),
    [para('Nơi nhận:', { bold: true, italics: true, size: 24 }), ...DOCX_BLANKS.recipients.map((r) => para(r, { size: 22 }))],
    [
      para(DOCX_BLANKS.signerTitle, { bold: true, align: center }),
      para(DOCX_BLANKS.signature, { italics: true, align: center, after: 1400 }),
      para('……………………', { align: center }),
    ],
    true,
  );
}

function body(sheet: ReviewSheet): (Paragraph | Table)[] {
  const justified = AlignmentType.JUSTIFIED;
  return sheet.blocks.flatMap((block) => {
    if (block.kind === 'heading') return [para(block.text, { bold: true, size: block.level === 1 ? 28 : 26, keepNext: true, after: 80 })];
    if (block.kind === 'text') return [new Paragraph({ alignment: justified, indent: { firstLine: 567 }, spacing: { after: 120 }, children: [run(block.text, { italics: block.note, size: block.note ? 26 : undefined })] })];
    return wordTable(block.table);
  });
}

/** The sheet as a Word document object. */
export function reviewDocument(sheet: ReviewSheet): Document {
  const center = AlignmentType.CENTER;
  return new Document({
    creator: sheet.publisher,
    lastModifiedBy: sheet.publisher,
    title: sheet.title,
    description: `${sheet.title} — ${sheet.publisher}`,
    styles: { default: { document: { run: { font: DOCX_LAYOUT.font, size: DOCX_LAYOUT.bodySize }, paragraph: { spacing: { line: 276 } } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: DOCX_LAYOUT.page.width, height: DOCX_LAYOUT.page.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...DOCX_LAYOUT.margin, header: 567, footer: 567 },
          },
        },
        // Nghị định 30: page numbers centred in the top margin, none on the first page.
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: center, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          letterhead(sheet.publisher),
          para('', { after: 240 }),
          para('BÁO CÁO', { bold: true, align: center }),
          para(sheet.subject, { bold: true, align: center, after: 360 }),
          ...body(sheet),
          para('', { after: 240 }),
          signature(),
        ],
      },
    ],
  });
}

/** Zip timestamps cannot precede 1980; a sheet without a date gets this one. */
const NO_DATE = new Date(Date.UTC(2000, 0, 1));

/** Same content, same bytes: the parts' times and the core properties' dates become the sheet's date. */
function settle(bytes: Uint8Array, date: Date): Uint8Array<ArrayBuffer> {
  const files = unzipSync(bytes);
  const core = 'docProps/core.xml';
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  if (files[core]) {
    files[core] = strToU8(strFromU8(files[core]).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`));
  }
  return new Uint8Array(zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: date }]])), { level: 6 }));
}

/** A sheet as a .docx file: the same sheet gives the same bytes, so a sheet can key its file. */
export async function sheetDocx(sheet: ReviewSheet): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await Packer.toBuffer(reviewDocument(sheet));
  return settle(new Uint8Array(bytes), sheet.asOf ?? NO_DATE);
}

/** The review report as a .docx file. */
export function reviewDocx(review: Review, context: SheetContext): Promise<Uint8Array<ArrayBuffer>> {
  return sheetDocx(reviewSheet(review, context));
}
