import { describe, expect, it } from 'vitest';
import { content, entry, model, replicationChainModels } from '../../../tests/fixtures';
import { buildCatalog } from './catalog';
import { replicationChains } from './lineage';

const titles = (chains: { title: string }[][]) => chains.map((chain) => chain.map((l) => l.title));

describe('replicationChains', () => {
  it('follows a chain of three, A ← B ← C, from the original to the last copy', () => {
    const { models } = buildCatalog(content(replicationChainModels()));
    expect(titles(replicationChains(models))).toEqual([
      ['Mô hình A', 'Mô hình B', 'Mô hình C'],
    ]);
  });

  it('gives one chain per branch, and none for models outside any replication', () => {
    const { models } = buildCatalog(
      content([...replicationChainModels(), entry('mo-hinh-d', model({ title: 'Mô hình D', replicatedFrom: 'mo-hinh-a' })), entry('le', model({ title: 'Đứng riêng' }))]),
    );
    expect(titles(replicationChains(models))).toEqual([
      ['Mô hình A', 'Mô hình B', 'Mô hình C'],
      ['Mô hình A', 'Mô hình D'],
    ]);
  });

  it('starts a chain at a copy whose original is not published', () => {
    const { models } = buildCatalog(content(replicationChainModels().map((e) => (e.id === 'mo-hinh-a' ? { ...e, data: { ...e.data, draft: true } } : e))));
    expect(titles(replicationChains(models))).toEqual([['Mô hình B', 'Mô hình C']]);
  });
});
