/**
 * Draws a social card (1200×630 PNG) from its spec: satori lays the text out with the bundled
 * Be Vietnam Pro and turns it into SVG paths, so the picture does not depend on the fonts of the
 * machine that builds it; sharp rasterises the SVG.
 */
import satori from 'satori';
import sharp from 'sharp';
import { cachedCard, cardKey } from './card-cache';
import type { CardSpec } from './cards';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size';
import { FONT_FAMILY, readFont } from './fonts';
import { PUBLISHER } from './site';


const colors = { brand: '#8a1c1c', ink: '#1b1b1b', muted: '#4a4a4a', wash: '#f4f1ea', paper: '#ffffff' };

interface Node {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

function box(style: Node['props']['style'], children?: Node['props']['children']): Node {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** Long titles get a smaller size so that they fit in three lines. */
export function titleSize(title: string): number {
  if (title.length <= 36) return 68;
  if (title.length <= 60) return 56;
  if (title.length <= 90) return 46;
  return 38;
}

function cardTree(spec: CardSpec, host: string): Node {
  const figure = spec.figure
    ? box({ flexDirection: 'column', marginTop: 'auto' }, [
        box({ fontSize: 60, fontWeight: 700, color: colors.brand, lineHeight: 1.1 }, spec.figure.value),
        box({ fontSize: 28, color: colors.muted, marginTop: 6 }, spec.figure.label),
      ])
    : box({ marginTop: 'auto' });
  return box({ width: '100%', height: '100%', flexDirection: 'column', backgroundColor: colors.paper, fontFamily: FONT_FAMILY, color: colors.ink }, [
    box({ height: 18, backgroundColor: colors.brand }),
    box({ flexDirection: 'column', flexGrow: 1, padding: '44px 64px 32px' }, [
      box({ fontSize: 28, fontWeight: 700, color: colors.brand, textTransform: 'uppercase', letterSpacing: 1 }, spec.kicker),
      box({ fontSize: titleSize(spec.title), fontWeight: 700, lineHeight: 1.15, marginTop: 18, maxHeight: 3 * 1.15 * titleSize(spec.title), overflow: 'hidden' }, spec.title),
      ...spec.details.map((line) => box({ fontSize: 30, color: colors.muted, marginTop: 12 }, line)),
      figure,
    ]),
    box({ justifyContent: 'space-between', alignItems: 'center', backgroundColor: colors.wash, padding: '20px 64px', fontSize: 26 }, [
      box({ fontWeight: 700, color: colors.brand }, PUBLISHER),
      box({ color: colors.muted }, host),
    ]),
  ]);
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** The card of one page as PNG bytes; host is the site's address as printed in the corner. */
export async function renderCard(spec: CardSpec, host: string): Promise<Buffer> {
  const fontData = loadFonts();
  const key = cardKey([CARD_DESIGN_VERSION, JSON.stringify(spec), host, ...fontData.map((f) => f.data)]);
  return cachedCard(key, () => drawCard(spec, host, fontData));
}

/** Bump when the drawing itself changes (layout, colours, encoding), so cached cards are redrawn. */
const CARD_DESIGN_VERSION = 'card-v1';

function loadFonts(): NonNullable<typeof fonts> {
  fonts ??= [
    { name: FONT_FAMILY, data: readFont(400), weight: 400, style: 'normal' },
    { name: FONT_FAMILY, data: readFont(700), weight: 700, style: 'normal' },
  ];
  return fonts;
}

async function drawCard(spec: CardSpec, host: string, fontData: NonNullable<typeof fonts>): Promise<Buffer> {
  const svg = await satori(cardTree(spec, host), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fontData });
  // Palette PNG at quantisation effort 1: the same bytes as the slowest settings (about 13 KB a
  // card), at a third of the time, which counts with one card per page (npm run bench).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: true, effort: 1 }).toBuffer();
}
