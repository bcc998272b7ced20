/**
 * Files stay inside content/: a cover or a body picture whose path climbs out of it, a symbolic
 * link (an article or a picture) to a file elsewhere on the machine, and an article put in a
 * subfolder, which the site would otherwise skip. The check names the file and field; `npm run
 * build` refuses and keeps dist/; a plain `astro build` stops on the same words and publishes
 * nothing from outside.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, errorLines, hostileCopy, hostileFile, removeCopies, type HostileCopy } from './harness';

afterAll(removeCopies);

/** A picture outside content/, with a text in it no page would print, to look for in dist/. */
const SECRET = 'BiMatNgoaiThuMuc';
let outside: Buffer;
beforeAll(async () => {
  const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#884422' } }).png().toBuffer();
  outside = Buffer.concat([png, Buffer.from(SECRET)]);
});

interface Case {
  name: string;
  setUp: (copy: HostileCopy) => void;
  /** The start of the check's line, and a word of its message. */
  line: RegExp;
}

const cover = (src: string) => article({ frontmatter: `cover:\n  src: ${src}\n  alt: Ảnh bìa\n` });
const cases: Case[] = [
  { name: 'a cover that climbs out of the project', setUp: (c) => c.write(hostileFile, cover('../../bi-mat.png')), line: /^content\/models\/vuon-rau-xanh\.mdx:\d+ cover\.src: .*ra ngoài thư mục content\// },
  { name: 'a body picture that climbs out', setUp: (c) => c.write(hostileFile, article({ body: '![Ảnh](../../bi-mat.png)' })), line: /^content\/models\/vuon-rau-xanh\.mdx:10 \(thân bài\): .*ra ngoài thư mục content\// },
  { name: 'a linked article', setUp: (c) => { c.write('ngoai/bai.mdx', article({ title: SECRET })); c.link(hostileFile, join(c.root, 'ngoai/bai.mdx')); }, line: /^content\/models\/vuon-rau-xanh\.mdx \(tên tệp\): .*symlink/ },
  { name: 'a linked picture', setUp: (c) => { c.link('content/models/anh/lien-ket.png', join(c.root, 'bi-mat.png')); c.write(hostileFile, article({ body: '![Ảnh](./anh/lien-ket.png)' })); }, line: /^content\/models\/anh\/lien-ket\.png \(tên tệp\): .*symlink/ },
  { name: 'an article in a subfolder', setUp: (c) => c.write('content/models/nam-2024/vuon-rau.mdx', article({ title: SECRET })), line: /^content\/models\/nam-2024\/vuon-rau\.mdx \(tên tệp\): .*thư mục con/ },
];

describe.concurrent('no file from outside content/ is published, and no article is skipped without a word', () => {
  it.for(cases)('$name', async ({ setUp, line }, { expect }) => {
    const copy = hostileCopy({ 'bi-mat.png': outside });
    setUp(copy);
    const before = copy.distHash();

    const check = await copy.npm('check');
    expect(check.code, check.output).toBe(1);
    expect(errorLines(check.output).some((l) => line.test(l)), check.output).toBe(true);

    const build = await copy.npm('build');
    expect(build.code).toBe(1);
    expect(copy.distHash()).toBe(before);
    expect(copy.leftovers()).toEqual([]);

    const plain = await copy.astroBuild();
    expect(plain.code, plain.output).not.toBe(0);
    expect(plain.output).toMatch(/ra ngoài thư mục content\/|symlink|thư mục con|không có tệp/);
    for (const file of copy.filesIn('.plain-dist')) expect(readFileSync(join(plain.dist, file)).includes(SECRET), file).toBe(false);
  });
});
