import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPath } from './editor-guard.ts';
import { copyProject, type ProjectCopy } from './project-copy.ts';
import { startEditorServer, type EditorServer } from './editor-server.ts';

const model = (extra: string) => `---
title: Quỹ khuyến học thôn Kon Gu
summary: CĐCS vận động quỹ khuyến học cho học sinh thôn.
publishedAt: 2026-11-30
author: Ban biên tập Dân vận khéo
fields: [phat-trien-kinh-te]
kind: collective
${extra}---

Một đoạn.
`;

describe('contentPath: the editor reads and writes only inside content/', () => {
  it.each(['../src/pages/index.astro', '/etc/passwd', 'src/pages/x.astro', 'content/../package.json', 'content\\..\\x', '', 'package.json'])('refuses %j', (path) => {
    expect(() => contentPath(path)).toThrow(/content\/|không hợp lệ/);
  });
  it.each(['content/models/x.mdx', 'content/models/anh/x.jpg', 'content/units.yaml', 'content/models/'])('accepts %j', (path) => {
    expect(contentPath(path)).toMatch(/^content/);
  });
});

describe("the editor's backend, over HTTP", () => {
  let copy: ProjectCopy;
  let server: EditorServer;
  const post = async (action: string, params: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, params: { branch: 'main', ...params } }) });
    return { status: response.status, body: (await response.json()) as { error?: string } };
  };
  const persist = (path: string, raw: string, newEntry = true) => post('persistEntry', { dataFiles: [{ path, raw, slug: 'x' }], assets: [], options: { newEntry, commitMessage: 'x', useWorkflow: false, status: 'draft' } });

  beforeAll(async () => {
    copy = copyProject(undefined, { label: 'editor-guard' });
    server = await startEditorServer({ root: copy.root, port: 0, script: '' });
  });
  afterAll(async () => {
    await server?.close();
    copy?.remove();
  });

  it('listens on 127.0.0.1 only, and says so in Vietnamese when its port is taken', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(startEditorServer({ root: copy.root, port: Number(new URL(server.url).port), script: '' })).rejects.toThrow(/cổng \d+ trên 127\.0\.0\.1 đang bận/);
  });

  it('lists the models through Decap\'s own middleware', async () => {
    const { status, body } = await post('entriesByFolder', { folder: 'content/models', extension: 'mdx', depth: 1 });
    expect(status).toBe(200);
    expect((body as unknown as { file: { path: string } }[]).map((e) => e.file.path)).toContain('content/models/cho-que-mam-non-hoa-hong.mdx');
  });

  it('refuses a path outside content/, deleting, and actions the form does not use', async () => {
    expect((await post('getEntry', { path: 'package.json' })).status).toBe(422);
    expect((await persist('src/pages/evil.astro', 'x')).body.error).toMatch(/ngoài thư mục content\//);
    expect((await post('deleteFile', { path: 'content/models/cho-que-mam-non-hoa-hong.mdx' })).status).toBe(422);
    expect(existsSync(join(copy.root, 'content/models/cho-que-mam-non-hoa-hong.mdx'))).toBe(true);
    expect((await post('unpublishedEntries', {})).status).toBe(422);
  });

  it('never overwrites an article with a new one', async () => {
    const before = copy.read('content/models/cho-que-mam-non-hoa-hong.mdx');
    const { status, body } = await persist('content/models/cho-que-mam-non-hoa-hong.mdx', model(''));
    expect(status).toBe(422);
    expect(body.error).toMatch(/không ghi đè/);
    expect(copy.read('content/models/cho-que-mam-non-hoa-hong.mdx')).toBe(before);
  });

  it('refuses what the check refuses, in its words, and writes nothing', async () => {
    const { status, body } = await persist('content/models/quy-khuyen-hoc-thon-kon-gu.mdx', model('funding:\n  total: một trăm triệu\n'));
    expect(status).toBe(422);
    expect(body.error).toContain('content/models/quy-khuyen-hoc-thon-kon-gu.mdx:9 funding.total: cần tổng kinh phí (đồng) là một số nguyên không âm, nhưng nhận được chữ "một trăm triệu"');
    expect(existsSync(join(copy.root, 'content/models/quy-khuyen-hoc-thon-kon-gu.mdx'))).toBe(false);
    expect((await persist('content/models/Quy Khuyen.mdx', model(''))).body.error).toMatch(/tên bài chỉ gồm chữ thường không dấu/);
  });

  it('writes a valid article', async () => {
    const { status, body } = await persist('content/models/quy-khuyen-hoc-thon-kon-gu.mdx', model('funding:\n  total: 100000000\n'));
    expect(body.error).toBeUndefined();
    expect(status).toBe(200);
    expect(readFileSync(join(copy.root, 'content/models/quy-khuyen-hoc-thon-kon-gu.mdx'), 'utf8')).toContain('total: 100000000');
    // Written whole through a temporary file renamed over the article: none is left behind.
    expect(readdirSync(join(copy.root, 'content/models')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('takes a picture only into an anh/ folder, as a web image, never over another', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const media = (path: string) => post('persistMedia', { asset: { path, content: png.toString('base64'), encoding: 'base64' }, options: { commitMessage: 'ảnh' } });
    expect((await media('content/models/evil.png')).body.error).toMatch(/thư mục anh\//);
    expect((await media('content/models/anh/x.svg')).body.error).toMatch(/định dạng/);
    const first = await media('content/models/anh/cham-soc.png');
    expect(first.body.error).toBeUndefined();
    expect(first.status).toBe(200);
    expect((await media('content/models/anh/cham-soc.png')).body.error).toMatch(/đã có ảnh tên "cham-soc.png"/);
  });
});
