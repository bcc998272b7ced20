/** Field paths as editors read them ("beneficiaries[0].count") and the line each one is written on. */
import { isMap, isSeq, type Document } from 'yaml';

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
