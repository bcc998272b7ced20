import { describe, expect, it } from 'vitest';
import { listCacheKey, pageCacheKey } from './page-cache';

describe('pageCacheKey', () => {
  it('is the same for the same content and changes with any of it, nested or dated', () => {
    const model = { id: 'a', data: { title: 'Chợ quê', publishedAt: new Date('2026-11-28') }, unit: { data: { name: 'MN Hoa Hồng' } }, body: 'Bài.' };
    expect(pageCacheKey(model)).toBe(pageCacheKey(structuredClone(model)));
    expect(pageCacheKey({ ...model, body: 'Bài sửa.' })).not.toBe(pageCacheKey(model));
    expect(pageCacheKey({ ...model, unit: { data: { name: 'MN Hoa Sen' } } })).not.toBe(pageCacheKey(model));
    expect(pageCacheKey({ ...model, data: { ...model.data, publishedAt: new Date('2026-11-29') } })).not.toBe(pageCacheKey(model));
  });
});

describe('listCacheKey', () => {
  const parts = [{ id: 'a', funding: 1 }, { id: 'b', funding: 2 }];

  it('is the same for the same head and parts, however often a part is shared', () => {
    expect(listCacheKey({ title: 'Xã Hà Mòn' }, parts)).toBe(listCacheKey({ title: 'Xã Hà Mòn' }, structuredClone(parts)));
    expect(listCacheKey({ title: 'Tất cả' }, [parts[0]!])).toBe(listCacheKey({ title: 'Tất cả' }, [{ id: 'a', funding: 1 }]));
  });

  it('changes with the head, any part, and the parts\' order', () => {
    const key = listCacheKey({ title: 'Xã Hà Mòn' }, parts);
    expect(listCacheKey({ title: 'Xã Đăk La' }, parts)).not.toBe(key);
    expect(listCacheKey({ title: 'Xã Hà Mòn' }, [parts[0]!, { id: 'b', funding: 3 }])).not.toBe(key);
    expect(listCacheKey({ title: 'Xã Hà Mòn' }, [...parts].reverse())).not.toBe(key);
    expect(listCacheKey({ title: 'Xã Hà Mòn' }, [parts[0]!])).not.toBe(key);
  });
});
