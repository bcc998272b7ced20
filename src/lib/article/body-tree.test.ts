import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, bodyTree } from './body-tree';

describe('bodyTree', () => {
  it('refuses an expression, import/export and a component on the file’s line, keeping the rest', () => {
    const { tree, problems } = bodyTree('Chữ.\n\nexport const a = 1\n\n{process.exit()}\n\n<BieuDo />\n', 10);
    expect(problems.map((p) => p.line)).toEqual([12, 14, 16]);
    expect(problems[1]!.message).toContain('biểu thức {process.exit()} không dùng được');
    expect(JSON.stringify(tree)).not.toContain('process');
  });

  it('names an invisible character in the text or in an attribute, on its line', () => {
    const { problems } = bodyTree('Một\n\nhai\u200Bba\n\n<abbr title="x\u202Ey">y</abbr>\n', 10);
    expect(problems).toEqual([
      { line: 12, message: expect.stringContaining('thân bài có ký tự vô hình U+200B') },
      { line: 14, message: expect.stringContaining('thuộc tính của thẻ <abbr> có ký tự vô hình U+202E') },
    ]);
  });

  it('refuses a body longer than the limit before parsing it', () => {
    const { tree, problems } = bodyTree('a'.repeat(BODY_LIMIT + 1), 10);
    expect(tree.children).toEqual([]);
    expect(problems).toEqual([{ line: 10, message: expect.stringContaining('quá giới hạn 200.000 ký tự') }]);
  });

  it('parses a 100 KB unbroken word', () => {
    const { tree, problems } = bodyTree(`${'đ'.repeat(100_000)}\n`);
    expect(problems).toEqual([]);
    expect(JSON.stringify(tree)).toContain('đđđđ');
  });
});
