import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldAtOffset, formatFieldPath, lineAt, lineLocator, offsetOfLine, parseFieldPath, yamlData, yamlProblem } from './yaml-lines';

const text = ['title: A', 'funding:', '  total: 5', '  sources:', '    - from: [nhan-dan]', '      amount: 3', 'fields: [a, b]', ''].join('\n');
const doc = parseDocument(text);

describe('field paths and their lines', () => {
  it('formats and parses the way error lines name a field', () => {
    expect(formatFieldPath(['beneficiaries', 0, 'count'])).toBe('beneficiaries[0].count');
    expect(parseFieldPath('funding.sources[0].amount')).toEqual(['funding', 'sources', 0, 'amount']);
    expect(parseFieldPath('dak-ha.name')).toEqual(['dak-ha', 'name']);
  });

  it('finds the line of a nested field, or of its nearest written parent', () => {
    const locate = lineLocator(doc, (offset) => lineAt(text, offset));
    expect(locate(['funding', 'sources', 0, 'amount'])).toBe(6);
    expect(locate(['fields', 1])).toBe(7);
    expect(locate(['funding', 'atLeast'])).toBe(2);
    expect(locate(['person'])).toBeUndefined();
  });

  it('names the field written on a line', () => {
    const at = (line: number) => formatFieldPath(fieldAtOffset(doc, offsetOfLine(text, line)));
    expect(at(1)).toBe('title');
    expect(at(3)).toBe('funding.total');
    expect(at(6)).toBe('funding.sources[0].amount');
    expect(at(7)).toBe('fields');
  });
});

describe('yamlProblem', () => {
  const first = (yaml: string) => {
    const parsed = parseDocument(yaml, { prettyErrors: false });
    return yamlProblem(parsed.errors[0]!, yaml, (offset) => lineAt(yaml, offset));
  };

  it.each([
    ['a quote left open, on the line where it opens', 'title: a\nsummary: "Quỹ\nauthor: b\nkind: c', 2, 'dấu ngoặc kép " mở ở dòng này mà chưa đóng'],
    ['a key written twice', 'title: a\ntitle: b', 2, 'được ghi hai lần'],
    ['a tab as indentation', 'funding:\n\ttotal: 5', 2, 'phím Tab'],
    ['a colon inside a value', 'title: Quỹ: vì học sinh', 1, 'đặt cả giá trị trong ngoặc kép'],
    ['a list left open', 'fields: [a, b\nkind: x', 2, 'thiếu dấu "]"'],
  ])('explains %s in Vietnamese', (_, yaml, line, message) => {
    expect(first(yaml)).toEqual({ line, message: expect.stringContaining(message) });
  });
});

describe('yamlData', () => {
  it('reports an alias bomb as a finding on the line of its first alias instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i += 1) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const bomb = lines.join('\n');
    const read = yamlData(parseDocument(bomb), bomb, (offset) => lineAt(bomb, offset));
    expect(read.error?.line).toBe(2);
    expect(read.error?.message).toContain('bí danh YAML');
  });

  it('hands over the data of an ordinary document', () => {
    expect(yamlData(doc, text, (offset) => lineAt(text, offset)).data).toMatchObject({ title: 'A', fields: ['a', 'b'] });
  });
});
