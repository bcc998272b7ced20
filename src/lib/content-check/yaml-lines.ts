/** Field paths as editors read them ("beneficiaries[0].count") and the line each one is written on. */
import { isMap, isSeq, type Document, type YAMLError } from 'yaml';

export type FieldPath = readonly (string | number)[];

/** ["beneficiaries", 0, "count"] → "beneficiaries[0].count", the way the error lines name a field. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

/** The inverse of formatFieldPath: "fields[1]" → ["fields", 1]. */
export function parseFieldPath(field: string): FieldPath {
  const path: (string | number)[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(match[2] === undefined ? match[1]! : Number(match[2]));
  return path;
}

/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

type Ranged = { range?: [number, number, number] | null };

/**
 * Finds the line of the deepest node a field path reaches in a YAML document: the key of a
 * map entry, the start of a list item. A path that goes past what is written (a missing
 * field) stops at its nearest written parent, which is where the editor has to look.
 */
export function lineLocator(doc: Document, lineOfOffset: (offset: number) => number): (path: FieldPath) => number | undefined {
  return (path) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
        const key = pair?.key as Ranged | undefined;
        if (!pair || !key?.range) break;
        line = lineOfOffset(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Ranged | undefined;
        if (!item?.range) break;
        line = lineOfOffset(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
}

/**
 * The field written at a character offset: the deepest map entry or list item whose text
 * covers it, as a path. [] when the offset is outside every entry (a comment between them).
 */
export function fieldAtOffset(doc: Document, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  const covers = (range: [number, number, number] | null | undefined) => !!range && range[0] <= offset && offset < range[2];
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const key = item.key as Ranged | null;
        const value = item.value as Ranged | null;
        return !!key?.range && key.range[0] <= offset && offset < (value?.range?.[2] ?? key.range[2]);
      });
      if (!pair) return path;
      path.push(String((pair.key as { value?: unknown }).value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => covers((item as Ranged).range));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else return path;
  }
}

/** Offset of the first written character of a 1-based line (its indentation skipped). */
export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  while (text[offset] === ' ' || text[offset] === '\t') offset++;
  return offset;
}

const yamlHints: Record<string, string> = {
  DUPLICATE_KEY: 'trường này được ghi hai lần: hãy xóa một dòng',
  TAB_AS_INDENT: 'dòng thụt lề bằng phím Tab: hãy thay bằng dấu cách',
  BLOCK_AS_IMPLICIT_KEY: 'giá trị có dấu ":" hoặc dòng thụt lề sai: nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép "…"; nếu không, cho các trường cùng cấp thẳng cột',
  MULTILINE_IMPLICIT_KEY: 'thiếu dấu ":" sau tên trường, hoặc dòng thụt lề sai',
  BAD_INDENT: 'thụt lề sai, hoặc danh sách […] thiếu dấu "]" đóng',
};

/**
 * A YAML syntax error as an editor can act on it: in Vietnamese, on the line to fix. A quote
 * left open is reported where it opens, not where the parser gave up.
 */
export function yamlProblem(error: YAMLError, text: string, lineOfOffset: (offset: number) => number): { line: number; message: string } {
  const line = lineOfOffset(error.pos[0]);
  const first = error.message.split('\n')[0] ?? '';
  if (error.code === 'MISSING_CHAR' && /quote/i.test(first)) {
    const firstLine = lineOfOffset(0);
    const lines = text.split('\n');
    for (let l = firstLine; l <= line; l++) {
      const written = lines[l - firstLine] ?? '';
      if ((written.match(/"/g)?.length ?? 0) % 2 === 1) return { line: l, message: 'lỗi cú pháp YAML: dấu ngoặc kép " mở ở dòng này mà chưa đóng: thêm " ở cuối giá trị' };
    }
  }
  if (error.code === 'MISSING_CHAR' && /without - indicator/.test(first)) return { line, message: 'lỗi cú pháp YAML: mục danh sách thiếu dấu "- " ở đầu, hoặc thụt lề sai' };
  const hint = yamlHints[error.code];
  return { line, message: `lỗi cú pháp YAML: ${hint ?? first}` };
}

/**
 * The document's data, or the problem that stops it: the YAML library refuses to expand aliases
 * (*ten) past its limit, which a "billion laughs" file uses to exhaust memory; its line is the first alias's.
 */
export function yamlData(doc: Document, text: string, lineOfOffset: (offset: number) => number): { data: unknown; error?: undefined } | { data?: undefined; error: { line: number; message: string } } {
  try {
    return { data: doc.toJS() };
  } catch (error) {
    const alias = /(^|[\s[{,:-])\*[^\s,\]}]+/m.exec(text);
    const line = alias ? lineOfOffset(alias.index + alias[1]!.length) : 1;
    const said = error instanceof Error && /alias/i.test(error.message)
      ? 'tệp dùng bí danh YAML (*tên) quá nhiều lần, như một tệp được viết để làm treo máy: hãy viết thẳng giá trị thay cho bí danh'
      : `không đọc được phần YAML: ${error instanceof Error ? error.message : String(error)}`;
    return { error: { line, message: said } };
  }
}
