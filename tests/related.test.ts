/** Related models at the end of each built model page, against the rule computed from the content. */
import { describe, expect, it } from 'vitest';
import { relatedModels } from '../src/lib/catalog/related';
import { loadSeedCatalog, page, textOf } from './site-content';

const catalog = loadSeedCatalog();
const related = relatedModels(catalog.models);

describe('related models on model pages', () => {
  it.each(catalog.models.map((m) => [m.id, m] as const))('%s lists the models the rule chooses, each with what it shares', (id, model) => {
    const html = page(model.url);
    const expected = related.get(id)!;
    const items = html.querySelectorAll('[data-related] li');
    expect(items.map((li) => li.getAttribute('data-related-model'))).toEqual(expected.map((r) => r.id));
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(expected.map((r) => r.url));
    expect(items.map((li) => textOf(li))).toEqual(expected.map((r) => `${r.title} · ${r.reason}`));
    expect(items.map((li) => li.getAttribute('data-related-model'))).not.toContain(id);
    // Every link leads to a page the site built.
    for (const r of expected) expect(textOf(page(r.url).querySelector('h1'))).toBe(r.title);
    if (expected.length === 0) expect(html.querySelector('[data-related]')).toBeNull();
  });

  it('finds, for the seed, the other model of the same school by the unit, and the flower road beside the model residential area', () => {
    expect(related.get('thu-vien-than-thien-mam-non-hoa-hong')!.map((r) => r.reason)).toContain('Cùng lĩnh vực Trường học thân thiện; cùng đơn vị MN Hoa Hồng');
    expect(related.get('khu-dan-cu-kieu-mau-thon-thong-nhat')!.map((r) => r.id)).toContain('tuyen-duong-hoa-dak-ngok');
  });
});
