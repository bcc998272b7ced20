import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreInterrupted, swapInto } from './swap-dir';

let root: string;
const site = (name: string, text: string) => {
  mkdirSync(join(root, name, 'xa'), { recursive: true });
  writeFileSync(join(root, name, 'index.html'), text);
  writeFileSync(join(root, name, 'xa', 'index.html'), `${text} xã`);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dvk-swap-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('swapInto', () => {
  it('puts the new site in place and leaves nothing beside it', () => {
    site('dist', 'cũ');
    site('.dist-staging-1', 'mới');
    swapInto(join(root, '.dist-staging-1'), join(root, 'dist'));
    expect(readFileSync(join(root, 'dist', 'xa', 'index.html'), 'utf8')).toBe('mới xã');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('publishes a first site when there was none', () => {
    site('.dist-staging-1', 'mới');
    swapInto(join(root, '.dist-staging-1'), join(root, 'dist'));
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('mới');
  });

  it('puts the old site back when the new one cannot be moved in', () => {
    site('dist', 'cũ');
    expect(() => swapInto(join(root, 'khong-co'), join(root, 'dist'))).toThrow();
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('cũ');
    expect(readdirSync(root)).toEqual(['dist']);
  });
});

describe('restoreInterrupted', () => {
  it('brings back the previous site after a crash between the two renames', () => {
    site('dist', 'cũ');
    renameSync(join(root, 'dist'), join(root, '.dist-previous-1795888000000-42'));
    restoreInterrupted(join(root, 'dist'));
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('cũ');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('removes leftovers next to an intact site', () => {
    site('dist', 'mới');
    site('.dist-previous-1795888000000-42', 'cũ');
    restoreInterrupted(join(root, 'dist'));
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('mới');
    expect(existsSync(join(root, '.dist-previous-1795888000000-42'))).toBe(false);
  });
});
