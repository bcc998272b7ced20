/**
 * Reads the content folder the way Astro's loaders do, but without Astro: every file is
 * parsed and validated, and every problem is collected instead of stopping at the first.
 * The content check and the tests use it; the site itself uses Astro's collections.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { isMap, parseDocument } from 'yaml';
import { actSchema } from '../../schemas/act';
import { communeSchema } from '../../schemas/commune';
import { fieldSchema } from '../../schemas/field';
import { modelSchema } from '../../schemas/model';
import { reportSchema } from '../../schemas/report';
import { unitSchema } from '../../schemas/unit';
import { folderProblems, isLink } from './containment';
import { readFrontmatter } from './frontmatter';
import type { Act } from '../../schemas/act';
import type { Commune } from '../../schemas/commune';
import type { Field } from '../../schemas/field';
import type { Model } from '../../schemas/model';
import type { Report } from '../../schemas/report';
import type { Unit } from '../../schemas/unit';
import type { Entry, Problem, RawContent } from './integrity';
import { closest } from '../text/vietnamese';
import { decodeContent } from '../text/encoding';
import { fieldAtOffset, formatFieldPath, lineAt, lineLocator, offsetOfLine, parseFieldPath, yamlData, yamlProblem, type FieldPath } from './yaml-lines';

export type CollectionName = keyof RawContent;

/** How problems in an article's body name their field. */
export const BODY_FIELD = '(thân bài)';

/** One file of the content folder, kept for the checks that read more than the frontmatter. */
export interface ContentFile {
  /** Path relative to the working directory, as the error lines print it. */
  file: string;
  /** Absolute path. */
  path: string;
  collection: CollectionName;
  /** The whole text, as written. */
  text: string;
  /** Line where a field ("funding.total", "dak-ha.name") is written, or its nearest written parent. */
  locate: (field: string) => number | undefined;
  /** The field written on a line ("funding.total", "(thân bài)"), or undefined outside every field. */
  fieldAt: (line: number) => string | undefined;
  /** For an article: its id (the file name), its frontmatter as written, its body and the body's first line. */
  article?: { id: string; frontmatter: unknown; body: string; bodyLine: number };
}

export interface LoadedContent {
  /** Entries that passed their schema. */
  raw: RawContent;
  /** Problems with single files: YAML syntax and schema faults. */
  problems: Problem[];
  files: ContentFile[];
  /**
   * Every entry, those that failed their schema reduced to the fields that pass on their own:
   * their ids stay known and the rest of them is still checked.
   */
  references: PartialContent;
}

/** Content where an entry may hold only some of its fields (every model has its list of fields). */
export interface PartialContent {
  models: Entry<Partial<Model> & Pick<Model, 'fields'>>[];
  reports: Entry<Partial<Report>>[];
  units: Entry<Partial<Unit>>[];
  communes: Entry<Partial<Commune>>[];
  acts: Entry<Partial<Act>>[];
  fields: Entry<Partial<Field>>[];
}

/** Images are checked separately; here a cover's src is just a path. */
const modelFrontmatter = modelSchema(() => z.string({ error: 'cần đường dẫn tới ảnh' }).min(1));

type AnyDef = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType };

function defOf(schema: z.ZodType): AnyDef {
  return (schema as unknown as { def: AnyDef }).def;
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  return schema && defOf(schema).type === 'object' ? (schema as unknown as { shape: Record<string, z.ZodType> }).shape : undefined;
}

