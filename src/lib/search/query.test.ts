import { describe, expect, it } from 'vitest';
import { inOrderOf, planQuery, rankIds, suggestEntity, withUnsortedLast } from './query';
import type { SearchEntity } from './record';

const entities: SearchEntity[] = [
  { key: 'xa', slug: 'dak-ngok', names: ['dak ngok', 'xa dak ngok', 'dak ngoc'] },
  { key: 'xa', slug: 'ha-mon', names: ['ha mon', 'xa ha mon'] },
  { key: 'don-vi', slug: 'cnvcld-dak-ngok', names: ['cnvcld xa dak ngok'] },
  { key: 'don-vi', slug: 'mn-hoa-hong', names: ['truong mam non hoa hong', 'mam non hoa hong', 'hoa hong'] },
  { key: 'nguoi', slug: 'dao-thi-chien', names: ['dao thi chien'] },
];

describe('planQuery', () => {
  it('finds a commune typed without marks, with “đ” as “d”, or with other marks', () => {
    for (const query of ['dak ngok', 'Đắk Ngọk', 'ĐĂK NGỌC', 'dakngok']) {
      expect(planQuery(query, entities).entities.map((e) => e.slug)).toEqual(['dak-ngok']);
    }
  });

  it('takes the longest name first, so a unit named after a commune is the unit', () => {
    const plan = planQuery('CNVCLĐ xã Đăk Ngọk', entities);
    expect(plan.entities).toEqual([{ key: 'don-vi', slug: 'cnvcld-dak-ngok', words: 'CNVCLĐ xã Đăk Ngọk' }]);
    expect(plan.rest).toBeNull();
  });

  it('keeps the other words, as typed, for searching within the entity', () => {
    const plan = planQuery('thư viện  mầm non Hoa Hồng', entities);
    expect(plan.text).toBe('thư viện mầm non Hoa Hồng');
    expect(plan.entities.map((e) => e.slug)).toEqual(['mn-hoa-hong']);
    expect(plan.rest).toBe('thư viện');
  });

  it('finds several entities, each once', () => {
    const plan = planQuery('dao thi chien ha mon dao thi chien', entities);
    expect(plan.entities.map((e) => e.slug)).toEqual(['dao-thi-chien', 'ha-mon']);
    expect(plan.rest).toBe('dao thi chien');
  });

  it('asks for the exact phrase only when the reader did not quote and typed two words or more', () => {
    expect(planQuery('chợ quê', entities)).toMatchObject({ phrase: '"chợ quê"', quoted: false });
    expect(planQuery('"chợ quê"', entities)).toMatchObject({ phrase: undefined, quoted: true, words: 'chợ quê' });
    expect(planQuery('quỹ', entities).phrase).toBeUndefined();
  });

  it('normalises to NFC, so decomposed input reads the same', () => {
    const decomposed = 'Hà Mòn'.normalize('NFD');
    expect(planQuery(decomposed, entities).text).toBe('Hà Mòn');
    expect(planQuery(decomposed, entities).entities.map((e) => e.slug)).toEqual(['ha-mon']);
  });

  it('reads a name two places share as both, and a longer name as the one it names', () => {
    const places: SearchEntity[] = [
      { key: 'xa', slug: 'dak-ha', names: ['dak ha', 'thi tran dak ha'] },
      { key: 'xa', slug: 'dak-ha-2025', names: ['dak ha', 'xa dak ha'] },
      { key: 'huyen', slug: 'huyen-dak-ha', names: ['huyen dak ha'] },
      { key: 'xa', slug: 'dak-ui', names: ['dak ui', 'xa dak ui'] },
      { key: 'xa', slug: 'dak-ui-2025', names: ['dak ui', 'xa dak ui'] },
    ];
    const slugs = (query: string) => planQuery(query, places).entities.map((e) => e.slug);
    expect(slugs('Đắk Hà')).toEqual(['dak-ha', 'dak-ha-2025']);
    expect(slugs('thị trấn Đăk Hà')).toEqual(['dak-ha']);
    expect(slugs('xã Đăk Hà')).toEqual(['dak-ha-2025']);
    expect(slugs('LĐLĐ huyện Đăk Hà')).toEqual(['huyen-dak-ha']);
    expect(slugs('xa dak ui')).toEqual(['dak-ui', 'dak-ui-2025']);
    expect(planQuery('dakui', places).entities).toEqual([
      { key: 'xa', slug: 'dak-ui', words: 'dakui' },
      { key: 'xa', slug: 'dak-ui-2025', words: 'dakui' },
    ]);
    expect(planQuery('xa dak ui', places).rest).toBeNull();
  });

  it('does not read one common word as a place', () => {
    expect(planQuery('hoa', entities).entities).toEqual([]);
    expect(planQuery('ha', entities).entities).toEqual([]);
  });
});

describe('rankIds', () => {
  it('keeps Pagefind’s order when nothing is boosted', () => {
    expect(rankIds(['a', 'b', 'c'], { entities: [], phrase: [] })).toEqual(['a', 'b', 'c']);
  });

  it('puts the entity’s models first, then exact-phrase hits, each in Pagefind’s order', () => {
    expect(rankIds(['roses', 'other', 'library', 'market'], { entities: [['market', 'library']], phrase: ['other', 'library'] })).toEqual(['library', 'market', 'other', 'roses']);
  });

  it('ranks a model named by two entities above one named by one, and adds ids found only by a boost', () => {
    expect(rankIds(['x'], { entities: [['a', 'b'], ['b']], phrase: [] })).toEqual(['b', 'a', 'x']);
  });
});

describe('withUnsortedLast', () => {
  it('puts models without the sort key after the sorted ones, in their own order', () => {
    expect(withUnsortedLast(['c', 'a'], ['a', 'b', 'c', 'd'])).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('inOrderOf', () => {
  it('orders ids as the reference does, the ones it lacks after', () => {
    expect(inOrderOf(['market', 'library', 'x'], ['library', 'roses', 'market'])).toEqual(['library', 'market', 'x']);
  });
});

describe('suggestEntity', () => {
  it('offers the closest known name for a typo', () => {
    expect(suggestEntity('hha mmon', entities)).toEqual({ entity: entities[1], name: 'ha mon' });
    expect(suggestEntity('dao thi chein', entities)?.entity.slug).toBe('dao-thi-chien');
  });

  it('offers nothing for an unrelated word or the name itself', () => {
    expect(suggestEntity('máy cày', entities)).toBeUndefined();
    expect(suggestEntity('Hà Mòn', entities)).toBeUndefined();
  });
});
