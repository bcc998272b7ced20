import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFile, cardPixels, drawCard, titleSize } from './drawing';
import type { CardSpec } from './specs';

const spec: CardSpec = { page: '/x/', kicker: 'Mô hình Dân vận khéo', title: 'Đường hoa thôn Kon Stiu', details: ['Xã Đăk Ngọk'], figure: { value: '5 km', label: 'hoa ven đường' } };
const pixels = async (card: CardSpec) => (await sharp(await drawCard(card, 'dvk.example')).raw().toBuffer()).toString('base64');
const cacheDir = mkdtempSync(join(tmpdir(), 'dvk-card-image-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('drawCard', () => {
  it('draws a 1200×630 PNG', async () => {
    const meta = await sharp(await drawCard(spec, 'dvk.example')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('writes a palette PNG that shows what was drawn, to within 9 of 255 in any channel', async () => {
    for (const card of [spec, { ...spec, figure: undefined, details: ['CĐCS Trường Mầm non Hoa Hồng', 'Xã Đăk Hà (từ 01/07/2025)'] }]) {
      const png = await drawCard(card, 'dvk.example');
      expect((await sharp(png).metadata()).isPalette).toBe(true);
      expect(png.length).toBeLessThan(30_000);
      const shown = await sharp(png).ensureAlpha().raw().toBuffer();
      const drawn = cardPixels(card, 'dvk.example');
      let worst = 0;
      for (let i = 0; i < drawn.length; i++) worst = Math.max(worst, Math.abs(drawn[i]! - shown[i]!));
      expect(worst).toBeLessThanOrEqual(9);
    }
  });

  it('draws the Vietnamese marks: "Đ ệ ữ" and "D e u" give different pictures', async () => {
    expect(await pixels({ ...spec, title: 'Đ ệ ữ' })).not.toBe(await pixels({ ...spec, title: 'D e u' }));
  });

  it('draws the figure only when the source gives one', async () => {
    const { figure: _, ...withoutFigure } = spec;
    expect(await pixels(withoutFigure)).not.toBe(await pixels(spec));
  });

  it('keeps text too long for the card inside its right margin', async () => {
    const long = { ...spec, title: 'Rất dài '.repeat(60), details: Array(8).fill('Một dòng chi tiết rất dài '.repeat(6)) };
    const { data, info } = await sharp(await drawCard(long, 'dvk.example')).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1200, 630]);
    // Between the top bar and the footer, the last 60 columns (the margin is 64) are paper white.
    const marks: string[] = [];
    for (let y = 20; y < 630 - 72; y++) {
      for (let x = 1140; x < 1200; x++) {
        const i = (y * info.width + x) * info.channels;
        if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) marks.push(`${x},${y}`);
      }
    }
    expect(marks).toEqual([]);
  });
});

describe('cardFile', () => {
  it('keeps a drawn card and gives the same file while nothing that draws it changes', async () => {
    const file = await cardFile(spec, 'dvk.example', cacheDir);
    expect(await cardFile(spec, 'dvk.example', cacheDir)).toBe(file);
    expect(await cardFile({ ...spec, title: 'Khác' }, 'dvk.example', cacheDir)).not.toBe(file);
    expect(await cardFile(spec, 'other.example', cacheDir)).not.toBe(file);
  });
});

describe('titleSize', () => {
  it('shrinks long titles', () => {
    expect(titleSize('Chợ quê')).toBeGreaterThan(titleSize('10 năm thực hiện phong trào thi đua “Dân vận khéo” trong tổ chức Công đoàn huyện Đăk Hà'));
  });
});
