/**
 * The schematic map of the communes (sơ đồ), drawn at build time as inline SVG: one labelled frame
 * per commune of today, inside it one tile per former unit, each shaded by its number of models.
 * A grid, not geography: frames flow left to right and wrap, in the catalog's order, so it holds
 * any number of communes. No boundary, position or distance is implied, and the caption says so.
 */
import type { Catalog, CommuneView, Group } from '../catalog/catalog';
import { formatNumber } from '../text/format';
import { datedLabel, namesakeLabel } from '../places/labels';
import { compareVi } from '../text/vietnamese';
import { LABEL_GLYPH, round, wrapLabel } from './chart';

/** The caption the map always carries: it is a diagram, not a map. */
export const MAP_CAPTION = 'Sơ đồ minh họa, không theo tỉ lệ, không thể hiện ranh giới';

/** The page's title and h1. */
export const MAP_TITLE = 'Sơ đồ các xã';

/** What a tile with no model says, on the tile and in the legend. */
export const NO_MODEL = 'chưa có mô hình';

/** How many models, as the map writes it: "1 mô hình", "chưa có mô hình". */
export function countLabel(count: number): string {
  return count === 0 ? NO_MODEL : `${formatNumber(count)} mô hình`;
}

/**
 * The shades, lightest first, from the site's palette (src/styles/global.css): white (--paper)
 * with a dashed outline for none, tints of --brand, then --brand itself. Text is --ink on the light
 * ones and --brand-ink (white) on the dark ones; commune-map.test.ts checks every pair is ≥ 4.5:1.
 */
export const shadePalette = [
  { fill: '#ffffff', text: '#1b1b1b', dashed: true },
  { fill: '#f6e3e3', text: '#1b1b1b', dashed: false },
  { fill: '#e2a8a8', text: '#1b1b1b', dashed: false },
  { fill: '#b04545', text: '#ffffff', dashed: false },
  { fill: '#8a1c1c', text: '#ffffff', dashed: false },
] as const;

/** Outline of tiles and frames (--muted), and the frames' ground (--wash). */
export const MAP_LINE = '#4a4a4a';
export const FRAME_FILL = '#f4f1ea';
/** Frame headings are links: --brand on --wash. */
export const FRAME_LINK = '#8a1c1c';

export interface Shade {
  /** Index into shadePalette; also the class suffix, "shade-0". */
  index: number;
  /** Smallest count of the bucket. */
  min: number;
  /** Largest count; undefined for the last, open bucket. */
  max: number | undefined;
  /** "chưa có mô hình", "1 mô hình", "2–3 mô hình", "từ 8 mô hình". */
  label: string;
  fill: string;
  text: string;
  dashed: boolean;
}

/**
 * The legend's buckets for the counts drawn: none (0) on its own, then 1, 2–3, 4–7… (each twice
 * the last) up to the largest count, at most as many as the palette has shades, the last one open.
 * The same count always gets the same shade, whatever the other counts are.
 */
export function shadeScale(counts: readonly number[]): Shade[] {
  for (const count of counts) if (!Number.isInteger(count) || count < 0) throw new Error(`A tile's count must be a whole number ≥ 0, got ${count}`);
  const max = Math.max(0, ...counts);
  const shades: Shade[] = [shade(0, 0, 0)];
  for (let index = 1, min = 1; min <= max && index < shadePalette.length; index++, min *= 2) {
    const last = index === shadePalette.length - 1;
    shades.push(shade(index, min, last ? undefined : 2 * min - 1));
  }
  return shades;
}

function shade(index: number, min: number, max: number | undefined): Shade {
  const label = min === 0 ? NO_MODEL : max === undefined ? `từ ${formatNumber(min)} mô hình` : max === min ? countLabel(min) : `${formatNumber(min)}–${formatNumber(max)} mô hình`;
  return { index, min, max, label, ...shadePalette[index]! };
}

/** The bucket a count falls in. */
export function shadeOf(count: number, scale: readonly Shade[]): Shade {
  const found = scale.find((s) => count >= s.min && (s.max === undefined || count <= s.max));
  if (!found) throw new Error(`No shade for ${count}: the scale was made without it`);
  return found;
}

/** A line of text and its baseline, in viewBox units. */
export interface MapLine {
  text: string;
  y: number;
}

/** One former unit (or the commune itself, for models that name today's commune). */
export interface MapTile {
  id: string;
  /** "xã Đăk Ngọk"; today's commune naming itself has its period: "xã Đăk Hà (từ 01/07/2025)". */
  label: string;
  /** The unit's own period, "đến 30/06/2025"; "" when unknown. */
  period: string;
  /** Whether the tile is today's commune itself (models that name it directly). */
  self: boolean;
  url: string;
  count: number;
  /** "1 mô hình", "chưa có mô hình". */
  countLabel: string;
  /** The link's accessible name: "xã Đăk Ngọk: 1 mô hình, nay thuộc xã Đăk Ui". */
  name: string;
  shade: Shade;
  x: number;
  y: number;
  width: number;
  height: number;
  labelLines: MapLine[];
  countLine: MapLine;
}

