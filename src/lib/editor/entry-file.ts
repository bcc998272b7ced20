/**
 * The .mdx files of models and reports as the web editor reads and writes them: frontmatter
 * data and body in, the file text out, with only the lines of what changed rewritten.
 */
import { readFrontmatter } from '../content-check/frontmatter';
import { cleanFormData, type OmitWhen } from './clean';
import { dottedKeyOrder, patchYaml, renderYaml } from './yaml-patch';

export interface EntryFile {
  /** The frontmatter, parsed as the content check parses it ({} when the file has none). */
  data: Record<string, unknown>;
  /** Everything after the closing "---" line, exactly as written. */
  body: string;
}

export interface WriteEntryOptions {
  /** The file as it is now; absent for a new file. */
  original?: string;
  /**
   * The schema's field order: top-level keys ("funding"), nested ones with their parent
   * ("funding.total", "beneficiaries.count": list indices left out). A new key goes after the
   * nearest key before it in this order; keys it does not list go last.
   */
  order: readonly string[];
  /** The defaults to leave out (default: omitHandWrittenDefaults in clean.ts). */
  omitWhen?: OmitWhen;
}

export function readEntryFile(raw: string): EntryFile {
  const read = readFrontmatter(raw);
  if (read.errors.length > 0) throw new Error(read.errors.map((error) => `dòng ${error.line}: ${error.message}`).join('\n'));
  const data = read.data ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('phần thông tin đầu bài (giữa hai dòng ---) phải là các trường "tên: giá trị"');
  return { data: data as Record<string, unknown>, body: read.body };
}

/** A body as a new file writes it: after one blank line, ending in exactly one newline. */
function formatBody(body: string): string {
  const text = body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  return text === '' ? '' : `\n${text}\n`;
}

/** The opening "---" line, the YAML, and the closing "---" line of a file that has frontmatter. */
function splitHeader(raw: string, body: string): { open: string; yaml: string; close: string } | undefined {
  const header = raw.slice(0, raw.length - body.length);
  const closeAt = header.lastIndexOf('\n---') + 1;
  const openEnd = header.indexOf('\n') + 1;
  if (!header.startsWith('---') || closeAt <= 0 || openEnd > closeAt) return undefined;
  return { open: header.slice(0, openEnd), yaml: header.slice(openEnd, closeAt), close: header.slice(closeAt) };
}

/**
 * The file text for the form's data and body: cleaned (clean.ts), then patched into `original`
 * so that untouched values keep their bytes, or written anew in schema order.
 */
export function writeEntryFile(data: Record<string, unknown>, body: string, options: WriteEntryOptions): string {
  const orderAt = dottedKeyOrder(options.order);
  const before = options.original === undefined ? undefined : readEntryFile(options.original);
  const header = options.original === undefined || before === undefined ? undefined : splitHeader(options.original, before.body);
  const cleaned = cleanFormData(data, before?.data, options.omitWhen);
  if (before === undefined || header === undefined) return `---\n${renderYaml(cleaned, orderAt)}---\n${formatBody(body)}`;
  const yaml = patchYaml(header.yaml, cleaned, orderAt);
  return `${header.open}${yaml}${header.close}${body === before.body ? body : formatBody(body)}`;
}
