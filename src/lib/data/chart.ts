/**
 * Geometry of the horizontal bar charts that pages draw at build time as inline SVG.
 * Horizontal bars because Vietnamese labels are long and most readers are on phones:
 * each label sits on its own line(s) above its bar, and the figure follows the bar.
 */
import { scaleLinear } from 'd3-scale';

/** known: a figure the sources give; unknown: models whose value is not given; rest: money not broken down. */
export type BarTone = 'known' | 'unknown' | 'rest';

export interface BarInput {
  label: string;
  value: number;
  /** The figure as readers see it: "190.000.000 đ", "3". */
  valueLabel: string;
  tone?: BarTone;
}

export interface TextLine {
  text: string;
  /** Baseline. */
  y: number;
}

export interface Bar extends Required<BarInput> {
  labelLines: TextLine[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the figure is written, just after the bar's end. */
  valueX: number;
  valueY: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  fontSize: number;
  bars: Bar[];
}

export interface BarChartOptions {
  /** Width of the viewBox; the SVG scales to its container. */
  width?: number;
  fontSize?: number;
  barHeight?: number;
}

const defaults: Required<BarChartOptions> = { width: 400, fontSize: 14, barHeight: 16 };

/**
 * Average glyph width of a system sans-serif, as a share of the font size: generous, so text
 * fits whatever font the reader has. Figures are bold digits, wider than running text.
 */
export const LABEL_GLYPH = 0.6;
const FIGURE_GLYPH = 0.7;

/** Coordinates to two decimals, which keeps the SVG short. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Estimated width of a figure (bold) in viewBox units. */
export function figureWidth(text: string, fontSize: number): number {
  return round(text.length * fontSize * FIGURE_GLYPH);
}

/** Breaks a label into lines of at most maxChars, at spaces; a word longer than a line stays whole. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * Lays out one bar per row, in the order given, on a linear scale from zero to the largest
 * value: a bar's length is proportional to its value, and a zero is a bar of no length.
 */
export function layoutBarChart(rows: readonly BarInput[], options: BarChartOptions = {}): BarChartLayout {
  const { width, fontSize, barHeight } = { ...defaults, ...options };
  for (const row of rows) {
    if (!Number.isFinite(row.value) || row.value < 0) throw new Error(`Bar "${row.label}" needs a finite value ≥ 0, got ${row.value}`);
  }
  const lineHeight = round(fontSize * 1.3);
  const gap = round(fontSize * 0.9);
  const valueRoom = Math.max(0, ...rows.map((r) => figureWidth(r.valueLabel, fontSize))) + fontSize / 2;
  const plotWidth = Math.max(width / 3, width - valueRoom);
  const max = Math.max(0, ...rows.map((r) => r.value));
  const scale = scaleLinear().domain([0, max > 0 ? max : 1]).range([0, plotWidth]);
  const maxChars = Math.floor(width / (fontSize * LABEL_GLYPH));

  let top = 0;
  const bars = rows.map((row): Bar => {
    const labelLines = wrapLabel(row.label, maxChars).map((text, i) => ({ text, y: round(top + fontSize + i * lineHeight) }));
    const barTop = round(top + labelLines.length * lineHeight + fontSize * 0.3);
    const barWidth = round(scale(row.value));
    top = barTop + barHeight + gap;
    return {
      label: row.label,
      value: row.value,
      valueLabel: row.valueLabel,
      tone: row.tone ?? 'known',
      labelLines,
      x: 0,
      y: barTop,
      width: barWidth,
      height: barHeight,
      valueX: round(barWidth + fontSize / 3),
      valueY: round(barTop + barHeight / 2 + fontSize * 0.35),
    };
  });
  return { width, height: round(Math.max(0, top - gap) + fontSize * 0.3), fontSize, bars };
}
