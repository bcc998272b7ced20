/**
 * A rebuild copies unchanged pages and files from the last build (Astro's incremental build): it must
 * publish exactly what a clean build of the same content publishes, whatever the editor changed —
 * an article's text or figures, or a unit's name that other articles show. The Word reports, open
 * data and feeds that hold an edited article are written again; those that hold none are copied.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy';
import { readDocx, rowText } from '../docx';

const project = copyProject();
afterAll(() => project.remove());

const clean = () => ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'].forEach((dir) => rmSync(join(project.root, dir), { recursive: true, force: true }));
const page = (path: string) => readFileSync(join(project.root, 'dist', path, 'index.html'), 'utf8');
const escaped = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether Astro's log says it copied `path` from the last build ("(restored)", "(cached)") rather than rendering it. */
const copied = (log: string, path: string) => {
  const line = log.match(new RegExp(`├─ ${escaped(path)}/? (.*)`))?.[1];
  if (line === undefined) throw new Error(`${path} không có trong nhật ký dựng`);
  return /\((cached|restored)\)/.test(line);
};
const wordText = (path: string) => {
  const doc = readDocx(readFileSync(join(project.root, 'dist', path)));
  return [...doc.paragraphs, ...doc.tables.flatMap((table) => table.map(rowText))].join('\n');
};

describe('a rebuild after an edit', () => {
  it('re-renders what changed, copies the rest, and equals a clean build', async () => {
    const first = await project.npm('build');
    expect(first.code, first.output).toBe(0);

    const article = 'content/models/tuyen-duong-hoa-dak-ngok.mdx';
    project.write(article, `${project.read(article)}\nĐoạn biên tập viên vừa thêm.\n`);
    project.write('content/units.yaml', project.read('content/units.yaml').replace('name: CĐCS Trường mầm non Hoa Hồng', 'name: CĐCS Trường mầm non Hoa Hồng (đổi tên)'));
    // A related model's title: shown at the end of the pages that list it, whose own content is unchanged.
    const relatedArticle = 'content/models/tuyen-duong-hoa-dak-ngok.mdx';
    project.write(relatedArticle, project.read(relatedArticle).replace('title: Tuyến đường hoa', 'title: Tuyến đường hoa (đổi tên)'));
    // A figure and the body of an article with no commune: its unit's, field's and year's files change, no commune's.
    const funded = 'content/models/quy-ho-tro-doan-vien-to-vinh-dien.mdx';
    expect(wordText('so-lieu/bao-cao/toan-giai-doan.docx')).not.toContain('15.000.000 đ');
    project.write(funded, `${project.read(funded).replace('total: 12000000', 'total: 15000000').replace('amount: 12000000', 'amount: 15000000')}\nĐoạn bổ sung về quỹ.\n`);
    const rebuild = await project.npm('build');
    expect(rebuild.code, rebuild.output).toBe(0);
    // Pages of models whose content did not change were copied, not rendered.
    expect(rebuild.output).toMatch(/mo-hinh\/chan-nuoi-ga-vit-dao-thi-chien\/index\.html\s*\((cached|restored)\)/);
    expect(page('mo-hinh/tuyen-duong-hoa-dak-ngok')).toContain('Đoạn biên tập viên vừa thêm.');
    expect(page('mo-hinh/cho-que-mam-non-hoa-hong')).toContain('CĐCS Trường mầm non Hoa Hồng (đổi tên)');
    expect(page('mo-hinh/khu-dan-cu-kieu-mau-thon-thong-nhat')).toMatch(/data-related-model="tuyen-duong-hoa-dak-ngok"><a [^>]*>Tuyến đường hoa \(đổi tên\)</);
    // The files that show the edited figure are written again, and show it.
    for (const file of ['so-lieu/bao-cao/toan-giai-doan.docx', 'so-lieu/bao-cao/nam/2019.docx', 'du-lieu/mo-hinh.json', 'du-lieu/mo-hinh.csv', 'du-lieu/don-vi/cdcs-truong-tieu-hoc-to-vinh-dien.json', 'du-lieu/linh-vuc/quy-ho-tro.csv']) {
      expect(copied(rebuild.output, `/${file}`), file).toBe(false);
    }
    expect(wordText('so-lieu/bao-cao/toan-giai-doan.docx')).toContain('15.000.000 đ');
    const unitData = JSON.parse(readFileSync(join(project.root, 'dist/du-lieu/don-vi/cdcs-truong-tieu-hoc-to-vinh-dien.json'), 'utf8')) as { models: { id: string; funding: { total: number } | null }[] };
    expect(unitData.models.find((m) => m.id === 'quy-ho-tro-doan-vien-to-vinh-dien')?.funding?.total).toBe(15_000_000);
    // Those that hold no edited article (nor the renamed unit's) are copied from the last build, and so is
    // the feed of the funded article's unit: a feed shows titles and summaries, neither figures nor bodies.
    for (const file of ['don-vi/cdcs-truong-tieu-hoc-to-vinh-dien/rss.xml', 'so-lieu/bao-cao/xa/dak-la.docx', 'du-lieu/xa/dak-la.json', 'du-lieu/don-vi/cdcs-truong-thcs-chu-van-an.json', 'du-lieu/don-vi/cdcs-truong-thcs-chu-van-an.csv', 'don-vi/cdcs-truong-thcs-chu-van-an/rss.xml', 'xa/dak-la/rss.xml']) {
      expect(copied(rebuild.output, `/${file}`), file).toBe(true);
    }
    const incremental = project.distHash();

    clean();
    const fresh = await project.npm('build');
    expect(fresh.code, fresh.output).toBe(0);
    expect(fresh.output).not.toMatch(/\((cached|restored)\)/);
    expect(project.distHash()).toBe(incremental);
  });
});
