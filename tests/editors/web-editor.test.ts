/**
 * The web editor end to end, in Debian's Chromium: an editor creates a complete model through the
 * form, fixes a summary, and is stopped with the check's own words on bad input; the files on disk
 * are then what a careful hand would write, `npm run check` passes and the built page shows the facts.
 * No request may leave 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy';
import { startEditorServer, type EditorServer } from '../../scripts/lib/editor-server';
import { editorScript } from '../../src/integrations/editor-files';
import { todayInVietnam } from '../../src/lib/content-check/rules';
import { devEnvironment, freePort } from '../dev-server';

let copy: ProjectCopy;
let server: EditorServer;
let browser: Browser;
const hosts = new Set<string>();
const apiErrors: string[] = [];

async function openEditor(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  // data: and blob: addresses (the picture chosen for upload) never leave the browser.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:') hosts.add(`${url.protocol}//${url.host}`);
  });
  page.on('response', async (response) => {
    if (response.url().includes('/api/v1') && response.status() >= 400) apiErrors.push(await response.text());
  });
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: /Mô hình/ }).first().waitFor();
  await page.goto(`${server.url}/admin/#${path}`);
  return page;
}

/** A field by its label, which Decap follows with "(không bắt buộc)" when the field is optional. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${escape(label)}( \\(không bắt buộc\\))?$`));
}

async function choose(page: Page, label: string, typed: string) {
  await field(page, label).fill(typed);
  await page.keyboard.press('Enter');
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Công bố' }).click();
  await page.getByText('Công bố ngay').click();
}

/** The messages shown under the fields, each with its field's label. */
function fieldErrors(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[class*=ControlErrorsList] li')].map((li) => li.textContent ?? ''));
}

/** Waits until the save has reached the disk; otherwise fails with what the editor was shown. */
async function saved(page: Page, done: () => boolean) {
  await expect.poll(done, { timeout: 15_000 }).toBe(true).catch(async (error) => {
    throw new Error(`${String(error)}\n${(await fieldErrors(page)).join('\n')}\n${await page.locator('[class*=Toast], [role=alert]').allInnerTexts()}\n${apiErrors.join('\n')}`);
  });
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: copy.root, encoding: 'utf8' });

beforeAll(async () => {
  copy = copyProject(inject('builtProject'), { withDist: true, label: 'web-editor' });
  git('init', '-q');
  git('add', 'content');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'start');
  server = await startEditorServer({ root: copy.root, port: 0, script: await editorScript(copy.root) });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  copy?.remove();
});

