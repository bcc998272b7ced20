import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageLimits, imageProblem } from './images';

let dir: string;
const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#2a6' } }).png().toBuffer();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dvk-images-'));
  writeFileSync(join(dir, 'vuon-rau.png'), await png(40, 30));
  writeFileSync(join(dir, 'rat-rong.png'), await png(imageLimits.maxSide + 1, 4));
  writeFileSync(join(dir, 'nang.jpg'), '');
  truncateSync(join(dir, 'nang.jpg'), imageLimits.maxBytes + 1);
  writeFileSync(join(dir, 'hong.jpg'), 'không phải ảnh');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('imageProblem', () => {
  it('accepts a small web picture', async () => {
    expect(await imageProblem(join(dir, 'vuon-rau.png'), './anh/vuon-rau.png')).toBeUndefined();
  });

  it.each([
    ['a missing file, with the closest name', 'vuon-rau.jpg', 'không tìm thấy ảnh "./anh/vuon-rau.jpg"', 'Có phải ý bạn là "vuon-rau.png"?'],
    ['a format the web cannot show', 'IMG_0001.HEIC', 'định dạng .heic', '.jpg, .png hoặc .webp'],
    ['a file too heavy to publish', 'nang.jpg', 'nặng 5,1 MB', 'quá giới hạn 5 MB'],
    ['a picture too wide', 'rat-rong.png', `(${imageLimits.maxSide + 1}×4 điểm ảnh`, 'thu nhỏ'],
    ['a file that is not a picture', 'hong.jpg', 'không đọc được như một ảnh', ''],
  ])('refuses %s', async (_, name, first, second) => {
    const message = await imageProblem(join(dir, name), `./anh/${name}`);
    expect(message).toContain(first);
    expect(message).toContain(second);
  });
});
