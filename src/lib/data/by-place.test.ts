import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import { currentSince, dayBefore, groupAsNamed, groupByFormer, groupByToday, groupOnDay, lastDayOf, placeNow, sameUnits, unitOn, unitsOn } from './by-place';
import { datedLabel, formerDatedLabel } from '../places/labels';

const catalog = buildCatalog(
  content([
    entry('khu-dan-cu', model({ title: 'Khu dân cư', commune: 'ha-mon', funding: { total: 10_000_000, atLeast: false, sources: [] } })),
    entry('duong-hoa', model({ title: 'Đường hoa', commune: 'dak-ngok' })),
    entry('cho-moi', model({ title: 'Chợ mới', commune: 'dak-ha-2025', publishedAt: new Date('2026-03-01') })),
    entry('quy', model({ title: 'Quỹ' })),
  ]),
);
const commune = (id: string) => catalog.communes.find((c) => c.id === id)!;
const counts = (rows: { id: string; label: string; models: unknown[] }[]) => rows.map((r) => [r.id, r.label, r.models.length]);

describe('days and units', () => {
  it('finds the day today’s communes began, and the day before it, from the data', () => {
    expect(currentSince(catalog.communes)).toEqual(new Date('2025-07-01'));
    expect(dayBefore(new Date('2025-07-01'))).toEqual(new Date('2025-06-30'));
    expect(lastDayOf(2019)).toEqual(new Date('2019-12-31'));
    expect(currentSince(catalog.communes.filter((c) => !c.current))).toBeUndefined();
  });

  it('lists the units of a day: the former units before the merger, today’s after', () => {
    expect(unitsOn(catalog.communes, new Date('2019-12-31')).map((c) => c.id)).toEqual(['dak-ha', 'dak-ngok', 'ha-mon']);
    expect(unitsOn(catalog.communes, new Date('2025-12-31')).map((c) => c.id)).toEqual(['dak-ha-2025', 'dak-ui-2025']);
  });

  it('places a model in the unit of a day; a unit that did not yet exist stays as the source names it', () => {
    const byId = new Map(catalog.communes.map((c) => [c.id, c]));
    const model = (id: string) => catalog.models.find((m) => m.id === id)!;
    expect(unitOn(model('duong-hoa'), byId, new Date('2019-12-31'))?.id).toBe('dak-ngok');
    expect(unitOn(model('duong-hoa'), byId, new Date('2025-12-31'))?.id).toBe('dak-ui-2025');
    expect(unitOn(model('cho-moi'), byId, new Date('2019-12-31'))?.id).toBe('dak-ha-2025');
    expect(unitOn(model('quy'), byId, new Date('2019-12-31'))).toBeUndefined();
  });

  it('names a former unit with its period, today’s without, and says what a former unit became', () => {
    expect(formerDatedLabel(commune('dak-ngok'))).toBe('xã Đăk Ngọk (đến 30/06/2025)');
    expect(formerDatedLabel(commune('dak-ui-2025'))).toBe('xã Đăk Ui');
    expect(datedLabel(commune('dak-ui-2025'))).toBe('xã Đăk Ui (từ 01/07/2025)');
    expect(placeNow(commune('dak-ngok'))).toBe('xã Đăk Ngọk (nay thuộc xã Đăk Ui)');
    expect(placeNow(commune('dak-ui-2025'))).toBe('xã Đăk Ui');
  });
});