/** The schema under optional(), default(), preprocess() and the like. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
}

/** The keys an object in the schema accepts at a path, for "did you mean" on a misspelled key. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const part of path) {
    const def = defOf(current);
    const shape = shapeOf(current);
    const next: z.ZodType | undefined = shape && typeof part === 'string' ? shape[part] : def.type === 'array' && typeof part === 'number' ? def.element : undefined;
    if (!next) return [];
    current = unwrap(next);
  }
  return Object.keys(shapeOf(current) ?? {});
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  if (guess) return `trường không được biết đến: "${key}". Có phải ý bạn là "${guess}"?`;
  const list = known.length > 0 && known.length <= 8 ? ` Các trường hợp lệ ở đây: ${known.join(', ')}.` : ' Xem các trường hợp lệ trong hướng dẫn biên tập.';
  return `trường không được biết đến: "${key}" (kiểm tra lỗi chính tả).${list}`;
}

function schemaProblems(file: string, error: z.ZodError, schema: z.ZodType, prefix: FieldPath, locate: (path: FieldPath) => number | undefined): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...prefix, ...at, key];
        return { file, field: formatFieldPath(path), message: unknownKeyMessage(key, keysAt(schema, at)), line: locate(path) };
      });
    }
    const path = [...prefix, ...at];
    return [{ file, field: formatFieldPath(path) || '(phần thông tin)', message: issue.message, line: locate(path) }];
  });
}

/**
 * What a failed entry still says: each field that passes its own schema, alone. A list keeps
 * its valid items at their written positions (the others left as holes, which forEach skips),
 * so later messages still name "fields[2]" where the editor wrote it.
 */
function salvage(data: unknown, schema: z.ZodType): Record<string, unknown> {
  const record = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = { fields: [] };
  for (const [key, fieldSchema] of Object.entries(shapeOf(unwrap(schema)) ?? {})) {
    const value = record[key];
    if (value === undefined) continue;
    const parsed = fieldSchema.safeParse(value);
    const element = defOf(unwrap(fieldSchema)).element;
    if (parsed.success) kept[key] = parsed.data;
    else if (element && Array.isArray(value)) {
      const items: unknown[] = new Array(value.length);
      value.forEach((item, i) => {
        const one = element.safeParse(item);
        if (one.success) items[i] = one.data;
      });
      kept[key] = items;
    }
  }
  return kept;
}

/** One fault can trip the YAML parser twice on the same line; the editor needs to read it once. */
function firstPerLine<T extends { line: number }>(errors: readonly T[]): T[] {
  return errors.filter((e, i) => errors.findIndex((other) => other.line === e.line) === i);
}

interface Collector {
  root: string;
  raw: RawContent;
  references: PartialContent;
  problems: Problem[];
  files: ContentFile[];
}

function accept(into: Collector, collection: CollectionName, entry: { id: string; filePath: string }, data: unknown, schema: z.ZodType, prefix: FieldPath, locate: (path: FieldPath) => number | undefined): void {
  const parsed = schema.safeParse(data);
  if (parsed.success) {
    const valid = { ...entry, data: parsed.data };
    (into.raw[collection] as unknown[]).push(valid);
    (into.references[collection] as unknown[]).push(valid);
  } else {
    into.problems.push(...schemaProblems(entry.filePath, parsed.error, schema, prefix, locate));
    (into.references[collection] as unknown[]).push({ ...entry, data: salvage(data, schema) });
  }
}

/** A file's text, or undefined with the encoding or size problem recorded (its field "(tệp)"). */
function readContent(into: Collector, path: string, file: string): string | undefined {
  const decoded = decodeContent(readFileSync(path));
  if (decoded.problem) into.problems.push({ file, field: '(tệp)', ...decoded.problem });
  return decoded.text;
}

/** Pictures may sit beside the articles; any other file there would be silently skipped by the build. */
const pictureExtension = /\.(jpe?g|png|webp|avif|gif|svg|heic|heif)$/i;

function strayFiles(dir: string): Problem[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.endsWith('.mdx') && !pictureExtension.test(e.name))
    .map((e) => {
      const base = e.name.replace(/\.[^.]*$/, '');
      const message = /\.(md|markdown|txt)$/i.test(e.name)
        ? `tệp "${e.name}" không được đưa lên trang: bài phải có đuôi .mdx, hãy đổi tên thành "${base.replace(/\.mdx$/, '')}.mdx"`
        : `tệp "${e.name}" không phải bài (.mdx) hay ảnh nên không được đưa lên trang: hãy chuyển nó ra khỏi thư mục này`;
      return { file: relative(process.cwd(), join(dir, e.name)), field: '(tên tệp)', message };
    });
}

