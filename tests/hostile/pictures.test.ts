/**
 * A photo carries where and with what it was taken (EXIF: camera, GPS position of the village,
 * XMP). None of it may reach a reader: every picture file the build publishes, original included,
 * is checked on a real JPEG with GPS tags used as a cover and as a body picture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { article, hostileCopy, hostileFile, removeCopies } from './harness';

afterAll(removeCopies);

/** A camera name and GPS text no rendering would invent, to look for in the published bytes. */
const CAMERA = 'MayAnhBiMat';
const PLACE = 'LangBiMat';

async function photoWithGps(): Promise<Buffer> {
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3a7d44' } })
    .jpeg()
    .withExif({ IFD0: { Make: CAMERA, Model: CAMERA }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 36/1 0/1', GPSAreaInformation: PLACE } })
    .toBuffer();
  const meta = await sharp(photo).metadata();
  if (!meta.exif?.includes(CAMERA)) throw new Error('ảnh thử không mang EXIF');
  return photo;
}

describe('published pictures carry no metadata', () => {
  it('every picture file in dist/, the original included, has no EXIF, XMP, IPTC or GPS', async () => {
    const photo = await photoWithGps();
    const copy = hostileCopy({
      'content/models/anh/vuon-rau-xanh.jpg': photo,
      'content/models/anh/luong-rau.jpg': photo,
      [hostileFile]: article({
        frontmatter: 'cover:\n  src: ./anh/vuon-rau-xanh.jpg\n  alt: Vườn rau xanh của khu dân cư\n',
        body: 'Một đoạn.\n\n![Luống rau mới trồng](./anh/luong-rau.jpg)',
      }),
    });
    const check = await copy.npm('check');
    expect(check.code, check.output).toBe(0);
    const build = await copy.npm('build');
    expect(build.code, build.output).toBe(0);
    const plain = await copy.astroBuild();
    expect(plain.code, plain.output).toBe(0);
    for (const out of ['dist', '.plain-dist']) await expectNoMetadata(copy, out);
  });
});

async function expectNoMetadata(copy: ReturnType<typeof hostileCopy>, out: string): Promise<void> {
    const pictures = copy.filesIn(out).filter((f) => /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(f));
    expect(pictures.length).toBeGreaterThan(4);
    for (const file of pictures) {
      const path = join(copy.root, out, file);
      const meta = await sharp(path).metadata();
      expect({ file, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }).toEqual({ file, exif: undefined, xmp: undefined, iptc: undefined });
      const bytes = readFileSync(path).toString('latin1');
      expect(bytes.includes(CAMERA) || bytes.includes(PLACE), file).toBe(false);
    }
}
