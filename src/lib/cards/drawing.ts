/**
 * Draws a social card (1200×630 PNG) from its spec with Skia (@napi-rs/canvas) and the bundled
 * Be Vietnam Pro, so the picture does not depend on the fonts of the machine that builds it; the
 * canvas's pixels are written as a palette PNG (palette-png.ts). One card per page makes this the largest cost of a clean build:
 * about 8 ms of processor time a card, where laying the card out as SVG (satori), rasterising it
 * and quantising a palette PNG took about 48 ms. @napi-rs/canvas stays at 0.1: from 1.0 on,
 * reading a canvas's pixels costs 4–7 ms more, and its own PNG and JPEG encoders are full-colour only.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { cachedCardFile, cardKey } from './cache';
import type { CardSpec } from './specs';
import { CARD_HEIGHT, CARD_WIDTH } from './size';
import { FONT_FAMILY, readFont } from './fonts';
import { PUBLISHER } from '../site/identity';
import { fitLines } from './text-fit';
import { blendPalette, paletteEncoder, type InkOnGround } from './palette-png';

const colors = { brand: '#8a1c1c', ink: '#1b1b1b', muted: '#4a4a4a', wash: '#f4f1ea', paper: '#ffffff' };
/**
 * The inks and the backgrounds they are drawn on (paintCard): the card's palette (palette-png.ts).
 * A palette PNG is about 19 KB a card where the full-colour PNG was 49 KB, in about the same time;
 * JPEG at quality 80 is larger (50 KB) and blurs the letters. Measured on 100 cards of a
 * 1,000-article site (issue 16).
 */
const INKS: readonly InkOnGround[] = [
  { ink: colors.brand, ground: colors.paper },
  { ink: colors.ink, ground: colors.paper },
  { ink: colors.muted, ground: colors.paper },
  { ink: colors.brand, ground: colors.wash },
  { ink: colors.muted, ground: colors.wash },
];
const encodePng = paletteEncoder(blendPalette(INKS), CARD_WIDTH, CARD_HEIGHT);
const PAD_X = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD_X;
const BAR = 18;
const FOOTER = { height: 72, size: 26 };
const CONTENT = { top: BAR + 44, bottom: CARD_HEIGHT - FOOTER.height - 32 };
const KICKER = { size: 28, lineHeight: 1.2 };
const DETAIL = { size: 30, lineHeight: 1.2, gap: 12 };
const FIGURE = { size: 60, lineHeight: 1.1, labelSize: 28, labelGap: 6 };
const TITLE_LINES = 3;

/** Long titles get a smaller size so that they fit in three lines. */
export function titleSize(title: string): number {
  if (title.length <= 36) return 68;
  if (title.length <= 60) return 56;
  if (title.length <= 90) return 46;
  return 38;
}

let fontsReady = false;

function registerFonts(): void {
  if (fontsReady) return;
  GlobalFonts.register(readFont(400), FONT_FAMILY);
  GlobalFonts.register(readFont(700), FONT_FAMILY);
  fontsReady = true;
}

function font(ctx: SKRSContext2D, size: number, bold = false): (text: string) => number {
  ctx.font = `${bold ? 'bold ' : ''}${size}px "${FONT_FAMILY}"`;
  return (text) => ctx.measureText(text).width;
}

/** Draws lines of text from the top of their first line box; returns the y below the last. */
function lines(ctx: SKRSContext2D, texts: readonly string[], x: number, y: number, size: number, lineHeight: number): number {
  const box = size * lineHeight;
  texts.forEach((text, i) => ctx.fillText(text, x, y + i * box + (box - size) / 2));
  return y + texts.length * box;
}