describe('the web editor (Decap CMS on the local backend)', () => {
  it('creates a complete model through the form, as a file that passes the check and builds', async () => {
    const cover = join(copy.root, 'cover-upload.jpg');
    await sharp({ create: { width: 800, height: 500, channels: 3, background: '#3a7d44' } }).jpeg().withMetadata({ exif: { IFD0: { Artist: 'Nguyễn Văn A' } } }).toFile(cover);
    const page = await openEditor('/collections/models/new');
    await field(page, 'Tên mô hình').fill('Quỹ “Đồng hành” đỡ đầu học sinh Hà Mòn');
    await field(page, 'Tóm tắt một câu').fill('CĐCS Trường THCS Chu Văn An vận động 190.000.000 đồng đỡ đầu học sinh khó khăn.');
    await choose(page, 'Đơn vị thực hiện', 'Chu Văn An');
    await choose(page, 'Xã', 'Hà Mòn (đến');
    await choose(page, 'Lĩnh vực', 'Phát triển kinh tế');
    await choose(page, 'Lĩnh vực', 'Môi trường');
    await choose(page, 'Loại mô hình', 'Tập thể');
    await field(page, 'Tổng kinh phí (đồng)').fill('190.000.000');
    await page.getByRole('button', { name: /các nguồn góp/i }).click();
    await choose(page, 'Nguồn', 'Nhân dân');
    await field(page, 'Số tiền của nguồn (đồng)').fill('50000000');
    await page.getByRole('button', { name: /người hưởng lợi/i }).click();
    await field(page, 'Nhóm người hưởng lợi').fill('học sinh có hoàn cảnh khó khăn');
    await field(page, 'Số lượng').fill('35');
    await field(page, 'Đơn vị đếm').fill('học sinh');
    await choose(page, 'Báo cáo nguồn', '10 năm thực hiện');
    await page.getByRole('button', { name: /Chọn một hình/ }).click();
    await page.locator('input[type=file]').setInputFiles(cover);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await field(page, 'Mô tả ảnh').fill('Học sinh nhận học bổng tại sân trường');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Đoạn thứ nhất của bài.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn thứ hai của bài.');
    // The preview pane reads as the page will: title, the facts in the site's formats, the body.
    const preview = page.frameLocator('iframe').first().locator('body');
    await expect.poll(() => preview.innerText()).toMatch(/Quỹ “Đồng hành” đỡ đầu học sinh Hà Mòn[\s\S]*xã Hà Mòn \(đến 30\/06\/2025\)[\s\S]*190\.000\.000 đ[\s\S]*Nhân dân\s+50\.000\.000 đ[\s\S]*35 học sinh[\s\S]*Đoạn thứ hai của bài\./);
    await publish(page);
    const file = 'content/models/quy-dong-hanh-do-dau-hoc-sinh-ha-mon.mdx';
    await saved(page, () => existsSync(join(copy.root, file)));
    expect(copy.read(file)).toBe(`---
title: Quỹ “Đồng hành” đỡ đầu học sinh Hà Mòn
summary: CĐCS Trường THCS Chu Văn An vận động 190.000.000 đồng đỡ đầu học sinh khó khăn.
publishedAt: ${todayInVietnam()}
author: Ban biên tập Dân vận khéo
unit: cdcs-truong-thcs-chu-van-an
commune: ha-mon
fields: [phat-trien-kinh-te, moi-truong]
kind: collective
funding:
  total: 190000000
  sources:
    - from: [nhan-dan]
      amount: 50000000
beneficiaries:
  - group: học sinh có hoàn cảnh khó khăn
    count: 35
    unit: học sinh
source: tong-ket-10-nam-dan-van-kheo-2019
cover:
  src: ./anh/cover-upload.jpg
  alt: Học sinh nhận học bổng tại sân trường
---

Đoạn thứ nhất của bài.

Đoạn thứ hai của bài.
`);
    expect(existsSync(join(copy.root, 'content/models/anh/cover-upload.jpg'))).toBe(true);
    await page.close();

    const check = await copy.npm('check');
    expect(check.code, check.output).toBe(0);
    const build = await copy.npm('build');
    expect(build.code, build.output).toBe(0);
    const html = copy.read('dist/mo-hinh/quy-dong-hanh-do-dau-hoc-sinh-ha-mon/index.html');
    for (const fact of ['Quỹ “Đồng hành” đỡ đầu học sinh Hà Mòn', '190.000.000 đ', '50.000.000 đ', 'Nhân dân', '35 học sinh', 'xã Hà Mòn', 'THCS Chu Văn An', 'Phát triển kinh tế', 'Đoạn thứ hai của bài.', 'alt="Học sinh nhận học bổng tại sân trường"']) expect(html).toContain(fact);
    // The same image pipeline as a hand-placed picture: resized variants, no camera metadata left.
    const variant = /<img[^>]+alt="Học sinh nhận học bổng tại sân trường"[^>]+src="([^"]+)"|<img[^>]+src="([^"]+)"[^>]+alt="Học sinh nhận học bổng tại sân trường"/.exec(html)!;
    const published = join(copy.root, 'dist', (variant[1] ?? variant[2])!.split('?')[0]!);
    expect((await sharp(published).metadata()).exif).toBeUndefined();
  });

  it('fixes a summary and a figure, each as a one-line change in git', async () => {
    const file = 'content/models/chan-nuoi-ga-vit-dao-thi-chien.mdx';
    const before = copy.read(file);
    const page = await openEditor('/collections/models/entries/chan-nuoi-ga-vit-dao-thi-chien');
    await field(page, 'Tóm tắt một câu').fill('Đồng chí Đào Thị Chiên hướng dẫn 25 hộ dân chăn nuôi gà thịt, vịt siêu trứng.');
    await publish(page);
    await saved(page, () => copy.read(file).includes('summary: Đồng chí Đào Thị Chiên hướng dẫn 25 hộ dân chăn nuôi gà thịt, vịt siêu trứng.'));
    expect(git('diff', '--numstat', '--', file)).toBe(`1\t1\t${file}\n`);
    expect(git('diff', '-U0', '--', file)).toContain('+summary: Đồng chí Đào Thị Chiên hướng dẫn 25 hộ dân chăn nuôi gà thịt, vịt siêu trứng.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'summary');

    const edited = copy.read(file);
    await page.reload();
    await field(page, 'Số lượng').fill('26');
    await publish(page);
    await saved(page, () => copy.read(file).includes('count: 26'));
    expect(git('diff', '-U0', '--', file).split('\n').filter((line) => /^[-+] /.test(line))).toEqual(['-    count: 25', '+    count: 26']);
    await page.close();
  });

  it('stops money in words, a negative count, a day that does not exist and a missing title, in the check\'s words', async () => {
    const page = await openEditor('/collections/models/new');
    await field(page, 'Tóm tắt một câu').fill('Một câu tóm tắt.');
    await choose(page, 'Lĩnh vực', 'Phát triển kinh tế');
    await field(page, 'Ngày đăng').fill('31/02/2026');
    await field(page, 'Tổng kinh phí (đồng)').fill('một trăm triệu');
    await page.getByRole('button', { name: /người hưởng lợi/i }).click();
    await field(page, 'Nhóm người hưởng lợi').fill('hộ dân');
    await field(page, 'Số lượng').fill('-5');
    await field(page, 'Đơn vị đếm').fill('hộ');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Một đoạn.');
    const models = readdirSync(join(copy.root, 'content/models'));
    await publish(page);
    const messages = [
      'thiếu tiêu đề (title)',
      'cần ngày đăng (publishedAt) dạng NNNN-TT-NN (ví dụ 2019-08-30), nhưng nhận được chữ "2026-02-31"',
      'cần tổng kinh phí (đồng) là một số nguyên không âm, nhưng nhận được chữ "một trăm triệu"',
      'số người hưởng lợi (count) không được âm',
    ];
    await expect.poll(() => fieldErrors(page)).toEqual(expect.arrayContaining(messages));
    expect(readdirSync(join(copy.root, 'content/models'))).toEqual(models);
    await page.close();

    // The same faults written by hand are stopped by the check with the same words.
    copy.write('content/models/bai-loi.mdx', `---
summary: Một câu tóm tắt.
publishedAt: 2026-02-31
author: Ban biên tập Dân vận khéo
fields: [phat-trien-kinh-te]
kind: collective
funding:
  total: một trăm triệu
beneficiaries:
  - group: hộ dân
    count: -5
    unit: hộ
---

Một đoạn.
`);
    const check = await copy.npm('check');
    expect(check.code).toBe(1);
    for (const message of messages) expect(check.output).toContain(message);
    rmSync(join(copy.root, 'content/models/bai-loi.mdx'));
  });

  it('adds a unit to units.yaml through the form, appending its lines and touching no other', async () => {
    const before = copy.read('content/units.yaml');
    const page = await openEditor('/collections/units/entries/units');
    await page.getByRole('button', { name: /Add đơn vị/i }).click();
    await field(page, 'Mã đơn vị').last().fill('cdcs-truong-mam-non-sao-mai');
    await field(page, 'Tên đầy đủ').last().fill('CĐCS Trường mầm non Sao Mai');
    await field(page, 'Tên ngắn').last().fill('MN Sao Mai');
    await field(page, 'Loại đơn vị').last().fill('Trường học');
    await page.keyboard.press('Enter');
    await field(page, 'Cấp học').last().fill('Mầm non');
    await page.keyboard.press('Enter');
    await publish(page);
    await saved(page, () => copy.read('content/units.yaml') !== before);
    expect(copy.read('content/units.yaml')).toBe(`${before}cdcs-truong-mam-non-sao-mai:
  name: CĐCS Trường mầm non Sao Mai
  shortName: MN Sao Mai
  kind: school
  schoolLevel: mam-non
`);
    await page.close();
  });

  it('asks no host but 127.0.0.1 for anything', () => {
    expect(hosts.size).toBeGreaterThan(0);
    expect([...hosts].filter((host) => !/^http:\/\/127\.0\.0\.1:\d+$/.test(host))).toEqual([]);
  });
});

describe('npm run editor', () => {
  it('starts the editor and the preview on 127.0.0.1 only, prints both, and stops both on Ctrl-C', async () => {
    const sitePort = await freePort();
    const child = spawn('npm', ['run', '--silent', 'editor', '--', '--port', '0', '--site-port', String(sitePort)], { cwd: copy.root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: devEnvironment() });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Ctrl-C in a terminal signals the whole group (npm and the editor): npm ends by the signal, the editor with code 0.
    const exited = new Promise<string>((done) => child.on('exit', (code, signal) => done(signal ?? String(code))));
    try {
      await expect.poll(() => /Trình biên tập: (http:\/\/127\.0\.0\.1:\d+)\/admin\//.exec(output)?.[1], { timeout: 60_000 }).toBeTruthy();
      const url = /Trình biên tập: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
      expect(output).toContain(`Xem trước trang: http://127.0.0.1:${sitePort}/`);
      expect(await (await fetch(`${url}/admin/`)).text()).toContain('<script src="decap/decap-cms.js"></script>');
      const setup = await (await fetch(`${url}/admin/config.json`)).json();
      expect(setup.config.backend).toEqual({ name: 'proxy', proxy_url: `${url}/api/v1` });
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${sitePort}/mo-hinh/cho-que-mam-non-hoa-hong/`).catch(() => undefined))?.status, { timeout: 60_000 }).toBe(200);
      const outside = Object.values(networkInterfaces()).flat().find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
      if (outside) {
        await expect(fetch(`http://${outside}:${new URL(url).port}/admin/`)).rejects.toThrow();
        await expect(fetch(`http://${outside}:${sitePort}/`)).rejects.toThrow();
      }
      process.kill(-child.pid!, 'SIGINT');
      expect(['0', 'SIGINT']).toContain(await exited);
      expect(output).not.toMatch(/Error|lỗi/);
      await expect(fetch(`${url}/admin/`)).rejects.toThrow();
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${sitePort}/`).catch(() => undefined))?.status, { timeout: 10_000 }).toBeUndefined();
    } finally {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* ended */ }
    }
  });

  it('is not part of the site readers load: no admin page, no link to it', () => {
    const built = inject('builtProject');
    expect(existsSync(join(built, 'dist/admin'))).toBe(false);
    expect(readFileSync(join(built, 'dist/index.html'), 'utf8')).not.toMatch(/admin|decap/i);
  });
});

