/**
 * A rebuild copies unchanged model pages from the last build (Astro's incremental build): it must
 * publish exactly what a clean build of the same content publishes, whatever the editor changed —
 * an article's text, or a unit's name that other articles show.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy';

const project = copyProject();
afterAll(() => project.remove());

const clean = () => ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'].forEach((dir) => rmSync(join(project.root, dir), { recursive: true, force: true }));
const page = (path: string) => readFileSync(join(project.root, 'dist', path, 'index.html'), 'utf8');

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
    const rebuild = await project.npm('build');
    expect(rebuild.code, rebuild.output).toBe(0);
    // Pages of models whose content did not change were copied, not rendered.
    expect(rebuild.output).toMatch(/mo-hinh\/chan-nuoi-ga-vit-dao-thi-chien\/index\.html\s*\((cached|restored)\)/);
    expect(page('mo-hinh/tuyen-duong-hoa-dak-ngok')).toContain('Đoạn biên tập viên vừa thêm.');
    expect(page('mo-hinh/cho-que-mam-non-hoa-hong')).toContain('CĐCS Trường mầm non Hoa Hồng (đổi tên)');
    expect(page('mo-hinh/khu-dan-cu-kieu-mau-thon-thong-nhat')).toMatch(/data-related-model="tuyen-duong-hoa-dak-ngok"><a [^>]*>Tuyến đường hoa \(đổi tên\)</);
    const incremental = project.distHash();

    clean();
    const fresh = await project.npm('build');
    expect(fresh.code, fresh.output).toBe(0);
    expect(fresh.output).not.toMatch(/\((cached|restored)\)/);
    expect(project.distHash()).toBe(incremental);
  });
});
