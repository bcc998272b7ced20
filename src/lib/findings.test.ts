import { describe, expect, it } from 'vitest';
import { formatFinding, sortFindings, summaryLine, type Finding } from './findings';

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
});
