import { describe, expect, it } from 'vitest';
import { imageWidths, requireAlt } from './pictures';

describe('imageWidths', () => {
  it('keeps the widths below the original, capped at 1200', () => {
    expect(imageWidths(4000)).toEqual([480, 800, 1200]);
    expect(imageWidths(1000)).toEqual([480, 800, 1000]);
    expect(imageWidths(300)).toEqual([300]);
    expect(imageWidths(800)).toEqual([480, 800]);
  });
});

describe('requireAlt', () => {
  it('returns the description, trimmed', () => {
    expect(requireAlt('a.jpg', '  Đường hoa  ')).toBe('Đường hoa');
  });

  it('stops the build for a picture without one, naming the file', () => {
    expect(() => requireAlt('./anh-duong-hoa.jpg', ' ')).toThrow(/anh-duong-hoa\.jpg.*thiếu mô tả/);
    expect(() => requireAlt('./x.jpg', undefined)).toThrow(/thiếu mô tả/);
  });
});