describe('groupings', () => {
  it('as the sources name them: every unit before the merger, plus a unit of today a source names', () => {
    const g = groupAsNamed(catalog.models, catalog, 'x');
    expect(g.title).toBe('Theo xã, thị trấn lúc nguồn ghi (trước 01/07/2025)');
    expect(counts(g.rows)).toEqual([
      ['dak-ha-2025', 'xã Đăk Hà', 1],
      ['dak-ha', 'thị trấn Đăk Hà', 0],
      ['dak-ngok', 'xã Đăk Ngọk', 1],
      ['ha-mon', 'xã Hà Mòn', 1],
    ]);
    expect(g.unknown.models.map((m) => m.id)).toEqual(['quy']);
    expect(g.rows.find((r) => r.id === 'ha-mon')!.totals.funding.total).toEqual({ value: 10_000_000, atLeast: false });
    expect(g.rows.find((r) => r.id === 'dak-ngok')!.totals.funding.total).toBeNull();
  });

  it('on a day: the units of 31/12/2019, or today’s units on 31/12/2025', () => {
    const y2019 = groupOnDay(catalog.models, catalog, lastDayOf(2019), 'x');
    expect(y2019.title).toBe('Theo xã, thị trấn ngày 31/12/2019');
    expect(counts(y2019.rows)).toEqual([
      ['dak-ha-2025', 'xã Đăk Hà', 1],
      ['dak-ha', 'thị trấn Đăk Hà', 0],
      ['dak-ngok', 'xã Đăk Ngọk', 1],
      ['ha-mon', 'xã Hà Mòn', 1],
    ]);
    const y2025 = groupOnDay(catalog.models, catalog, lastDayOf(2025), 'x');
    expect(counts(y2025.rows)).toEqual([
      ['dak-ha-2025', 'xã Đăk Hà', 2],
      ['dak-ui-2025', 'xã Đăk Ui', 1],
    ]);
    expect(sameUnits(y2025, groupByToday(catalog.models, catalog, 'x'))).toBe(true);
    expect(sameUnits(y2019, groupByToday(catalog.models, catalog, 'x'))).toBe(false);
  });

  it('by today’s communes, each with its former units and their subtotals', () => {
    const g = groupByToday(catalog.models, catalog, 'x');
    expect(g.title).toBe('Theo đơn vị hành chính hiện nay (từ 01/07/2025)');
    expect(counts(g.rows)).toEqual([
      ['dak-ha-2025', 'xã Đăk Hà', 2],
      ['dak-ui-2025', 'xã Đăk Ui', 1],
    ]);
    expect(counts(g.rows[0]!.parts)).toEqual([
      ['dak-ha-2025', 'xã Đăk Hà (từ 01/07/2025)', 1],
      ['dak-ha', 'thị trấn Đăk Hà (đến 30/06/2025)', 0],
      ['ha-mon', 'xã Hà Mòn (đến 30/06/2025)', 1],
    ]);
    expect(g.unknown.models).toHaveLength(1);
  });

  it('of a subset of models only: the others count nowhere', () => {
    const only = catalog.models.filter((m) => m.id === 'duong-hoa');
    const g = groupByToday(only, catalog, 'x');
    expect(counts(g.rows)).toEqual([
      ['dak-ha-2025', 'xã Đăk Hà', 0],
      ['dak-ui-2025', 'xã Đăk Ui', 1],
    ]);
    expect(g.unknown.models).toHaveLength(0);
  });

  it('a commune of today by its former units', () => {
    const g = groupByFormer(catalog.byCommuneToday.find((t) => t.key.id === 'dak-ui-2025')!, 'x');
    expect(g.title).toBe('Xã Đăk Ui theo xã, thị trấn trước khi sắp xếp');
    expect(counts(g.rows)).toEqual([['dak-ngok', 'xã Đăk Ngọk (đến 30/06/2025)', 1]]);
  });

  it('adds the period to labels that two units of one grouping share', () => {
    const both = buildCatalog(
      content([entry('a', model({ title: 'A', commune: 'dak-ha-2025' })), entry('b', model({ title: 'B', commune: 'dak-ha' }))], {
        communes: [
          ...content([]).communes.filter((c) => c.id !== 'dak-ha'),
          { ...content([]).communes.find((c) => c.id === 'dak-ha')!, data: { ...content([]).communes.find((c) => c.id === 'dak-ha')!.data, kind: 'xa' } },
        ],
      }),
    );
    expect(groupAsNamed(both.models, both, 'x').rows.map((r) => r.label)).toEqual(['xã Đăk Hà (từ 01/07/2025)', 'xã Đăk Hà (đến 30/06/2025)', 'xã Đăk Ngọk', 'xã Hà Mòn']);
  });
});
