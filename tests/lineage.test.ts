/**
 * A chain of three copies (A ← B ← C) in built HTML. The seed documents no replication, and
 * content/ holds only real articles, so the fixture models are added to a temporary copy of
 * the project, which is built on its own.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetJson } from '../src/lib/open-data';
import { builtFile, page, textOf } from './site-content';

const root = process.cwd();
const left = /^\/(node_modules|dist|\.git|\.astro|\.tmp|\.bench)(\/|$)/;
let copy = '';
let out = '';

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'dan-van-kheo-nhan-rong-'));
  cpSync(root, copy, { recursive: true, filter: (src) => !left.test(src.slice(root.length)) });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  cpSync(join(root, 'tests/content-fixtures/replication-chain'), join(copy, 'content/models'), { recursive: true });
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });
  out = join(copy, 'dist');
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('replication chain A ← B ← C, built', () => {
  it('shows on B’s page the model it copies and the model that copies it', () => {
    const fact = textOf(page('/mo-hinh/kiem-thu-nhan-rong-b/', out).querySelector('[data-fact="replicated"]'));
    expect(fact).toBe('Có Nhân rộng từ mô hình Mô hình kiểm thử A Được nhân rộng thành: Mô hình kiểm thử C');
    expect(textOf(page('/mo-hinh/kiem-thu-nhan-rong-c/', out).querySelector('[data-fact="replicated"]'))).toBe('chưa có số liệu Nhân rộng từ mô hình Mô hình kiểm thử B');
  });

  it('counts replications and draws the chain on the statistics page', () => {
    const html = page('/so-lieu/', out);
    expect(textOf(html.querySelector('[data-replication="replicated"]'))).toBe('2 (2/10 mô hình ghi rõ)');
    expect(textOf(html.querySelector('[data-replication="copies"]'))).toBe('2');
    expect(html.querySelectorAll('[data-chain]').map(textOf)).toEqual(['Mô hình kiểm thử A → Mô hình kiểm thử B → Mô hình kiểm thử C']);
    expect(html.querySelectorAll('[data-chain] a').map((a) => a.getAttribute('href'))).toEqual([
      '/mo-hinh/kiem-thu-nhan-rong-a/',
      '/mo-hinh/kiem-thu-nhan-rong-b/',
      '/mo-hinh/kiem-thu-nhan-rong-c/',
    ]);
  });

  it('records the lineage both ways in the open data', () => {
    const data = JSON.parse(builtFile('/du-lieu/mo-hinh.json', out).toString('utf8')) as DatasetJson;
    const lineage = data.models.filter((m) => m.id.startsWith('kiem-thu-')).map((m) => [m.id, m.replicatedFrom, m.copies]);
    expect(lineage.sort()).toEqual([
      ['kiem-thu-nhan-rong-a', null, ['kiem-thu-nhan-rong-b']],
      ['kiem-thu-nhan-rong-b', 'kiem-thu-nhan-rong-a', ['kiem-thu-nhan-rong-c']],
      ['kiem-thu-nhan-rong-c', 'kiem-thu-nhan-rong-b', []],
    ]);
  });
});
