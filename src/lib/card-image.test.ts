import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderCard, titleSize } from './card-image';
import type { CardSpec } from './cards';

const spec: CardSpec = { page: '/x/', kicker: 'Mô hình Dân vận khéo', title: 'Đường hoa thôn Kon Stiu', details: ['Xã Đăk Ngọk'], figure: { value: '5 km', label: 'hoa ven đường' } };

describe('renderCard', () => {
  it('draws a 1200×630 PNG', async () => {
    const meta = await sharp(await renderCard(spec, 'dvk.example')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('draws the Vietnamese marks: "Đ ệ ữ" and "D e u" give different pictures', async () => {
    const pixels = async (title: string) => (await sharp(await renderCard({ ...spec, title }, 'dvk.example')).raw().toBuffer()).toString('base64');
    expect(await pixels('Đ ệ ữ')).not.toBe(await pixels('D e u'));
  });
});

describe('titleSize', () => {
  it('shrinks long titles', () => {
    expect(titleSize('Chợ quê')).toBeGreaterThan(titleSize('10 năm thực hiện phong trào thi đua “Dân vận khéo” trong tổ chức Công đoàn huyện Đăk Hà'));
  });
});
