import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BLEND_STEPS, blendPalette, paletteEncoder } from './palette-png';

const pairs = [
  { ink: '#1b1b1b', ground: '#ffffff' },
  { ink: '#8a1c1c', ground: '#f4f1ea' },
];

describe('blendPalette', () => {
  it('holds each background, each ink and the steps between them, once each', () => {
    const palette = blendPalette(pairs);
    expect(palette).toHaveLength(2 * BLEND_STEPS);
    expect(palette).toContainEqual([255, 255, 255]);
    expect(palette).toContainEqual([0x1b, 0x1b, 0x1b]);
    expect(palette).toContainEqual([0x8a, 0x1c, 0x1c]);
    expect(blendPalette([...pairs, pairs[0]!])).toHaveLength(2 * BLEND_STEPS);
  });

  it('refuses more than a PNG palette holds', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ ink: `#${(i * 10).toString(16).padStart(2, '0')}0000`, ground: '#ffffff' }));
    expect(() => blendPalette(many)).toThrow(/256/);
  });
});

describe('paletteEncoder', () => {
  it('writes an indexed PNG that sharp reads back as the picture drawn, letters’ edges within half a step', async () => {
    const canvas = createCanvas(320, 120);
    const ctx = canvas.getContext('2d', { alpha: false });
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 320, 60);
    ctx.fillStyle = '#f4f1ea';
    ctx.fillRect(0, 60, 320, 60);
    ctx.font = 'bold 36px sans-serif';
    ctx.fillStyle = '#1b1b1b';
    ctx.fillText('Đăk Hà', 10, 45);
    ctx.fillStyle = '#8a1c1c';
    ctx.fillText('Ngọk Wang', 10, 105);
    const drawn = Buffer.from(canvas.data());
    const png = await paletteEncoder(blendPalette(pairs), 320, 120)(drawn);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', 320, 120, true]);
    const shown = await sharp(png).ensureAlpha().raw().toBuffer();
    let worst = 0;
    for (let i = 0; i < drawn.length; i++) worst = Math.max(worst, Math.abs(drawn[i]! - shown[i]!));
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(Math.ceil(255 / (BLEND_STEPS - 1) / 2));
  });

  it('refuses pixels of another size', async () => {
    await expect(paletteEncoder(blendPalette(pairs), 10, 10)(new Uint8Array(40))).rejects.toThrow(/10×10/);
  });
});
