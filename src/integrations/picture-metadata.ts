/**
 * No published picture carries where or with what it was taken. Astro writes the variants through
 * sharp, which drops EXIF, XMP and IPTC, but it also publishes a picture's original file whenever a
 * page touches the imported picture (astro/dist/assets/utils/proxy.js), byte for byte, GPS position
 * included. After the build, every picture file under _astro/ that still holds such metadata is
 * written again without it (its colour profile kept), on every path that runs `astro build`.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';

const pictureFile = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Rewrites the pictures of `dir` that carry EXIF, XMP or IPTC; the names of those it rewrote. */
export async function stripPictureMetadata(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => pictureFile.test(name));
  } catch {
    return [];
  }
  const stripped: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const meta = await sharp(path).metadata();
    if (!meta.exif && !meta.xmp && !meta.iptc) continue;
    // Read fully before writing: sharp must not read the file it is overwriting.
    const clean = await sharp(path, { animated: true }).keepIccProfile().toBuffer();
    await writeFile(path, clean);
    stripped.push(name);
  }
  return stripped;
}

export default function pictureMetadata(): AstroIntegration {
  return {
    name: 'dan-van-kheo:picture-metadata',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stripped = await stripPictureMetadata(join(fileURLToPath(dir), '_astro'));
        if (stripped.length > 0) logger.info(`Đã xóa thông tin máy ảnh, vị trí (EXIF/XMP) khỏi ${stripped.length} ảnh gốc.`);
      },
    },
  };
}
