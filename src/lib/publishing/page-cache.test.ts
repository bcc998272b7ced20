import { describe, expect, it } from 'vitest';
import { pageCacheKey } from './page-cache';

describe('pageCacheKey', () => {
  it('is the same for the same content and changes with any of it, nested or dated', () => {
    const model = { id: 'a', data: { title: 'Chợ quê', publishedAt: new Date('2026-11-28') }, unit: { data: { name: 'MN Hoa Hồng' } }, body: 'Bài.' };
    expect(pageCacheKey(model)).toBe(pageCacheKey(structuredClone(model)));
    expect(pageCacheKey({ ...model, body: 'Bài sửa.' })).not.toBe(pageCacheKey(model));
    expect(pageCacheKey({ ...model, unit: { data: { name: 'MN Hoa Sen' } } })).not.toBe(pageCacheKey(model));
    expect(pageCacheKey({ ...model, data: { ...model.data, publishedAt: new Date('2026-11-29') } })).not.toBe(pageCacheKey(model));
  });
});
