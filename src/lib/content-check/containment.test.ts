import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderProblems, isInside, isLink } from './containment';

const root = mkdtempSync(join(tmpdir(), 'dvk-containment-'));
const models = join(root, 'content', 'models');
mkdirSync(join(models, 'anh'), { recursive: true });
mkdirSync(join(models, 'cu'), { recursive: true });
writeFileSync(join(root, 'ngoai.png'), 'x');
writeFileSync(join(models, 'bai.mdx'), 'x');
writeFileSync(join(models, 'anh', 'a.png'), 'x');
writeFileSync(join(models, 'cu', 'bai-cu.mdx'), 'x');
symlinkSync(join(root, 'ngoai.png'), join(models, 'anh', 'lien-ket.png'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('containment', () => {
  it('follows links and climbing paths to where they really are', () => {
    expect(isInside(join(models, 'anh', 'a.png'), join(root, 'content'))).toBe(true);
    expect(isInside(join(models, '..', '..', 'ngoai.png'), join(root, 'content'))).toBe(false);
    expect(isInside(join(models, 'anh', 'lien-ket.png'), join(root, 'content'))).toBe(false);
    expect(isInside(join(models, 'chua-co.png'), join(root, 'content'))).toBe(true);
    expect(isLink(join(models, 'anh', 'lien-ket.png'))).toBe(true);
    expect(isLink(join(models, 'anh', 'a.png'))).toBe(false);
  });

  it('names every link and every article in a subfolder, and nothing else', () => {
    const problems = folderProblems(models).map((p) => [p.file.split('/').slice(-2).join('/'), p.message.slice(0, 20)]);
    expect(problems.sort()).toEqual([['anh/lien-ket.png', expect.stringContaining('"lien-ket.png"')], ['cu/bai-cu.mdx', expect.stringContaining('bài "bai-cu.mdx"')]]);
  });
});
