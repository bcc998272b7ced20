import { describe, expect, it } from 'vitest';
import { content, entry, model, newCommune, oldCommune } from '../../../tests/fixtures';
import { buildCatalog } from '../catalog/catalog';
import type { Entry } from '../content-check/integrity';
import type { Commune } from '../../schemas/commune';
import type { Model } from '../../schemas/model';
import { contrastRatio, countLabel, layoutCommuneMap, MAP_CAPTION, mapDescription, NO_MODEL, shadeOf, shadePalette, shadeScale, unplacedNotes, type CommuneMap } from './commune-map';

const catalog = buildCatalog(
  content([
    entry('thu-vien', model({ title: 'Thư viện', commune: 'ha-mon' })),
    entry('duong-hoa', model({ title: 'Đường hoa', commune: 'dak-ngok' })),
    entry('duong-hoa-2', model({ title: 'Đường hoa 2', commune: 'dak-ngok' })),
    entry('quy', model({ title: 'Quỹ', unit: 'thcs-chu-van-an' })),
  ]),
);

type Box = { x: number; y: number; width: number; height: number };
const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every frame inside the viewBox, tiles inside their frame, nothing overlapping, text within its tile. */
function expectSound(map: CommuneMap) {
  const all = { x: 0, y: 0, width: map.width, height: map.height };
  map.frames.forEach((f, i) => {
    expect(inside(f, all), f.id).toBe(true);
    for (const other of map.frames.slice(i + 1)) expect(overlap(f, other), `${f.id} / ${other.id}`).toBe(false);
    f.tiles.forEach((t, j) => {
      expect(inside(t, f), t.id).toBe(true);
      for (const other of f.tiles.slice(j + 1)) expect(overlap(t, other), `${t.id} / ${other.id}`).toBe(false);
      for (const line of [...t.labelLines, t.countLine]) {
        expect(line.y).toBeGreaterThan(t.y + map.fontSize * 0.75);
        expect(line.y).toBeLessThan(t.y + t.height - map.fontSize * 0.2);
        expect(line.text.length * map.fontSize * 0.6).toBeLessThanOrEqual(t.width - map.fontSize / 2);
      }
    });
    for (const line of [...f.headingLines, ...f.totalLines]) {
      expect(line.y).toBeLessThan(Math.min(...f.tiles.map((t) => t.y)) - map.fontSize * 0.2);
      expect(line.text.length * map.fontSize * 0.6).toBeLessThanOrEqual(f.width - map.fontSize);
    }
  });
}

