import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditSite, pagePath, siteReportLines } from './site-audit';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function page(title: string, description: string, main: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
    <meta name="description" content="${description}">
    <link rel="canonical" href="https://dvk.example/">
  </head>
  <body>
    <main id="noi-dung">${main}</main>
  </body>
</html>
`;
}

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dvk-site-'));
  dir = root;
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const home = page('Trang chủ', 'Mô hình Dân vận khéo.', '<h1>Trang chủ</h1><p><a href="/xa/ha-mon/#ket-qua">Hà Mòn</a> <a href="https://dvk.example/xa/ha-mon/">bản đầy đủ</a></p>');
const commune = page('Hà Mòn', 'Mô hình ở xã Hà Mòn.', '<h1>Hà Mòn</h1><h2 id="ket-qua">Kết quả</h2><p><a href="../../">Về trang chủ</a></p>');

describe('auditSite', () => {
  it('maps files to the paths a browser asks for', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('xa/ha-mon/index.html')).toBe('/xa/ha-mon/');
    expect(pagePath('sitemap-0.xml')).toBe('/sitemap-0.xml');
  });

  it('finds nothing wrong with a sound site', async () => {
    const root = site({ 'index.html': home, 'xa/ha-mon/index.html': commune, 'sitemap-0.xml': '<urlset><url><loc>https://dvk.example/xa/ha-mon/</loc></url></urlset>' });
    expect(await auditSite(root)).toEqual([]);
  });

  it('reports broken links and anchors, empty or untitled pages, invalid HTML and sitemap entries without a page', async () => {
    const root = site({
      'index.html': home.replace('#ket-qua', '#ket-quaa').replace('</p>', '<a href="/xa/dak-ui/">Đăk Ui</a></p>'),
      'xa/ha-mon/index.html': commune.replace('<title>Hà Mòn</title>', '<title> </title>').replace(' content="Mô hình ở xã Hà Mòn."', ' content=""'),
      'xa/trong/index.html': page('Trống', 'Không có gì.', '   '),
      'xa/sai/index.html': page('Sai', 'HTML sai.', '<p>Đoạn<div>khối</div></p>'),
      'sitemap-0.xml': '<urlset><url><loc>https://dvk.example/xa/khong-co/</loc></url></urlset>',
    });
    const problems = (await auditSite(root)).map((p) => `${p.page}${p.line ? `:${p.line}` : ''} ${p.message}`);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/:10 trang "\/xa\/ha-mon\/" không có mục "#ket-quaa"\. Có phải ý bạn là "ket-qua"\?$/),
      expect.stringMatching(/^\/:10 liên kết tới trang không có: "\/xa\/dak-ui\/"/),
      '/xa/ha-mon/ trang không có tiêu đề (<title> trống hoặc thiếu)',
      '/xa/ha-mon/ trang không có mô tả (<meta name="description"> trống hoặc thiếu)',
      '/xa/trong/ trang trống: không có chữ nào trong phần nội dung',
      expect.stringMatching(/^\/xa\/sai\/:10 HTML không hợp lệ \(/),
      '/sitemap-0.xml sơ đồ trang liệt kê địa chỉ không có: https://dvk.example/xa/khong-co/',
    ]));
  });
});

describe('siteReportLines', () => {
  it('prints a fault of the shared layout once, with the pages it is on', () => {
    const everywhere = ['/', '/xa/', '/don-vi/', '/nam/'].map((page) => ({ page, line: 2, message: 'liên kết tới trang không có: "/tim-kiem/".' }));
    expect(siteReportLines([...everywhere, { page: '/xa/', message: 'trang trống' }])).toEqual([
      'liên kết tới trang không có: "/tim-kiem/". — trên 4 trang: /, /xa/, /don-vi/, …',
      '/xa/ trang trống',
    ]);
  });
});
