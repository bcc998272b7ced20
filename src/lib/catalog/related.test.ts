import { describe, expect, it } from 'vitest';
import { content, entry, model, replicationChainModels } from '../../../tests/fixtures';
import { buildCatalog } from './catalog';
import { chainsThrough, RELATED_LIMIT, relatedModels } from './related';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const catalog = buildCatalog(content([
  // Hà Mòn and thị trấn Đăk Hà are both in today's xã Đăk Hà: they meet as the same commune.
  entry('ha-mon-cu', model({ title: 'Ở Hà Mòn', commune: 'ha-mon', fields: ['moi-truong'], publishedAt: day(1) })),
  entry('thi-tran', model({ title: 'Ở thị trấn', commune: 'dak-ha', fields: ['an-sinh'], publishedAt: day(2) })),
  entry('an-sinh-1', model({ title: 'An sinh một', fields: ['an-sinh'], publishedAt: day(3) })),
  entry('an-sinh-2', model({ title: 'An sinh hai', fields: ['an-sinh'], unit: 'ldld', publishedAt: day(4) })),
  entry('cung-don-vi', model({ title: 'Cùng đơn vị', fields: ['moi-truong'], unit: 'ldld', publishedAt: day(5) })),
  entry('le-loi', model({ title: 'Không chung gì', fields: ['moi-truong'], unit: 'mn-hoa-hong', publishedAt: day(6) })),
  ...Array.from({ length: 6 }, (_, i) => entry(`mt-${i}`, model({ title: `Môi trường ${i}`, fields: ['moi-truong'], publishedAt: day(10 + i) }))),
]));
const related = relatedModels(catalog.models);
const ids = (id: string) => related.get(id)!.map((r) => r.id);

describe('related models', () => {
  it('puts the same commune of today first, then a shared field, then the unit; newest first in each', () => {
    expect(ids('ha-mon-cu')[0]).toBe('thi-tran');
    expect(related.get('ha-mon-cu')![0]!.reason).toBe('Cùng xã Đăk Hà');
    expect(ids('an-sinh-1')).toEqual(['an-sinh-2', 'thi-tran']);
    expect(ids('an-sinh-2')).toEqual(['an-sinh-1', 'thi-tran', 'cung-don-vi']);
    expect(related.get('an-sinh-2')!.map((r) => r.reason)).toEqual(['Cùng lĩnh vực An sinh', 'Cùng lĩnh vực An sinh', 'Cùng đơn vị LĐLĐ huyện']);
  });

  it('never shows the page itself, never twice, at most the limit, and says everything shared', () => {
    for (const m of catalog.models) {
      const list = ids(m.id);
      expect(list).not.toContain(m.id);
      expect(new Set(list).size).toBe(list.length);
      expect(list.length).toBeLessThanOrEqual(RELATED_LIMIT);
    }
    expect(ids('cung-don-vi')).toEqual(['mt-5', 'mt-4', 'mt-3', 'mt-2']);
    const both = relatedModels(buildCatalog(content([
      entry('a', model({ title: 'A', fields: ['an-sinh'], unit: 'ldld' })),
      entry('b', model({ title: 'B', fields: ['an-sinh'], unit: 'ldld' })),
    ])).models);
    expect(both.get('a')!.map((r) => r.reason)).toEqual(['Cùng lĩnh vực An sinh; cùng đơn vị LĐLĐ huyện']);
  });

  it('gives nothing when nothing is shared', () => {
    const alone = relatedModels(buildCatalog(content([
      entry('a', model({ title: 'A', fields: ['an-sinh'] })),
      entry('b', model({ title: 'B', fields: ['moi-truong'] })),
    ])).models);
    expect([alone.get('a'), alone.get('b')]).toEqual([[], []]);
  });

  it('gives each model the replication chains through it, and none outside replication', () => {
    const chained = buildCatalog(content([...replicationChainModels(), entry('ngoai', model({ title: 'Ngoài' }))]));
    const chains = chainsThrough(chained.models);
    const titles = (id: string) => chains.get(id)!.map((chain) => chain.map((l) => l.title));
    expect(titles('mo-hinh-b')).toEqual([['Mô hình A', 'Mô hình B', 'Mô hình C']]);
    expect(titles('mo-hinh-c')).toEqual([['Mô hình A', 'Mô hình B', 'Mô hình C']]);
    expect(titles('ngoai')).toEqual([]);
  });
});
