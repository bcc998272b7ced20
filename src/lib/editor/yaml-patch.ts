/**
 * Writes data into a YAML text by editing only what changed: an unchanged value keeps its bytes
 * (comments, quoting, flow or block style), a changed scalar only its own text, a removed key
 * its lines, a new key goes after the nearest key before it in the schema's order. New text is
 * in the hand-written style: scalar lists on one line, lists of objects and maps in block style.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { isPlainObject, sameData, type Path } from './clean';

/** The keys of the map at a path, in the order the schema lists them (list indices in the path are ignored by callers that need not tell items apart). */
export type KeyOrder = (path: Path) => readonly string[];

/** The options the scaffold writes YAML with (src/lib/scaffold/templates.ts). */
export const yamlWriteOptions = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * A KeyOrder from a flat list: top-level keys as "funding", nested ones as "funding.total" or
 * "beneficiaries.count" (list indices left out).
 */
export function dottedKeyOrder(order: readonly string[]): KeyOrder {
  return (path) => {
    const prefix = path.filter((part) => typeof part === 'string').join('.');
    const inside = prefix === '' ? order : order.filter((key) => key.startsWith(`${prefix}.`)).map((key) => key.slice(prefix.length + 1));
    return inside.filter((key) => !key.includes('.'));
  };
}

/** The keys of a value in schema order, keys the order does not know after them as given. */
function orderedKeys(value: Record<string, unknown>, path: Path, orderAt: KeyOrder): string[] {
  const listed = orderAt(path);
  return [...listed.filter((key) => Object.hasOwn(value, key)), ...Object.keys(value).filter((key) => !listed.includes(key))];
}

/** A deep copy with every map's keys in schema order. */
function arranged(value: unknown, path: Path, orderAt: KeyOrder): unknown {
  if (Array.isArray(value)) return value.map((item, i) => arranged(item, [...path, i], orderAt));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(orderedKeys(value, path, orderAt).map((key) => [key, arranged(value[key], [...path, key], orderAt)]));
}

/** Fresh YAML in the hand-written style: scalar lists flow (`[a, b]`), everything else block. */
function render(value: unknown): string {
  const doc = new Document(value);
  visit(doc, { Seq: (_, node) => void (node.flow = node.items.every((item) => isScalar(item))) });
  return doc.toString(yamlWriteOptions);
}

/** The whole text for data written anew. */
export function renderYaml(value: Record<string, unknown>, orderAt: KeyOrder): string {
  return Object.keys(value).length === 0 ? '' : render(arranged(value, [], orderAt));
}

/** Indents every line but the first by `column` spaces: the first goes where the old text began. */
function indented(text: string, column: number): string {
  const pad = ' '.repeat(column);
  return text.replace(/\n(?=[^\n])/g, `\n${pad}`);
}

