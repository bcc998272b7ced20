/**
 * A card as an indexed (palette) PNG. The card is drawn in a handful of flat colours, and every other
 * pixel is the edge of a letter: one colour blended into its background. So the palette is known
 * before drawing: each (ink, background) pair the card uses, in BLEND_STEPS steps from background to
 * ink. Each pixel takes the nearest palette entry (found once per colour), and node's zlib deflates
 * the rows.
 *
 * Why not a library: sharp's palette PNG quantises every picture again with libimagequant (25–100 ms
 * a card), and fast-png deflates in JavaScript (about 23 ms); this takes about 3 ms beside the
 * drawing, so a card costs the processor what the full-colour PNG did, at half its size. A PNG of this kind is four chunks (PNG
 * specification, 3rd edition, §5 and §11: IHDR, PLTE, IDAT, IEND); drawing.test.ts decodes every
 * card back with sharp and compares it with the canvas.
 */
import { promisify } from 'node:util';
import { constants, crc32, deflate } from 'node:zlib';

const deflateRows = promisify(deflate);

export type Rgb = readonly [number, number, number];

/** An ink drawn on a background: the pair's blends are in the palette. */
export interface InkOnGround {
  ink: string;
  ground: string;
}

/**
 * Steps from background to ink: 16 levels of a letter's edge, so no channel is more than 9 of 255
 * off (measured on the cards of a 1,000-article site), below what the eye tells apart on a card.
 */
export const BLEND_STEPS = 16;
const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function rgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`màu không hợp lệ: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** The palette of the pairs: each background, each ink, and the blends between them, once each. */
export function blendPalette(pairs: readonly InkOnGround[], steps = BLEND_STEPS): Rgb[] {
  const seen = new Map<string, Rgb>();
  for (const { ink, ground } of pairs) {
    const [from, to] = [rgb(ground), rgb(ink)];
    for (let k = 0; k < steps; k++) {
      const color = from.map((v, i) => Math.round(v + ((to[i]! - v) * k) / (steps - 1))) as unknown as Rgb;
      seen.set(color.join(), color);
    }
  }
  if (seen.size > 256) throw new Error(`bảng màu ảnh thẻ quá 256 màu (${seen.size})`);
  return [...seen.values()];
}

/** The index of the palette entry nearest a pixel (a 0xAABBGGRR word), remembered per colour. */
function nearestIndex(palette: readonly Rgb[]): (word: number) => number {
  const known = new Map<number, number>();
  return (word) => {
    let best = known.get(word);
    if (best !== undefined) return best;
    const [r, g, b] = [word & 0xff, (word >> 8) & 0xff, (word >> 16) & 0xff];
    let bestDistance = Infinity;
    palette.forEach((c, i) => {
      const distance = (c[0] - r) ** 2 + (c[1] - g) ** 2 + (c[2] - b) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    known.set(word, best!);
    return best!;
  };
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An encoder for RGBA pictures of one size whose colours are those of the palette. */
export function paletteEncoder(palette: readonly Rgb[], width: number, height: number): (rgba: Uint8Array) => Promise<Buffer> {
  const nearest = nearestIndex(palette);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: indexed
  const head = Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', Buffer.from(palette.flat()))]);
  const tail = chunk('IEND', Buffer.alloc(0));
  return async (rgba) => {
    if (rgba.length !== width * height * 4) throw new Error(`ảnh ${rgba.length} byte, cần ${width}×${height}×4`);
    // One filter byte (0: none) before each row, then one palette index a pixel. A pixel read as one
    // little-endian word is 0xAABBGGRR; runs of one colour (most of a card) skip the lookup.
    const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, width * height);
    const rows = Buffer.alloc((width + 1) * height);
    let last = 0; // no pixel: the alpha byte of every pixel is 0xff
    let index = 0;
    const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.length);
    const stride = width * 4;
    for (let y = 0, out = 1; y < height; y++, out++) {
      // A row like the one above (the blank space between lines, the bars) is copied whole.
      if (y > 0 && bytes.compare(bytes, (y - 1) * stride, y * stride, y * stride, (y + 1) * stride) === 0) {
        rows.copyWithin(out, out - width - 1, out - 1);
        out += width;
        continue;
      }
      for (let x = y * width, end = x + width; x < end; x++) {
        const word = pixels[x]!;
        if (word !== last) {
          last = word;
          index = nearest(word);
        }
        rows[out++] = index;
      }
    }
    // Deflated on libuv's threads, while the next card is drawn (cards/batch.ts draws two at a time).
    const data = await deflateRows(rows, { level: 3, strategy: constants.Z_DEFAULT_STRATEGY });
    return Buffer.concat([head, chunk('IDAT', data), tail]);
  };
}
