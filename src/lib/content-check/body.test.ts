import { describe, expect, it } from 'vitest';
import { inspectBody } from './body';

describe('inspectBody', () => {
  it('collects links, images and heading ids of a valid body, with file lines', () => {
    const body = '## Kết quả\n\nXem [trang xã](/xa/ha-mon/) và <a href="/don-vi/">đơn vị</a>.\n\n![Vườn rau](./anh/vuon.jpg)\n\n[ref]: /bao-cao/\n';
    const report = inspectBody(body, 20);
    expect(report.problems).toEqual([]);
    // The unused definition ([ref]: …) prints nothing, so it links nowhere.
    expect(report.links).toEqual([{ url: '/xa/ha-mon/', line: 22 }, { url: '/don-vi/', line: 22 }]);
    expect(report.images).toEqual([{ url: './anh/vuon.jpg', alt: 'Vườn rau', line: 24 }]);
    expect([...report.anchors]).toEqual(['kết-quả']);
    expect(report.textLength).toBeGreaterThan(10);
  });

  it.each([
    ['an unclosed tag', 'Một đoạn <b>đậm\n', 12, 'thẻ <b> mở mà chưa đóng'],
    ['a bare "<" before a letter', 'Gửi thư tới <ban@bientap>\n', 12, 'dấu "<"'],
    ['an HTML comment', 'Chữ\n\n<!-- ghi chú -->\n', 14, '{/* ghi chú */}'],
    ['an unclosed brace', 'Khoảng { 5 người\n', 12, 'dấu "{" chưa được đóng'],
    ['a closing tag without opening', 'chữ </p>\n', 12, '</p>'],
  ])('reports %s as an MDX syntax fault on its line', (_, body, line, message) => {
    const [problem] = inspectBody(body, 12).problems;
    expect(problem?.line).toBe(line);
    expect(problem?.message).toMatch(/^lỗi cú pháp MDX, cột \d+: /);
    expect(problem?.message).toContain(message);
  });

  it('reports what only fails when the page renders: a component the page does not have', () => {
    expect(inspectBody('Đoạn một.\n\n<BieuDo loai="cot" />\n', 5).problems).toEqual([{ line: 7, message: expect.stringContaining('thẻ <BieuDo>') }]);
  });

  it('refuses code in braces, which an article has no use for and the check will not run', () => {
    expect(inspectBody('Tổng {soLieu} đồng.\n', 5).problems).toEqual([{ line: 5, message: expect.stringContaining('biểu thức {soLieu} không dùng được') }]);
    expect(inspectBody('<a href={"/xa/"}>xã</a>\n', 5).problems[0]?.message).toContain('biểu thức {"/xa/"}');
    expect(inspectBody('{process.exit(0)}\n', 1).problems).toHaveLength(1);
    expect(inspectBody('Chữ {/* một ghi chú */} chữ.\n', 1).problems).toEqual([]);
  });

  it('refuses import lines, which an article has no use for', () => {
    expect(inspectBody('import X from "./x.astro"\n\n<X />\n', 1).problems[0]?.message).toContain('import/export');
  });

  it('counts an article made only of the scaffold’s note as empty', () => {
    expect(inspectBody('{/* Viết bài ở đây. */}\n', 1).textLength).toBe(0);
  });
});