/** One commune of today: its frame, heading (a link to its page) and tiles. */
export interface MapFrame {
  id: string;
  /** "xã Đăk Ui". */
  label: string;
  /** "từ 01/07/2025". */
  period: string;
  url: string;
  total: number;
  /** "2 mô hình". */
  totalLabel: string;
  /** The heading link's accessible name: "xã Đăk Ui (từ 01/07/2025): tổng 1 mô hình". */
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  headingLines: MapLine[];
  /** "Tổng: 1 mô hình" or "chưa có mô hình", wrapped like the heading. */
  totalLines: MapLine[];
  tiles: MapTile[];
}

export interface CommuneMap {
  width: number;
  height: number;
  fontSize: number;
  columns: number;
  frames: MapFrame[];
  /** The districts the former units belonged to: "huyện Đăk Hà". */
  districts: string[];
  /** The legend: only the buckets up to the largest count drawn. */
  scale: Shade[];
  /** Models on the map: those whose commune leads to a commune of today. */
  placed: number;
  /** Models whose commune the sources do not give. */
  withoutCommune: number;
  /** Models whose commune is known but leads to no commune of today. */
  elsewhere: number;
}

export interface CommuneMapOptions {
  /** Width of the viewBox: the SVG scales to its container (360 reads on a phone). */
  width?: number;
  /** Frames per row at most; fewer when there are fewer communes. */
  columns?: number;
  fontSize?: number;
}

const defaults: Required<CommuneMapOptions> = { width: 360, columns: 2, fontSize: 14 };
/** A tile narrower than this many characters of text is not worth a column of its own. */
const MIN_TILE_CHARS = 14;

/** Widths round down, so that a row of them never passes its container. */
function floor(value: number): number {
  return Math.floor(value * 100) / 100;
}

/** The tile of a unit in its frame: its label, count and accessible name. */
function tileText(unit: Group<CommuneView>, frame: CommuneView): Pick<MapTile, 'id' | 'label' | 'period' | 'self' | 'url' | 'count' | 'countLabel' | 'name'> {
  const self = unit.key.id === frame.id;
  const merged = frame.formedFrom.length > 0;
  const label = self && merged ? datedLabel(frame) : namesakeLabel(unit.key, frame);
  const count = unit.models.length;
  // The name begins with the visible text (label, then count), as WCAG 2.5.3 asks.
  const name = `${label}: ${countLabel(count)}${self ? '' : `, nay thuộc ${frame.label}`}`;
  return { id: unit.key.id, label, period: unit.key.period, self, url: unit.key.url, count, countLabel: countLabel(count), name };
}

/**
 * Lays out the map from today's communes and their former units (catalog.byCommuneToday): frames
 * in rows of `columns`, wrapping; in each frame a heading (name, total) and its tiles, the commune
 * itself first, then by name, in as many columns as fit. Every number is the catalog's: a tile
 * counts its unit's group, a frame its commune's group.
 */
