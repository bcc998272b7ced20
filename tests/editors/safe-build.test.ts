/**
 * `npm run build` never loses the site: whatever fails — the content check, Astro's own
 * content layer, an MDX body, a page render, an integration after the pages are written — the
 * dist/ built before stays byte for byte, and nothing is left beside it. Each test works on a
 * copy of a project built once in the global setup.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { stagedBuild } from '../../scripts/lib/staged-build';
import { breakProject, errorLines, newFile, row } from './broken-rows';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

function builtCopy(): ProjectCopy {
  const project = copyProject(inject('builtProject'), { withDist: true });
  copies.push(project);
  return project;
}

describe.concurrent('npm run build refuses broken content: Astro, started beside the check, is stopped and says nothing', () => {
  it.for(['money written with dots, as text', 'broken MDX (a tag left open)', 'a component the page does not have (a render failure)'])('%s: the check’s lines, then a stop; dist/ untouched', async (mistake, { expect }) => {
    const project = builtCopy();
    breakProject(project, row(mistake));
    const before = project.distHash();
    const check = await project.npm('check');
    const build = await project.npm('build');
    expect(build.code, build.output).toBe(1);
    expect(errorLines(build.output)).toEqual(errorLines(check.output));
    expect(errorLines(build.output).length).toBeGreaterThan(0);
    expect(build.output).toContain('Bước 1/2: kiểm tra nội dung');
    expect(build.output).not.toContain('Bước 2/2');
    expect(build.output).toContain('Trang đã dựng lần trước trong dist/ vẫn giữ nguyên.');
    expect(project.distHash()).toBe(before);
    expect(project.leftovers()).toEqual([]);
  });
});

describe.concurrent('when Astro itself fails, with the check bypassed, dist/ stays byte for byte', () => {
  it.for([
    ['a schema fault in Astro’s content layer', row('a kind in Vietnamese'), /kind/],
    ['an MDX syntax error', row('broken MDX (a tag left open)'), /MDX|closing tag|<b>/],
    ['a failing page render', row('a component the page does not have (a render failure)'), /BieuDo/],
  ] as const)('%s', async ([, mistake, said], { expect }) => {
    const project = builtCopy();
    breakProject(project, mistake);
    const before = project.distHash();
    let output = '';
    const result = await stagedBuild({ root: project.root, log: (chunk) => (output += chunk) });
    expect(result.ok, output).toBe(false);
    expect(output).toMatch(said);
    expect(project.distHash()).toBe(before);
    expect(project.leftovers()).toEqual([]);
  });
});

describe('the integrations run inside the staging folder', () => {
  it('an integration failing after the pages are written (as a search index could) leaves dist/ as it was', async () => {
    const project = builtCopy();
    project.write('astro.config.base.mjs', project.read('astro.config.mjs'));
    project.write('astro.config.mjs', `import base from './astro.config.base.mjs';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const failingIndex = {
  name: 'chi-muc-hong',
  hooks: {
    'astro:build:done': ({ dir }) => {
      writeFileSync(new URL('./.integration-dir', import.meta.url), fileURLToPath(dir));
      writeFileSync(new URL('chi-muc-do-dang.json', dir), '{"nửa":"chừng"}');
      throw new Error('chỉ mục tìm kiếm hỏng');
    },
  },
};
export default { ...base, integrations: [...base.integrations, failingIndex] };
`);
    const before = project.distHash();
    const build = await project.npm('build');
    expect(build.code, build.output).toBe(1);
    expect(build.output).toContain('chỉ mục tìm kiếm hỏng');
    expect(build.output).toContain('Dựng trang thất bại: astro build dừng với mã lỗi 1. Trang đã dựng lần trước trong dist/ vẫn giữ nguyên.');
    expect(project.read('.integration-dir')).toMatch(new RegExp(`^${project.root}/\\.dist-staging/?$`));
    expect(existsSync(join(project.root, 'dist', 'chi-muc-do-dang.json'))).toBe(false);
    expect(project.distHash()).toBe(before);
    expect(project.leftovers()).toEqual([]);
  });
});

describe('a good build', () => {
  it('replaces dist/ with the new site, pictures included, and leaves nothing beside it', async () => {
    const project = builtCopy();
    const picture = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } }).jpeg().toBuffer();
    project.write('content/models/anh/vuon-rau-xanh.jpg', picture);
    project.write(newFile, `---
title: Vườn rau xanh thử nghiệm
summary: Bài thử của bộ kiểm thử, không phải một mô hình thật.
publishedAt: 2026-11-01
author: Ban biên tập
unit: cdcs-truong-thcs-chu-van-an
fields: [phat-trien-kinh-te]
kind: collective
cover:
  src: ./anh/vuon-rau-xanh.jpg
  alt: Luống rau xanh
---

## Kết quả

Xem [xã Hà Mòn](/xa/ha-mon/) và [phần kết quả](#kết-quả).

![Luống rau xanh](./anh/vuon-rau-xanh.jpg)
`);
    const before = project.distHash();
    const check = await project.npm('check');
    expect(check.code, check.output).toBe(0);
    const build = await project.npm('build');
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('Đã dựng xong và thay dist/ bằng bản mới.');
    const html = readFileSync(join(project.root, 'dist/mo-hinh/vuon-rau-xanh/index.html'), 'utf8');
    expect(html).toContain('Vườn rau xanh thử nghiệm');
    expect(html).toMatch(/<img[^>]+alt="Luống rau xanh"/);
    expect(readdirSync(join(project.root, 'dist/_astro')).some((name) => name.startsWith('vuon-rau-xanh'))).toBe(true);
    expect(project.distHash()).not.toBe(before);
    expect(project.leftovers()).toEqual([]);
  });
});
