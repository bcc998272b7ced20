import { describe, expect, it } from 'vitest';
import { bodyImagePath, imageMarker, splitAtImages } from './picture-markers';

describe('splitAtImages', () => {
  it('gives the HTML between pictures and each picture’s index, in order', () => {
    expect(splitAtImages(`<p>${imageMarker(0)}</p><p>a ${imageMarker(1)} b</p>`)).toEqual(['<p>', 0, '</p><p>a ', 1, ' b</p>']);
    expect(splitAtImages('<p>không ảnh</p>')).toEqual(['<p>không ảnh</p>']);
  });
});

describe('bodyImagePath', () => {
  it('finds a picture beside the article, or in a folder next to it', () => {
    expect(bodyImagePath('content/models/bai.mdx', './anh.jpg')).toBe('/content/models/anh.jpg');
    expect(bodyImagePath('content/models/bai.mdx', 'anh/cay%20xanh.png')).toBe('/content/models/anh/cay xanh.png');
    expect(bodyImagePath('content/reports/bc.mdx', '../models/anh.jpg')).toBe('/content/models/anh.jpg');
  });

  it('gives nothing for addresses the image pipeline cannot take', () => {
    expect(bodyImagePath('content/models/bai.mdx', 'https://example.org/a.jpg')).toBeUndefined();
    expect(bodyImagePath('content/models/bai.mdx', '/anh.jpg')).toBeUndefined();
    expect(bodyImagePath('content/models/bai.mdx', 'data:image/png;base64,AAAA')).toBeUndefined();
  });
});
