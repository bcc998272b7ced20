/** Splits an MDX/Markdown file into its YAML frontmatter and body, keeping line numbers. */
import { parseDocument } from 'yaml';
import { fieldAtOffset, formatFieldPath, lineAt, lineLocator, offsetOfLine, yamlData, yamlProblem, type FieldPath } from './yaml-lines';

export interface Frontmatter {
  /** The parsed YAML; undefined when the file has no frontmatter block. */
  data: unknown;
  /** YAML syntax errors, in Vietnamese, each with the 1-based line in the whole file. */
  errors: { line: number; message: string }[];
  /** 1-based line in the whole file where a field is written (or its nearest written parent). */
  locate: (path: FieldPath) => number | undefined;
  /** The field written on a 1-based line of the frontmatter ("funding.total"); undefined outside every field. */
  fieldAt: (line: number) => string | undefined;
  /** The text after the closing "---". */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

const fence = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontmatter(source: string): Frontmatter {
  const match = fence.exec(source);
  if (!match) return { data: undefined, errors: [], locate: () => undefined, fieldAt: () => undefined, body: source, bodyLine: 1 };
  const yamlText = match[1]!;
  // The YAML starts on line 2 of the file, after the opening "---".
  const lineOf = (offset: number) => lineAt(yamlText, offset) + 1;
  const doc = parseDocument(yamlText, { prettyErrors: false });
  const read = doc.errors.length > 0 ? { data: undefined } : yamlData(doc, yamlText, lineOf);
  return {
    data: read.data,
    errors: [...doc.errors.map((e) => yamlProblem(e, yamlText, lineOf)), ...(read.error ? [read.error] : [])],
    locate: lineLocator(doc, lineOf),
    fieldAt: (line) => (line < 2 ? undefined : formatFieldPath(fieldAtOffset(doc, offsetOfLine(yamlText, line - 1))) || undefined),
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