describe('layoutCommuneMap', () => {
  const map = layoutCommuneMap(catalog);

  it('draws one frame per commune of today and one tile per former unit, with the catalog’s counts', () => {
    const sorted = (pairs: [string, number][]) => [...pairs].sort(([a], [b]) => a.localeCompare(b));
    expect(map.frames.map((f) => [f.id, f.total, sorted(f.tiles.map((t) => [t.id, t.count]))])).toEqual(
      catalog.byCommuneToday.map((g) => [g.key.id, g.models.length, sorted(g.formerUnits.map((u) => [u.key.id, u.models.length]))]),
    );
    // Former units by name (Đăk Hà before Hà Mòn), whatever order the content gives them in.
    expect(catalog.byCommuneToday[0]!.formerUnits.map((u) => u.key.id)).toEqual(['dak-ha', 'ha-mon']);
    expect(map.frames.map((f) => [f.id, f.total, f.tiles.map((t) => [t.id, t.count])])).toEqual([
      ['dak-ha-2025', 1, [['dak-ha', 0], ['ha-mon', 1]]],
      ['dak-ui-2025', 2, [['dak-ngok', 2]]],
    ]);
    for (const f of map.frames) expect(f.tiles.reduce((sum, t) => sum + t.count, 0)).toBe(f.total);
  });

  it('labels and links each tile and frame, naming what each old unit is part of today', () => {
    const [dakHa, dakUi] = map.frames;
    expect([dakHa!.url, dakHa!.label, dakHa!.period, dakHa!.name, dakHa!.totalLines.map((l) => l.text)]).toEqual(['/xa/dak-ha-2025/', 'xã Đăk Hà', 'từ 01/07/2025', 'xã Đăk Hà (từ 01/07/2025): tổng 1 mô hình', ['Tổng: 1 mô hình']]);
    expect(dakHa!.tiles.map((t) => [t.label, t.url, t.name, t.countLine.text, t.period, t.self])).toEqual([
      ['thị trấn Đăk Hà', '/xa/dak-ha/', `thị trấn Đăk Hà: ${NO_MODEL}, nay thuộc xã Đăk Hà`, NO_MODEL, 'đến 30/06/2025', false],
      ['xã Hà Mòn', '/xa/ha-mon/', 'xã Hà Mòn: 1 mô hình, nay thuộc xã Đăk Hà', '1 mô hình', 'đến 30/06/2025', false],
    ]);
    expect(dakUi!.tiles[0]!.name).toBe('xã Đăk Ngọk: 2 mô hình, nay thuộc xã Đăk Ui');
    expect(map.districts).toEqual(['huyện Đăk Hà']);
    const empty = layoutCommuneMap(buildCatalog(content([]))).frames[0]!;
    expect([empty.total, empty.totalLines.map((l) => l.text), empty.name]).toEqual([0, [NO_MODEL], `xã Đăk Hà (từ 01/07/2025): ${NO_MODEL}`]);
  });

  it('shows models that name today’s commune itself on a tile of their own, with its period', () => {
    const direct = buildCatalog(content([entry('moi', model({ commune: 'dak-ha-2025', publishedAt: new Date('2025-08-01') })), entry('cu', model({ commune: 'ha-mon' }))]));
    const frame = layoutCommuneMap(direct).frames.find((f) => f.id === 'dak-ha-2025')!;
    expect(frame.tiles.map((t) => [t.id, t.label, t.count, t.self, t.name])).toEqual([
      ['dak-ha-2025', 'xã Đăk Hà (từ 01/07/2025)', 1, true, 'xã Đăk Hà (từ 01/07/2025): 1 mô hình'],
      ['dak-ha', 'thị trấn Đăk Hà', 0, false, `thị trấn Đăk Hà: ${NO_MODEL}, nay thuộc xã Đăk Hà`],
      ['ha-mon', 'xã Hà Mòn', 1, false, 'xã Hà Mòn: 1 mô hình, nay thuộc xã Đăk Hà'],
    ]);
    expect(frame.total).toBe(2);
  });

  it('leaves models with no commune off the map, and says how many', () => {
    expect([map.placed, map.withoutCommune, map.elsewhere]).toEqual([3, 1, 0]);
    expect(unplacedNotes(map)).toEqual(['1 mô hình chưa rõ xã, không có trên sơ đồ.']);
    expect(unplacedNotes({ withoutCommune: 0, elsewhere: 0 })).toEqual([]);
  });

  it('shades each tile by its count, on a scale that stops at the largest', () => {
    expect(map.frames.flatMap((f) => f.tiles.map((t) => [t.id, t.shade.label]))).toEqual([
      ['dak-ha', NO_MODEL],
      ['ha-mon', '1 mô hình'],
      ['dak-ngok', '2–3 mô hình'],
    ]);
    expect(map.scale.map((s) => s.label)).toEqual([NO_MODEL, '1 mô hình', '2–3 mô hình']);
  });

  it('lays frames out in rows that wrap, tiles inside their frame, nothing overlapping', () => {
    expect([map.columns, map.width]).toEqual([2, 360]);
    expect(map.frames.map((f) => [f.x, f.y])).toEqual([[0, 0], [map.frames[1]!.x, 0]]);
    expect(map.frames[1]!.x).toBeGreaterThan(map.frames[0]!.width);
    expectSound(map);
    const oneColumn = layoutCommuneMap(catalog, { columns: 1 });
    expect(oneColumn.frames.map((f) => f.x)).toEqual([0, 0]);
    expect(oneColumn.frames[1]!.y).toBeGreaterThan(oneColumn.frames[0]!.y + oneColumn.frames[0]!.height);
    expectSound(oneColumn);
  });

  it('describes itself in words, every frame with its total', () => {
    expect(mapDescription(map)).toBe('2 xã hiện nay, mỗi xã một khung, trong khung là 3 ô các xã, thị trấn cũ đã nhập vào; màu ô theo số mô hình, số mô hình ghi trên từng ô. xã Đăk Hà 1 mô hình; xã Đăk Ui 2 mô hình.');
    expect(MAP_CAPTION).toBe('Sơ đồ minh họa, không theo tỉ lệ, không thể hiện ranh giới');
  });
});

