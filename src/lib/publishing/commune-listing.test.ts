import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { communeListings } from './commune-listing';
import { MODELS_PER_PAGE } from './paging';

const many = Array.from({ length: MODELS_PER_PAGE + 3 }, (_, i) => entry(`ha-mon-${i}`, model({ title: `Mô hình Hà Mòn ${i}`, commune: 'ha-mon' })));
const catalog = buildCatalog(content([...many, entry('dak-ha-nay', model({ title: 'Mô hình ghi xã Đăk Hà mới', commune: 'dak-ha-2025' })), entry('duong-hoa', model({ title: 'Đường hoa', commune: 'dak-ngok' }))]));
const listing = (id: string) => communeListings(catalog).find((l) => l.commune.id === id)!;

describe('communeListings', () => {
  it('pages a commune that no merger formed by its own models', () => {
    const haMon = listing('ha-mon');
    expect([haMon.total, haMon.paged.length, haMon.merged]).toEqual([MODELS_PER_PAGE + 3, MODELS_PER_PAGE + 3, undefined]);
  });

  it('lists a merged commune by former unit: a first page of each, and pages the models that name it directly', () => {
    const dakHa = listing('dak-ha-2025');
    expect(dakHa.total).toBe(MODELS_PER_PAGE + 4);
    expect(dakHa.paged.map((m) => m.id)).toEqual(['dak-ha-nay']);
    expect(dakHa.merged?.direct?.unit.id).toBe('dak-ha-2025');
    expect(dakHa.merged?.formers.map((f) => [f.unit.id, f.models.shown.length, f.models.total])).toEqual([
      ['dak-ha', 0, 0],
      ['ha-mon', MODELS_PER_PAGE, MODELS_PER_PAGE + 3],
    ]);
    expect(dakHa.merged?.formers.find((f) => f.unit.id === 'ha-mon')?.totals).toBe(catalog.byCommune.find((g) => g.key.id === 'ha-mon')?.totals);
  });

  it('gives a merged commune no direct section when no model names it', () => {
    const dakUi = listing('dak-ui-2025');
    expect([dakUi.paged, dakUi.merged?.direct, dakUi.merged?.formers.map((f) => f.unit.id)]).toEqual([[], undefined, ['dak-ngok']]);
  });
});