function dataOf(node: unknown, doc: Document): unknown {
  return node && typeof node === 'object' && 'toJS' in node ? (node as Node).toJS(doc) : (node ?? null);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Index pairs of the longest run of items the two lists share in order (their longest common subsequence). */
function commonItems(olds: readonly unknown[], news: readonly unknown[]): (readonly [number, number])[] {
  // Lists in these files are a handful of items: the quadratic table is small.
  const longest = Array.from({ length: olds.length + 1 }, () => new Array<number>(news.length + 1).fill(0));
  for (let o = olds.length - 1; o >= 0; o--) {
    for (let n = news.length - 1; n >= 0; n--) {
      longest[o]![n] = sameData(olds[o], news[n]) ? longest[o + 1]![n + 1]! + 1 : Math.max(longest[o + 1]![n]!, longest[o]![n + 1]!);
    }
  }
  const pairs: (readonly [number, number])[] = [];
  for (let o = 0, n = 0; o < olds.length && n < news.length; ) {
    if (sameData(olds[o], news[n])) pairs.push([o++, n++] as const);
    else if (longest[o + 1]![n]! >= longest[o]![n + 1]!) o++;
    else n++;
  }
  return pairs;
}

class Patcher {
  readonly edits: Edit[] = [];
  constructor(
    readonly text: string,
    readonly doc: Document,
    readonly orderAt: KeyOrder,
  ) {}

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** Just past the newline of the last line a node's value is written on (its trailing comment included). */
  endOf(node: Node): number {
    const [start, valueEnd] = node.range!;
    let end = valueEnd;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    const newline = this.text.indexOf('\n', end);
    return newline < 0 ? this.text.length : newline + 1;
  }

  pairEnd(pair: Pair): number {
    const value = pair.value as Node | null;
    return this.endOf(value?.range ? value : (pair.key as Node));
  }

  edit(start: number, end: number, text: string) {
    this.edits.push({ start, end, text });
  }

  /** Makes a node hold `value`; `replaceWhole` rewrites the node with its key when it cannot be edited in place. */
  patch(node: unknown, value: unknown, path: Path, replaceWhole: () => void) {
    if (sameData(dataOf(node, this.doc), value)) return;
    if (isMap(node) && !node.flow && isPlainObject(value) && node.items.length > 0) return this.patchMap(node, value, path, replaceWhole);
    if (isSeq(node) && !node.flow && Array.isArray(value) && node.items.length > 0 && value.length > 0) return this.patchList(node, value, path, replaceWhole);
    const isScalarValue = (v: unknown) => !Array.isArray(v) && !isPlainObject(v);
    const flowList = isSeq(node) && node.flow && Array.isArray(value) && value.every(isScalarValue);
    const inlineScalar = isScalar(node) && isScalarValue(value) && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    // On one line in place; a text that needs several lines (a block scalar) is written with its key.
    const written = flowList || inlineScalar ? render(value).trimEnd() : '\n';
    if (written.includes('\n')) return replaceWhole();
    const [start, end] = (node as Node).range!;
    this.edit(start, end, written);
  }

  patchMap(map: YAMLMap, value: Record<string, unknown>, path: Path, replaceWhole: () => void) {
    const pairs = map.items as Pair<Node, Node | null>[];
    if (!pairs.every((pair) => isScalar(pair.key) && pair.key.range)) return replaceWhole();
    const keyOf = (pair: Pair<Node, Node | null>) => String((pair.key as { value: unknown }).value);
    const keyStart = (pair: Pair<Node, Node | null>) => pair.key.range![0];
    const column = this.column(keyStart(pairs[0]!));
    // A map that opens a list item ("- group: …"): its first key shares the dash's line, so that key cannot go or be preceded by a new one.
    const afterDash = this.text.slice(this.lineStart(keyStart(pairs[0]!)), keyStart(pairs[0]!)).trim() !== '';
    const kept = pairs.filter((pair) => Object.hasOwn(value, keyOf(pair)));
    const order = orderedKeys(value, path, this.orderAt);
    const written = new Set(pairs.map(keyOf));
    const added = order.filter((key) => !written.has(key));
    const anchorOf = (key: string) => kept.filter((pair) => order.indexOf(keyOf(pair)) < order.indexOf(key)).at(-1);
    if (afterDash && (kept[0] !== pairs[0] || added.some((key) => !anchorOf(key)))) return replaceWhole();

    for (const pair of pairs) {
      const key = keyOf(pair);
      if (!Object.hasOwn(value, key)) this.edit(this.lineStart(keyStart(pair)), this.pairEnd(pair), '');
      else this.patch(pair.value, value[key], [...path, key], () => this.replacePair(pair, key, value[key], [...path, key]));
    }
    // Entries apart by a blank line get a new one apart the same way (units.yaml, say, if it were written so).
    const last = pairs.length >= 2 ? this.text.slice(this.pairEnd(pairs.at(-2)!), this.lineStart(keyStart(pairs.at(-1)!))) : '';
    const gap = last.split('\n').slice(0, -1).some((line) => line.trim() === '') ? '\n' : '';
    for (const key of added) {
      const text = ' '.repeat(column) + indented(this.renderPair(key, value[key], [...path, key]), column);
      const anchor = anchorOf(key);
      if (anchor) this.edit(this.pairEnd(anchor), this.pairEnd(anchor), gap + text);
      else this.edit(this.lineStart(keyStart(kept[0] ?? pairs[0]!)), this.lineStart(keyStart(kept[0] ?? pairs[0]!)), text + gap);
    }
  }

  /**
   * A block list: items equal to written ones keep their lines (and comments), even when others
   * are removed or added around them; between those, items are patched in turn, the written ones
   * left over go with their lines and the new ones follow the item before them.
   */
  patchList(list: YAMLSeq, value: unknown[], path: Path, replaceWhole: () => void) {
    const items = list.items as Node[];
    if (!items.every((item) => item?.range)) return replaceWhole();
    const dashOf = (item: Node) => {
      let at = item.range![0] - 1;
      while (at > 0 && this.text[at] !== '-') at--;
      return at;
    };
    const dashColumn = this.column(dashOf(items[0]!));
    const olds = items.map((item) => dataOf(item, this.doc));
    let after = this.lineStart(dashOf(items[0]!));
    let [o, n] = [0, 0];
    for (const [nextOld, nextNew] of [...commonItems(olds, value), [items.length, value.length] as const]) {
      for (; o < nextOld && n < nextNew; o++, n++) {
        const [item, i] = [items[o]!, n];
        this.patch(item, value[i], [...path, i], () => this.edit(item.range![0], this.endOf(item), indented(this.render(value[i], [...path, i]), dashColumn + 2)));
        after = this.endOf(item);
      }
      for (; o < nextOld; o++) this.edit(this.lineStart(dashOf(items[o]!)), this.endOf(items[o]!), '');
      for (; n < nextNew; n++) this.edit(after, after, `${' '.repeat(dashColumn)}- ${indented(this.render(value[n], [...path, n]), dashColumn + 2)}`);
      if (nextOld < items.length) after = this.endOf(items[nextOld]!);
      [o, n] = [nextOld + 1, nextNew + 1];
    }
  }

  render(value: unknown, path: Path): string {
    return render(arranged(value, path, this.orderAt));
  }

  renderPair(key: string, value: unknown, path: Path): string {
    return render({ [key]: arranged(value, path, this.orderAt) });
  }

  /** Rewrites a key and its value from the key on (a "- " before the key stays). */
  replacePair(pair: Pair<Node, Node | null>, key: string, value: unknown, path: Path) {
    const start = pair.key.range![0];
    this.edit(start, this.pairEnd(pair), indented(this.renderPair(key, value, path), this.column(start)));
  }

  /** The text with the edits made: from the end, so that earlier offsets hold; at one offset, a rewrite before what is inserted there, insertions in the order made. */
  applied(): string {
    const edits = this.edits.map((edit, order) => ({ ...edit, order }));
    edits.sort((a, b) => b.start - a.start || (a.end > a.start ? 0 : 1) - (b.end > b.start ? 0 : 1) || b.order - a.order);
    let text = this.text;
    for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    return text;
  }
}

/**
 * `text` changed to hold `value` (a map at the top), touching only what differs. A text whose
 * top is not a block map is written anew, its comments kept above when it holds nothing else.
 */
export function patchYaml(text: string, value: Record<string, unknown>, orderAt: KeyOrder): string {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`không đọc được phần YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    const fresh = renderYaml(value, orderAt);
    return fresh === '' ? text : `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${fresh}`;
  }
  let whole = !isMap(root) || root.flow === true || root.items.length === 0;
  const patcher = new Patcher(text.endsWith('\n') ? text : `${text}\n`, doc, orderAt);
  if (!whole) patcher.patch(root, value, [], () => (whole = true));
  if (whole) return renderYaml(value, orderAt);
  return patcher.edits.length === 0 ? text : patcher.applied();
}
