import { describe, expect, it } from 'vitest';
import { articleHtml, articleParts } from './html';
import { imageMarker } from './picture-markers';

describe('articleHtml', () => {
  it('prints Markdown as Astro’s MDX pipeline does: smart punctuation, escaped text and attributes', () => {
    const { html } = articleHtml('Có "ngoặc" -- và [liên kết](https://a.vn/?x=1&y=2 "Tựa") & \\< chữ.');
    expect(html).toBe('<p>Có “ngoặc” – và <a href="https://a.vn/?x=1&amp;y=2" title="Tựa">liên kết</a> &amp; &lt; chữ.</p>');
  });

  it('gives headings the ids Astro gives them, and keeps an id written by hand', () => {
    const { html } = articleHtml('## Kinh phí\n\n## Kinh phí\n\n<h3 id="rieng">Viết tay</h3>');
    expect(html).toContain('<h2 id="kinh-phí">Kinh phí</h2>');
    expect(html).toContain('<h2 id="kinh-phí-1">Kinh phí</h2>');
    expect(html).toContain('<h3 id="rieng">Viết tay</h3>');
  });

  it('prints table alignment as styles, void tags closed, boolean attributes bare', () => {
    const { html } = articleHtml('| A | B |\n|:--|--:|\n| 1 | 2 |\n\n- [x] xong\n\nngắt\\\ndòng');
    expect(html).toContain('<th style="text-align: left">A</th>');
    expect(html).toContain('<td style="text-align: right">2</td>');
    expect(html).toContain('<input type="checkbox" checked disabled />');
    expect(html).toContain('ngắt<br/>');
  });

  it('keeps plain HTML tags and drops editors’ comments', () => {
    const { html } = articleHtml('<div class="ghi-chu">Chữ <abbr title="Công đoàn cơ sở">CĐCS</abbr></div>\n\n{/* ghi chú */}\n\nHết.');
    expect(html).toBe('<div class="ghi-chu">Chữ <abbr title="Công đoàn cơ sở">CĐCS</abbr></div>\n\n<p>Hết.</p>');
  });

  it('labels footnotes in Vietnamese', () => {
    const { html } = articleHtml('Có chú thích[^1].\n\n[^1]: Nội dung.');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Chú thích</h2>');
    expect(html).toContain('aria-label="Quay lại chỗ dẫn chú thích 1"');
    expect(html).not.toMatch(/Footnotes|Back to/);
  });

  it('leaves a marker where each picture goes, with what the page needs to draw it', () => {
    const { html, images } = articleHtml('![Sọc màu](./soc.png)\n\nGiữa ![Hình tròn](./tron.jpg "Tựa") chữ.');
    expect(html).toBe(`<p>${imageMarker(0)}</p>\n<p>Giữa ${imageMarker(1)} chữ.</p>`);
    expect(images).toEqual([{ src: './soc.png', alt: 'Sọc màu' }, { src: './tron.jpg', alt: 'Hình tròn' }]);
  });

  it('never lets text forge a marker', () => {
    const { html, images } = articleHtml(`Chữ \\${imageMarker(0)} thường.`);
    expect(html).not.toContain(imageMarker(0));
    expect(images).toEqual([]);
  });
});

describe('articleParts', () => {
  it('splits the body at its pictures, each with its path beside the article when it has one', () => {
    expect(articleParts('content/models/bai.mdx', 'Trước.\n\n![Sọc màu](./soc.png)\n\nSau.')).toEqual([
      { html: '<p>Trước.</p>\n<p>' },
      { picture: { src: './soc.png', alt: 'Sọc màu' }, path: '/content/models/soc.png' },
      { html: '</p>\n<p>Sau.</p>' },
    ]);
  });

  it('refuses a picture from another host, naming the file and line', () => {
    expect(() => articleParts('content/models/bai.mdx', 'Trước.\n\n![Ảnh ngoài](https://example.org/a.jpg)')).toThrow(/bai\.mdx:\d+ \(thân bài\): .*"https:\/\/example\.org\/a\.jpg" lấy từ trang web khác/);
  });

  it('names the file whose body does not compile', () => {
    expect(() => articleParts('content/models/hong.mdx', '<b>mở mà không đóng')).toThrow(/Không dựng được thân bài content\/models\/hong\.mdx/);
  });
});
