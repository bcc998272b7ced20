import { describe, expect, it } from 'vitest';
import { kb, kindOf, pageWeight, sizes } from './page-weight';

const html = Buffer.from('<p>Dân vận khéo</p>'.repeat(200));

describe('sizes', () => {
  it('compresses text, brotli smaller than gzip smaller than raw', () => {
    const s = sizes(html, 'html');
    expect(s.raw).toBe(html.length);
    expect(s.gzip).toBeLessThan(s.raw);
    expect(s.brotli).toBeLessThanOrEqual(s.gzip);
  });

  it('counts fonts and images as they are', () => {
    expect(sizes(Buffer.alloc(500, 1), 'fonts')).toEqual({ raw: 500, gzip: 500, brotli: 500 });
  });
});

describe('pageWeight', () => {
  it('adds files by kind and leaves images out of the budgeted total', () => {
    const weight = pageWeight([
      { url: '/', resourceType: 'document', body: html },
      { url: '/a.css', resourceType: 'stylesheet', body: html },
      { url: '/f.woff2', resourceType: 'font', body: Buffer.alloc(1000) },
      { url: '/i.avif', resourceType: 'image', body: Buffer.alloc(9000) },
    ]);
    expect(weight.byKind.fonts.gzip).toBe(1000);
    expect(weight.byKind.images.raw).toBe(9000);
    expect(weight.byKind.scripts).toEqual({ raw: 0, gzip: 0, brotli: 0 });
    expect(weight.withoutImages.raw).toBe(2 * html.length + 1000);
    expect(weight.withoutImages.gzip).toBe(weight.byKind.html.gzip + weight.byKind.css.gzip + 1000);
  });

  it('sorts browser resource types into kinds', () => {
    expect(['document', 'stylesheet', 'font', 'script', 'image', 'fetch'].map(kindOf)).toEqual(['html', 'css', 'fonts', 'scripts', 'images', 'other']);
  });
});

describe('kb', () => {
  it('writes kilobytes the Vietnamese way', () => {
    expect(kb(12_345)).toBe('12,3 KB');
  });
});