function readMdxCollection(into: Collector, collection: 'models' | 'reports', schema: z.ZodType): void {
  const dir = join(into.root, collection);
  if (!existsSync(dir)) return;
  into.problems.push(...strayFiles(dir));
  into.problems.push(...folderProblems(dir).map((p) => ({ ...p, field: '(tên tệp)' })));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const path = join(dir, name);
    // A linked article is reported by folderProblems and never read: it could be any file of the machine.
    if (isLink(path)) continue;
    const file = relative(process.cwd(), path);
    const id = name.replace(/\.mdx$/, '');
    const text = readContent(into, path, file);
    if (text === undefined) {
      (into.references[collection] as unknown[]).push({ id, filePath: file, data: { fields: [] } });
      continue;
    }
    const fm = readFrontmatter(text);
    into.files.push({
      file,
      path,
      collection,
      text,
      locate: (field) => fm.locate(parseFieldPath(field)),
      fieldAt: (line) => (line >= fm.bodyLine ? BODY_FIELD : fm.fieldAt(line)),
      article: { id, frontmatter: fm.data, body: fm.body, bodyLine: fm.bodyLine },
    });
    if (fm.errors.length > 0) {
      into.problems.push(...firstPerLine(fm.errors).map((e) => ({ file, field: '(YAML)', message: e.message, line: e.line })));
    } else if (fm.data === undefined) {
      into.problems.push({ file, field: '(phần thông tin)', message: 'tệp phải bắt đầu bằng phần thông tin nằm giữa hai dòng ---', line: 1 });
    } else {
      accept(into, collection, { id, filePath: file }, fm.data, schema, [], fm.locate);
      continue;
    }
    // A file whose frontmatter cannot be read still exists: links and references to it are not "unknown".
    (into.references[collection] as unknown[]).push({ id, filePath: file, data: { fields: [] } });
  }
}

function readYamlCollection(into: Collector, collection: 'units' | 'communes' | 'acts' | 'fields', schema: z.ZodType): void {
  const path = join(into.root, `${collection}.yaml`);
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) {
    into.problems.push({ file, field: '(tệp)', message: 'không tìm thấy tệp' });
    return;
  }
  const text = readContent(into, path, file);
  if (text === undefined) return;
  const doc = parseDocument(text, { prettyErrors: false });
  const lineOf = (offset: number) => lineAt(text, offset);
  const locate = lineLocator(doc, lineOf);
  into.files.push({
    file,
    path,
    collection,
    text,
    locate: (field) => locate(parseFieldPath(field)),
    fieldAt: (line) => formatFieldPath(fieldAtOffset(doc, offsetOfLine(text, line))) || undefined,
  });
  if (doc.errors.length > 0) {
    into.problems.push(...firstPerLine(doc.errors.map((e) => yamlProblem(e, text, lineOf))).map((e) => ({ file, field: '(YAML)', ...e })));
    return;
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    into.problems.push({ file, field: '(tệp)', message: 'tệp phải là danh sách "mã: thông tin", mỗi mục bắt đầu bằng mã không dấu ở đầu dòng', line: 1 });
    return;
  }
  const read = yamlData(doc, text, lineOf);
  if (read.error) {
    into.problems.push({ file, field: '(YAML)', ...read.error });
    return;
  }
  const data = (read.data ?? {}) as Record<string, unknown>;
  for (const id of Object.keys(data)) accept(into, collection, { id, filePath: file }, data[id], schema, [id], locate);
}

/** Loads and validates every content file under root (default: content/). */
export function loadContentFiles(root = join(process.cwd(), 'content')): LoadedContent {
  const empty = (): RawContent => ({ models: [], reports: [], units: [], communes: [], acts: [], fields: [] });
  const into: Collector = { root, raw: empty(), references: empty(), problems: [], files: [] };
  readMdxCollection(into, 'models', modelFrontmatter);
  readMdxCollection(into, 'reports', reportSchema);
  readYamlCollection(into, 'units', unitSchema);
  readYamlCollection(into, 'communes', communeSchema);
  readYamlCollection(into, 'acts', actSchema);
  readYamlCollection(into, 'fields', fieldSchema);
  return { raw: into.raw, problems: into.problems, files: into.files, references: into.references };
}