/** Draws the card on canvas (all of it: nothing of an earlier card shows); host is the site's address as printed in the corner. */
function paintCard(canvas: Canvas, spec: CardSpec, host: string): void {
  registerFonts();
  const ctx = canvas.getContext('2d', { alpha: false });
  ctx.lang = 'vi';
  ctx.textBaseline = 'top';
  ctx.fillStyle = colors.paper;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = colors.brand;
  ctx.fillRect(0, 0, CARD_WIDTH, BAR);

  ctx.letterSpacing = '1px';
  let y = lines(ctx, fitLines(font(ctx, KICKER.size, true), spec.kicker.toLocaleUpperCase('vi'), TEXT_WIDTH, 1), PAD_X, CONTENT.top, KICKER.size, KICKER.lineHeight);
  ctx.letterSpacing = '0px';

  const size = titleSize(spec.title);
  ctx.fillStyle = colors.ink;
  y = lines(ctx, fitLines(font(ctx, size, true), spec.title, TEXT_WIDTH, TITLE_LINES), PAD_X, y + 18, size, 1.15);

  // The figure sits at the bottom of the content; details fill the space above it, never over it.
  const figureTop = CONTENT.bottom - FIGURE.labelSize * 1.2 - FIGURE.labelGap - FIGURE.size * FIGURE.lineHeight;
  const detailsEnd = spec.figure ? figureTop - DETAIL.gap : CONTENT.bottom;
  ctx.fillStyle = colors.muted;
  const measureDetail = font(ctx, DETAIL.size);
  for (const detail of spec.details) {
    if (y + DETAIL.gap + DETAIL.size * DETAIL.lineHeight > detailsEnd) break;
    y = lines(ctx, fitLines(measureDetail, detail, TEXT_WIDTH, 1), PAD_X, y + DETAIL.gap, DETAIL.size, DETAIL.lineHeight);
  }

  if (spec.figure) {
    ctx.fillStyle = colors.brand;
    const below = lines(ctx, fitLines(font(ctx, FIGURE.size, true), spec.figure.value, TEXT_WIDTH, 1), PAD_X, figureTop, FIGURE.size, FIGURE.lineHeight);
    ctx.fillStyle = colors.muted;
    lines(ctx, fitLines(font(ctx, FIGURE.labelSize), spec.figure.label, TEXT_WIDTH, 1), PAD_X, below + FIGURE.labelGap, FIGURE.labelSize, 1.2);
  }

  const footerTop = CARD_HEIGHT - FOOTER.height;
  ctx.fillStyle = colors.wash;
  ctx.fillRect(0, footerTop, CARD_WIDTH, FOOTER.height);
  const footerText = footerTop + (FOOTER.height - FOOTER.size) / 2;
  ctx.fillStyle = colors.muted;
  ctx.textAlign = 'right';
  const hostWidth = font(ctx, FOOTER.size)(host);
  ctx.fillText(host, CARD_WIDTH - PAD_X, footerText);
  ctx.textAlign = 'left';
  ctx.fillStyle = colors.brand;
  const [publisher = ''] = fitLines(font(ctx, FOOTER.size, true), PUBLISHER, TEXT_WIDTH - hostWidth - 32, 1);
  ctx.fillText(publisher, PAD_X, footerText);
}

/**
 * Canvases not in use. A canvas is 3 MB: a new one for every card kept the garbage collector busy
 * for a fifth of the time, so they are reused; one per card being encoded at the same moment.
 */
const idleCanvases: Canvas[] = [];

/** The card's pixels (RGBA) as drawn, before encoding: what the PNG is checked against. */
export function cardPixels(spec: CardSpec, host: string): Buffer {
  const canvas = idleCanvases.pop() ?? createCanvas(CARD_WIDTH, CARD_HEIGHT);
  try {
    paintCard(canvas, spec, host);
    return Buffer.from(canvas.data());
  } finally {
    idleCanvases.push(canvas);
  }
}

/** The card as PNG bytes. */
export async function drawCard(spec: CardSpec, host: string): Promise<Buffer> {
  const canvas = idleCanvases.pop() ?? createCanvas(CARD_WIDTH, CARD_HEIGHT);
  try {
    paintCard(canvas, spec, host);
    // data() is a view of the canvas's memory, good until the canvas is drawn on again (a view kept
    // longer crashes the process): the canvas goes back to the pool only once the PNG is done.
    return await encodePng(canvas.data());
  } finally {
    idleCanvases.push(canvas);
  }
}

let digest: string | undefined;

/** A digest of what the picture depends on besides its spec: this drawing code, the encoder, the canvas library and the fonts. */
function drawingDigest(): string {
  digest ??= cardKey([
    readFileSync(fileURLToPath(import.meta.url)),
    // The encoder's own code, as the running process has it (it lives in another file).
    String(paletteEncoder),
    (createRequire(import.meta.url)('@napi-rs/canvas/package.json') as { version: string }).version,
    readFont(400),
    readFont(700),
  ]);
  return digest;
}

/** The file of one page's card, from the cache of earlier builds when nothing that draws it has changed. */
export function cardFile(spec: CardSpec, host: string, cacheDir?: string): Promise<string> {
  return cachedCardFile(cardKey([JSON.stringify(spec), host, drawingDigest()]), () => drawCard(spec, host), cacheDir);
}

/** The card of one page as PNG bytes. */
export async function renderCard(spec: CardSpec, host: string, cacheDir?: string): Promise<Buffer> {
  return readFile(await cardFile(spec, host, cacheDir));
}
