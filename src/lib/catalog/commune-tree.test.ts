import { describe, expect, it } from 'vitest';
import { content, entry, model, oldCommune } from '../../../tests/fixtures';
import { buildCatalog } from './catalog';
import { communeTree } from './commune-tree';

describe('communeTree', () => {
  it('puts each commune of today over its former units, with counts, and keeps a unit that belongs to none', () => {
    const base = content([entry('a', model({ commune: 'ha-mon' }))]);
    const catalog = buildCatalog({ ...base, communes: [...base.communes, { ...oldCommune('le-loi', 'Lê Lợi', 'xa', '10001', 'x'), data: { ...oldCommune('le-loi', 'Lê Lợi', 'xa', '10001', 'x').data, successor: undefined } }] });
    const tree = communeTree(catalog);
    expect(tree.map((n) => [n.commune.id, n.count, n.formers.map((f) => [f.label, f.count])])).toEqual([
      ['dak-ha-2025', 1, [['thị trấn Đăk Hà', 0], ['xã Hà Mòn', 1]]],
      ['dak-ui-2025', 0, [['xã Đăk Ngọk', 0]]],
      ['le-loi', 0, []],
    ]);
  });
});
