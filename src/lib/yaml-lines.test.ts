import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldAtOffset, formatFieldPath, lineAt, lineLocator, offsetOfLine, parseFieldPath } from './yaml-lines';

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
