/** Splits an MDX/Markdown file into its YAML frontmatter and body, keeping line numbers. */
import { parseDocument } from 'yaml';

export interface Frontmatter {
  /** The parsed YAML; undefined when the file has no frontmatter block. */
  data: unknown;
  /** YAML syntax errors, each with the 1-based line in the whole file. */
  errors: { line: number; message: string }[];
  /** 1-based line in the whole file where each top-level key is written. */
  keyLines: Map<string, number>;
  /** The text after the closing "---". */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

const fence = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontmatter(source: string): Frontmatter {
  const match = fence.exec(source);
  if (!match) return { data: undefined, errors: [], keyLines: new Map(), body: source, bodyLine: 1 };
  const yamlText = match[1]!;
  const lineOf = (offset: number) => yamlText.slice(0, offset).split('\n').length + 1;
  const doc = parseDocument(yamlText, { prettyErrors: false });
  const keyLines = new Map<string, number>();
  const contents = doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null;
  for (const item of contents?.items ?? []) {
    if (item.key?.range && typeof item.key.value === 'string') keyLines.set(item.key.value, lineOf(item.key.range[0]));
  }
  return {
    data: doc.errors.length > 0 ? undefined : doc.toJS(),
    errors: doc.errors.map((e) => ({ line: lineOf(e.pos[0]), message: e.message })),
    keyLines,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
