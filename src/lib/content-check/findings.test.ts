import { describe, expect, it } from 'vitest';
import { condensedLines, formatFinding, sortFindings, summaryLine, type Finding } from './findings';

const error = (file: string, line: number | undefined, field: string): Finding => ({ file, line, field, message: 'sai', severity: 'error' });

describe('findings', () => {
  it('prints one line per problem: file:line field: message', () => {
    expect(formatFinding(error('content/models/x.mdx', 12, 'funding.total'))).toBe('content/models/x.mdx:12 funding.total: sai');
    expect(formatFinding({ ...error('content/models/x.mdx', undefined, 'person'), severity: 'warning' })).toBe('content/models/x.mdx person: cảnh báo: sai');
  });

  it('sorts file by file, top to bottom', () => {
    const sorted = sortFindings([error('b.mdx', 3, 'a'), error('a.mdx', undefined, 'z'), error('a.mdx', 9, 'b'), error('a.mdx', 2, 'c')]);
    expect(sorted.map((f) => `${f.file}:${f.line}`)).toEqual(['a.mdx:2', 'a.mdx:9', 'a.mdx:undefined', 'b.mdx:3']);
  });

  it('sums up, and says warnings do not block', () => {
    expect(summaryLine([error('a', 1, 'x'), error('b', 1, 'y'), { ...error('c', 1, 'z'), severity: 'warning' }], 9)).toBe('Đã kiểm tra 9 tệp: 2 lỗi, 1 cảnh báo. Hãy sửa các lỗi trên rồi chạy lại "npm run check".');
    expect(summaryLine([{ ...error('c', 1, 'z'), severity: 'warning' }], 9)).toBe('Đã kiểm tra 9 tệp: không có lỗi, 1 cảnh báo. Cảnh báo không chặn việc xuất bản.');
    expect(summaryLine([], 9)).toBe('Đã kiểm tra 9 tệp: không có lỗi.');
  });

  it('condenses a warning many files share, never an error', () => {
    const noFigures = (file: string): Finding => ({ file, field: '(số liệu)', message: 'bài chưa có số liệu nào', severity: 'warning' });
    const findings = [noFigures('a.mdx'), error('b.mdx', 4, 'title'), noFigures('c.mdx'), noFigures('d.mdx'), error('e.mdx', 1, 'title'), noFigures('f.mdx'), noFigures('g.mdx')];
    expect(condensedLines(findings, 2)).toEqual([
      'a.mdx (số liệu): cảnh báo: bài chưa có số liệu nào',
      'b.mdx:4 title: sai',
      'c.mdx (số liệu): cảnh báo: bài chưa có số liệu nào',
      'e.mdx:1 title: sai',
      '… và 3 tệp khác có cùng cảnh báo (số liệu) trên (npm run check liệt kê đủ)',
    ]);
    expect(condensedLines(findings.slice(0, 2), 2)).toEqual(findings.slice(0, 2).map(formatFinding));
  });
});