export function layoutCommuneMap(catalog: Pick<Catalog, 'byCommuneToday' | 'models'>, options: CommuneMapOptions = {}): CommuneMap {
  const { width, fontSize } = { ...defaults, ...options };
  const groups = catalog.byCommuneToday;
  const columns = Math.max(1, Math.min(options.columns ?? defaults.columns, groups.length));
  const gap = round(fontSize * 0.7);
  const pad = round(fontSize * 0.5);
  const lineHeight = round(fontSize * 1.25);
  const frameWidth = floor((width - (columns - 1) * gap) / columns);
  const innerWidth = floor(frameWidth - 2 * pad);
  const tileColumns = Math.max(1, Math.floor((innerWidth + gap) / (MIN_TILE_CHARS * fontSize * LABEL_GLYPH + 2 * pad + gap)));
  const tileWidth = floor((innerWidth - (tileColumns - 1) * gap) / tileColumns);
  const headingChars = Math.max(1, Math.floor(innerWidth / (fontSize * LABEL_GLYPH)));
  const tileChars = Math.max(1, Math.floor((tileWidth - 2 * pad) / (fontSize * LABEL_GLYPH)));
  const scale = shadeScale(groups.flatMap((g) => g.formerUnits.map((u) => u.models.length)));

  // Sizes first (a row is as tall as its tallest frame), then positions.
  const drafts = groups.map((g) => {
    const heading = wrapLabel(g.key.label, headingChars);
    // "Tổng: chưa có mô hình" would wrap on a phone; none is said as on the tiles.
    const total = wrapLabel(g.models.length === 0 ? NO_MODEL : `Tổng: ${countLabel(g.models.length)}`, headingChars);
    // The commune itself first, then its former units by name: the loader's order is no order.
    const units = [...g.formerUnits].sort((a, b) => Number(b.key.id === g.key.id) - Number(a.key.id === g.key.id) || compareVi(a.key.data.name, b.key.data.name) || a.key.data.kind.localeCompare(b.key.data.kind) || a.key.id.localeCompare(b.key.id));
    const tiles = units.map((u) => {
      const text = tileText(u, g.key);
      return { text, lines: wrapLabel(text.label, tileChars) };
    });
    // Tiles of one row of a frame share the height of the tallest.
    const tileRows: number[] = [];
    tiles.forEach((t, i) => {
      const row = Math.floor(i / tileColumns);
      tileRows[row] = Math.max(tileRows[row] ?? 0, round((t.lines.length + 1) * lineHeight + pad));
    });
    const headingHeight = round(pad + (heading.length + total.length) * lineHeight + pad / 2);
    const height = round(headingHeight + tileRows.reduce((sum, h) => sum + h + gap, 0) + pad - (tileRows.length > 0 ? gap : 0));
    return { group: g, heading, total, tiles, tileRows, headingHeight, height };
  });

  const frames: MapFrame[] = [];
  let top = 0;
  for (let start = 0; start < drafts.length; start += columns) {
    const row = drafts.slice(start, start + columns);
    const rowHeight = Math.max(...row.map((d) => d.height));
    row.forEach((d, i) => {
      const x = round(i * (frameWidth + gap));
      const { key } = d.group;
      const headingLines = d.heading.map((text, line) => ({ text, y: round(top + pad + fontSize + line * lineHeight) }));
      const total = d.group.models.length;
      let tileTop = round(top + d.headingHeight);
      const tiles = d.tiles.map((t, index): MapTile => {
        const column = index % tileColumns;
        const tileRow = Math.floor(index / tileColumns);
        if (column === 0 && tileRow > 0) tileTop = round(tileTop + d.tileRows[tileRow - 1]! + gap);
        const tx = round(x + pad + column * (tileWidth + gap));
        const labelLines = t.lines.map((text, line) => ({ text, y: round(tileTop + pad / 2 + fontSize + line * lineHeight) }));
        return {
          ...t.text,
          shade: shadeOf(t.text.count, scale),
          x: tx,
          y: tileTop,
          width: tileWidth,
          height: d.tileRows[tileRow]!,
          labelLines,
          countLine: { text: t.text.countLabel, y: round(tileTop + pad / 2 + fontSize + t.lines.length * lineHeight) },
        };
      });
      frames.push({
        id: key.id,
        label: key.label,
        period: key.period,
        url: key.url,
        total,
        totalLabel: countLabel(total),
        name: `${datedLabel(key)}: ${total === 0 ? NO_MODEL : `tổng ${countLabel(total)}`}`,
        x,
        y: top,
        width: frameWidth,
        height: rowHeight,
        headingLines,
        totalLines: d.total.map((text, line) => ({ text, y: round(top + pad + fontSize + (d.heading.length + line) * lineHeight) })),
        tiles,
      });
    });
    top = round(top + rowHeight + gap);
  }

  const placedIds = new Set(groups.flatMap((g) => g.models.map((m) => m.id)));
  const notPlaced = catalog.models.filter((m) => !placedIds.has(m.id));
  const withoutCommune = notPlaced.filter((m) => !m.commune).length;
  return {
    width,
    height: round(Math.max(0, top - gap)),
    fontSize,
    columns,
    frames,
    districts: [...new Set(groups.flatMap((g) => g.key.formerDistricts))],
    scale,
    placed: placedIds.size,
    withoutCommune,
    elsewhere: notPlaced.length - withoutCommune,
  };
}

/** The SVG's <desc>: what the diagram shows, in words, with every frame's total. */
export function mapDescription(map: CommuneMap): string {
  const tiles = map.frames.reduce((sum, f) => sum + f.tiles.length, 0);
  const totals = map.frames.map((f) => `${f.label} ${countLabel(f.total)}`).join('; ');
  return `${formatNumber(map.frames.length)} xã hiện nay, mỗi xã một khung, trong khung là ${formatNumber(tiles)} ô các xã, thị trấn cũ đã nhập vào; màu ô theo số mô hình, số mô hình ghi trên từng ô. ${totals}.`;
}

/** The notes under the map for the models it cannot show; none when every model is on it. */
export function unplacedNotes(map: Pick<CommuneMap, 'withoutCommune' | 'elsewhere'>): string[] {
  return [
    ...(map.withoutCommune > 0 ? [`${formatNumber(map.withoutCommune)} mô hình chưa rõ xã, không có trên sơ đồ.`] : []),
    ...(map.elsewhere > 0 ? [`${formatNumber(map.elsewhere)} mô hình ở xã, thị trấn cũ chưa rõ nay thuộc xã nào, không có trên sơ đồ.`] : []),
  ];
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const v = parseInt(part, 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