describe('layoutCommuneMap at province scale', () => {
  /** n communes of today, the i-th formed from 1 + (i mod 4) old units, the j-th old unit with j models. */
  function province(n: number) {
    const communes: Entry<Commune>[] = [];
    const models: Entry<Model>[] = [];
    for (let i = 0; i < n; i++) {
      const id = `xa-moi-${i}`;
      communes.push(newCommune(id, `Mới Số ${i}`, String(30000 + i)));
      for (let j = 0; j < 1 + (i % 4); j++) {
        const old = `xa-cu-${i}-${j}`;
        communes.push(oldCommune(old, `Cũ Có Tên Khá Dài ${i} ${j}`, 'xa', String(40000 + i * 10 + j), id));
        for (let k = 0; k < j * 3; k++) models.push(entry(`m-${i}-${j}-${k}`, model({ commune: old })));
      }
    }
    return buildCatalog(content(models, { communes }));
  }

  it('wraps any number of communes into rows of the given columns, deterministically', () => {
    const big = province(23);
    const map = layoutCommuneMap(big);
    expect(map.frames).toHaveLength(23);
    expect(new Set(map.frames.map((f) => f.y)).size).toBe(12);
    expect(map.frames.map((f) => f.id)).toEqual(big.byCommuneToday.map((g) => g.key.id));
    expect(map.frames.flatMap((f) => f.tiles)).toHaveLength(big.byCommuneToday.reduce((sum, g) => sum + g.formerUnits.length, 0));
    expect(layoutCommuneMap(big)).toEqual(map);
    expectSound(map);
    const wide = layoutCommuneMap(big, { width: 720, columns: 3 });
    expect(new Set(wide.frames.map((f) => f.y)).size).toBe(8);
    expectSound(wide);
  });

  it('puts tiles side by side when a frame is wide enough, and wraps long names', () => {
    const map = layoutCommuneMap(province(4), { columns: 1 });
    const four = map.frames.find((f) => f.tiles.length === 4)!;
    expect(new Set(four.tiles.map((t) => t.y)).size).toBeLessThan(4);
    expect(four.tiles.some((t) => t.labelLines.length > 1)).toBe(true);
    expectSound(map);
  });

  it('opens the last shade when counts pass the palette', () => {
    const map = layoutCommuneMap(province(4));
    expect(map.scale.map((s) => s.label)).toEqual([NO_MODEL, '1 mô hình', '2–3 mô hình', '4–7 mô hình', 'từ 8 mô hình']);
    const nine = map.frames.flatMap((f) => f.tiles).find((t) => t.count === 9)!;
    expect(nine.shade.label).toBe('từ 8 mô hình');
    expect(nine.countLine.text).toBe('9 mô hình');
  });
});

describe('shadeScale', () => {
  it('keeps none apart, then 1, 2–3, 4–7… up to the largest count', () => {
    expect(shadeScale([]).map((s) => [s.min, s.max])).toEqual([[0, 0]]);
    expect(shadeScale([0, 1]).map((s) => s.label)).toEqual([NO_MODEL, '1 mô hình']);
    expect(shadeScale([5, 0]).map((s) => s.label)).toEqual([NO_MODEL, '1 mô hình', '2–3 mô hình', '4–7 mô hình']);
    expect(shadeScale([7]).map((s) => s.max)).toEqual([0, 1, 3, 7]);
    expect(shadeScale([8]).at(-1)).toMatchObject({ min: 8, max: undefined, label: 'từ 8 mô hình' });
    expect(shadeScale([1000]).map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives a count the same shade whatever the other counts', () => {
    for (const count of [0, 1, 2, 3, 5]) expect(shadeOf(count, shadeScale([count])).index).toBe(shadeOf(count, shadeScale([count, 40])).index);
    expect(() => shadeOf(9, shadeScale([1]))).toThrow();
    expect(() => shadeScale([-1])).toThrow();
    expect(() => shadeScale([1.5])).toThrow();
  });

  it('draws none as a dashed white tile and every other count filled', () => {
    const [none, ...rest] = shadeScale([20]);
    expect([none!.fill, none!.dashed, none!.label]).toEqual(['#ffffff', true, 'chưa có mô hình']);
    for (const s of rest) expect([s.dashed, s.fill === none!.fill]).toEqual([false, false]);
  });

  it('writes text on every shade at 4.5:1 or more', () => {
    for (const { fill, text } of shadePalette) expect(contrastRatio(fill, text), `${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrastRatio', () => {
  it('follows WCAG 2.1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => contrastRatio('red', '#ffffff')).toThrow();
  });
});

describe('countLabel', () => {
  it('says “chưa có mô hình” for none, never “0 mô hình”', () => {
    expect([countLabel(0), countLabel(1), countLabel(1200)]).toEqual(['chưa có mô hình', '1 mô hình', '1.200 mô hình']);
  });
});
