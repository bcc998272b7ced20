import { describe, expect, it } from 'vitest';
import { articleHtml, BodyRefused } from './html';
import { bodyTree } from './body-tree';
import { urlProblem } from './allow-list';

const problemsOf = (body: string) => bodyTree(body, 10).problems;

describe('the allow-list of HTML in a body', () => {
  it.each([
    ['<script>alert(1)</script>', 'thẻ <script>'],
    ['<iframe src="https://x.vn/"></iframe>', 'thẻ <iframe>'],
    ['<form action="https://x.vn/"><button>Gửi</button></form>', 'thẻ <form>'],
    ['<meta http-equiv="refresh" content="0;url=https://x.vn/" />', 'thẻ <meta>'],
    ['<style>body</style>', 'thẻ <style>'],
    ['<svg><script>alert(1)</script></svg>', 'thẻ <svg>'],
    ['Chữ <b onclick="alert(1)">đậm</b>.', 'thuộc tính onclick="alert(1)" của thẻ <b>'],
    ['<img src="./a.jpg" alt="a" onerror="alert(1)" />', 'thuộc tính onerror'],
    ['<p style="position:fixed">phủ trang</p>', 'thuộc tính style'],
    ['[bấm](javascript:alert(1))', 'địa chỉ "javascript:alert(1)"'],
    ['<a href="JaVaScRiPt:alert(1)">bấm</a>', 'địa chỉ "JaVaScRiPt:alert(1)"'],
    ['[dữ liệu](data:text/html,<b>x</b>)', 'địa chỉ "data:text/html'],
    ['[khác](//trang-khac.vn/)', 'dẫn sang trang web khác'],
    ['![ảnh](javascript:alert(1))', 'địa chỉ "javascript:alert(1)"'],
  ])('refuses %s, naming it, on the file’s line', (body, named) => {
    const problems = problemsOf(body);
    expect(problems.map((p) => p.message).join('\n')).toContain(named);
    expect(problems[0]?.line).toBe(10);
    expect(() => articleHtml(body)).toThrow(BodyRefused);
  });

  it('keeps what Markdown and an editor’s plain tags make', () => {
    const body = '## Kết quả\n\nChữ <mark>nổi</mark>, <abbr title="Công đoàn cơ sở">CĐCS</abbr>, [thư](mailto:a@b.vn), [gọi](tel:+84260), [trang](/xa/), [neo](#ket-qua).\n\n| A |\n|:-:|\n| 1 |\n\n- [x] xong\n\nCó chú thích[^1].\n\n[^1]: Nội dung.';
    expect(problemsOf(body)).toEqual([]);
    const { html } = articleHtml(body);
    for (const kept of ['<mark>nổi</mark>', 'href="mailto:a@b.vn"', 'href="tel:+84260"', 'href="/xa/"', 'href="#ket-qua"', 'style="text-align: center"', 'data-footnote-ref', 'id="user-content-fn-1"', 'id="kết-quả"']) {
      expect(html).toContain(kept);
    }
  });

  it('names schemes only where a scheme is written', () => {
    expect(urlProblem('href', 'https://a.vn/x?y=1:2')).toBeUndefined();
    expect(urlProblem('href', './anh/a.jpg')).toBeUndefined();
    expect(urlProblem('href', '/\\trang-khac.vn')).toContain('trang web khác');
    expect(urlProblem('src', 'mailto:a@b.vn')).toContain('không được dùng');
  });

  it('refuses a link that climbs out with ".."', () => {
    expect(urlProblem('href', '../../tai-lieu.pdf')).toContain('trèo ra ngoài bằng ".."');
    expect(urlProblem('href', '/../etc/passwd')).toContain('trèo ra ngoài');
    expect(urlProblem('href', '/mo-hinh/..')).toContain('trèo ra ngoài');
    expect(urlProblem('href', '/mo-hinh/cho-que/?a=..')).toBeUndefined();
    expect(urlProblem('href', 'https://a.vn/../x')).toBeUndefined();
  });

  it('takes pictures from the site only, never from another host', () => {
    expect(urlProblem('src', 'https://trang-khac.example/a.jpg')).toBe('ảnh "https://trang-khac.example/a.jpg" lấy từ trang web khác: hãy tải ảnh về, đặt cạnh bài (thư mục anh/) rồi ghi ./anh/<tên-ảnh>');
    expect(urlProblem('src', '//trang-khac.example/a.jpg')).toContain('lấy từ trang web khác');
    expect(urlProblem('src', './anh/a.jpg')).toBeUndefined();
  });
});

describe('a body is never run', () => {
  it.each([
    ['{globalThis.hacked = 1}', 'biểu thức'],
    ['<b title={globalThis.hacked = 1}>x</b>', 'biểu thức'],
    ['<b {...globalThis}>x</b>', 'biểu thức'],
    ['export const x = globalThis.hacked = 1', 'import/export'],
    ['<BieuDo />', 'thẻ <BieuDo>'],
    ['<x.y />', 'thẻ <x.y>'],
  ])('%s is refused, and rendering it runs nothing', (body, said) => {
    (globalThis as { hacked?: number }).hacked = undefined;
    expect(() => articleHtml(body)).toThrow(said);
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });
});
