/**
 * A chain of three copies (A ← B ← C) in built HTML. The seed documents no replication, and
 * content/ holds only real articles, so the fixture models are added to a temporary copy of
 * the project, which is built on its own.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetJson } from '../src/lib/data/open-data';
import { copyProject, type ProjectCopy } from '../scripts/lib/project-copy';
import { builtFile, page, textOf } from './site-content';

let copy: ProjectCopy | undefined;
let out = '';

beforeAll(async () => {
  copy = copyProject(process.cwd(), { label: 'nhan-rong' });
  cpSync(join(process.cwd(), 'tests/content-fixtures/replication-chain'), join(copy.root, 'content/models'), { recursive: true });
  const built = await copy.npm('build');
  if (built.code !== 0) throw new Error(built.output);
  out = join(copy.root, 'dist');
});

afterAll(() => copy?.remove());

describe('replication chain A ← B ← C, built', () => {
  it('shows on B’s page the model it copies and the model that copies it', () => {
    const fact = textOf(page('/mo-hinh/kiem-thu-nhan-rong-b/', out).querySelector('[data-fact="replicated"]'));
    expect(fact).toBe('Có Nhân rộng từ mô hình Mô hình kiểm thử A Được nhân rộng thành: Mô hình kiểm thử C');
    expect(textOf(page('/mo-hinh/kiem-thu-nhan-rong-c/', out).querySelector('[data-fact="replicated"]'))).toBe('chưa có số liệu Nhân rộng từ mô hình Mô hình kiểm thử B');
  });

  it('shows the whole chain at the end of each model page of it, the page itself marked, not linked', () => {
    for (const id of ['a', 'b', 'c']) {
      const chain = page(`/mo-hinh/kiem-thu-nhan-rong-${id}/`, out).querySelectorAll('[data-related-chain]');
      expect(chain.map((c) => c.querySelectorAll('li').map(textOf))).toEqual([['Mô hình kiểm thử A', 'Mô hình kiểm thử B', 'Mô hình kiểm thử C']]);
      expect(textOf(chain[0]!.querySelector('[aria-current="page"]'))).toBe(`Mô hình kiểm thử ${id.toUpperCase()}`);
      expect(chain[0]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).not.toContain(`/mo-hinh/kiem-thu-nhan-rong-${id}/`);
    }
    expect(page('/mo-hinh/thu-vien-than-thien-mam-non-hoa-hong/', out).querySelectorAll('[data-related-chain]')).toHaveLength(0);
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
