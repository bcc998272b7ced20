/** Reads a .docx the way a test needs it: its XML parts, and the text of its paragraphs and tables. */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxText {
  /** Every XML part by path: "word/document.xml", "word/styles.xml", "docProps/core.xml"… */
  parts: Record<string, string>;
  /** The body's paragraphs outside tables, in order. */
  paragraphs: string[];
  /** Each table → its rows → each cell's lines. */
  tables: string[][][][];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? '');

/** The text of one paragraph (<w:p>): its runs' <w:t>, joined. */
function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/g)].map((m) => paragraphText(m[1] ?? ''));
}

export function readDocx(bytes: Uint8Array): DocxText {
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(files).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, data]) => [name, strFromU8(data)]));
  const document = parts['word/document.xml'] ?? '';
  const body = document.slice(document.indexOf('<w:body>'), document.indexOf('</w:body>'));
  // The writer nests no table in another, so a table ends at the first </w:tbl>.
  const tables = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => paragraphsOf(c[1] ?? ''))),
  );
  const paragraphs = paragraphsOf(body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).filter((p) => p !== '');
  return { parts, paragraphs, tables };
}

/** A row as the built page's textOf reads one: cells and lines joined by spaces. */
export function rowText(row: string[][]): string {
  return row.flat().join(' ').replace(/\s+/g, ' ').trim();
}

/** The attribute values of every element of a name: attributes(xml, 'w:pgMar') → [{ 'w:top': '1134', … }]. */
export function attributes(xml: string, element: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${element}\\s([^>]*?)/?>`, 'g'))].map((m) => Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', a[2] ?? ''])));
}
