/**
 * Reads the content folder the way Astro's loaders do, but without Astro: every file is
 * parsed and validated, and every problem is collected instead of stopping at the first.
 * The content check and the tests use it; the site itself uses Astro's collections.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { communeSchema } from '../schemas/commune';
import { fieldSchema } from '../schemas/field';
import { modelSchema } from '../schemas/model';
import { reportSchema } from '../schemas/report';
import { unitSchema } from '../schemas/unit';
import { readFrontmatter } from './frontmatter';
import type { Entry, Problem, RawContent } from './integrity';

export interface LoadedContent {
  raw: RawContent;
  /** Problems with single files: YAML syntax and schema faults. */
  problems: (Problem & { line?: number })[];
}

/** Images are checked separately; here a cover's src is just a path. */
const modelFrontmatter = modelSchema(() => z.string({ error: 'cần đường dẫn tới ảnh' }).min(1));

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

function schemaProblems(file: string, error: z.ZodError, prefix: string, lineOf: (key: string) => number | undefined): LoadedContent['problems'] {
  return error.issues.map((issue) => {
    const field = issuePath(issue.path);
    const topKey = String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : ''));
    return { file, field: prefix + (field || '(phần thông tin)'), message: issue.message, line: lineOf(topKey) };
  });
}

function readMdxCollection<T>(root: string, folder: string, schema: z.ZodType<T>, problems: LoadedContent['problems']): Entry<T>[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const entries: Entry<T>[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const filePath = relative(process.cwd(), join(dir, name));
    const fm = readFrontmatter(readFileSync(join(dir, name), 'utf8'));
    if (fm.errors.length > 0) {
      problems.push(...fm.errors.map((e) => ({ file: filePath, field: '(YAML)', message: `lỗi cú pháp YAML: ${e.message.split('\n')[0]}`, line: e.line })));
      continue;
    }
    if (fm.data === undefined) {
      problems.push({ file: filePath, field: '(phần thông tin)', message: 'tệp phải bắt đầu bằng phần thông tin nằm giữa hai dòng ---', line: 1 });
      continue;
    }
    const parsed = schema.safeParse(fm.data);
    if (parsed.success) entries.push({ id: name.replace(/\.mdx$/, ''), data: parsed.data, filePath });
    else problems.push(...schemaProblems(filePath, parsed.error, '', (key) => fm.keyLines.get(key)));
  }
  return entries;
}

function readYamlCollection<T>(root: string, file: string, schema: z.ZodType<T>, problems: LoadedContent['problems']): Entry<T>[] {
  const path = join(root, file);
  const filePath = relative(process.cwd(), path);
  if (!existsSync(path)) {
    problems.push({ file: filePath, field: '(tệp)', message: 'không tìm thấy tệp' });
    return [];
  }
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text, { prettyErrors: false });
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  if (doc.errors.length > 0) {
    problems.push(...doc.errors.map((e) => ({ file: filePath, field: '(YAML)', message: `lỗi cú pháp YAML: ${e.message.split('\n')[0]}`, line: lineOf(e.pos[0]) })));
    return [];
  }
  const entries: Entry<T>[] = [];
  const items = (doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items ?? [];
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  for (const item of items) {
    const id = String(item.key?.value);
    const line = item.key?.range ? lineOf(item.key.range[0]) : undefined;
    const parsed = schema.safeParse(data[id]);
    if (parsed.success) entries.push({ id, data: parsed.data, filePath });
    else problems.push(...schemaProblems(filePath, parsed.error, `${id}.`, () => line));
  }
  return entries;
}

/** Loads and validates every content file under root (default: content/). */
export function loadContentFiles(root = join(process.cwd(), 'content')): LoadedContent {
  const problems: LoadedContent['problems'] = [];
  const raw: RawContent = {
    models: readMdxCollection(root, 'models', modelFrontmatter, problems),
    reports: readMdxCollection(root, 'reports', reportSchema, problems),
    units: readYamlCollection(root, 'units.yaml', unitSchema, problems),
    communes: readYamlCollection(root, 'communes.yaml', communeSchema, problems),
    fields: readYamlCollection(root, 'fields.yaml', fieldSchema, problems),
  };
  return { raw, problems };
}
