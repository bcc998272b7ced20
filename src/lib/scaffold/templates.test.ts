import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { communeSchema } from '../../schemas/commune';
import { modelSchema } from '../../schemas/model';
import { unitSchema } from '../../schemas/unit';
import { keysAt } from '../content-check/files';
import { readFrontmatter } from '../content-check/frontmatter';
import { appendEntry, modelTemplate, pickChoice, yamlEntry, type ModelDraft } from './templates';

const schema = modelSchema(() => z.string());
const draft: ModelDraft = { title: 'Quỹ “Vì học sinh”: năm 2026', slug: 'quy-vi-hoc-sinh-nam-2026', unit: 'mn-hoa-hong', fields: ['quy-ho-tro', 'an-sinh'], kind: 'individual', person: 'Đào Thị Chiên', author: 'Ban biên tập', publishedAt: '2026-11-28' };

describe('modelTemplate', () => {
  const text = modelTemplate(draft);

  it('lists every field of the schema, nested ones included, each under a note', () => {
    const written = new Set([...text.matchAll(/^#?\s*(?:-\s+)?([A-Za-z]+):/gm)].map((m) => m[1]));
    const paths: (string | number)[][] = [[], ['funding'], ['funding', 'sources', 0], ['beneficiaries', 0], ['outcomes', 0], ['benefit'], ['cover']];
    for (const path of paths) for (const key of keysAt(schema, path)) expect(written, `${path.join('.')}.${key}`).toContain(key);
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (/^#?\s?[a-zA-Z]+:/.test(line) && !line.startsWith('#  ')) expect(lines[i - 1], line).toMatch(/^# /);
    });
  });

  it('writes what was given and leaves what is unknown commented out, never as zero', () => {
    const data = readFrontmatter(text).data as Record<string, unknown>;
    expect(data).toEqual({ title: draft.title, summary: '', publishedAt: '2026-11-28', author: 'Ban biên tập', unit: 'mn-hoa-hong', fields: ['quy-ho-tro', 'an-sinh'], kind: 'individual', person: 'Đào Thị Chiên' });
  });

  it('passes the schema once the summary is written', () => {
    const data = readFrontmatter(text.replace('summary: ""', 'summary: Một câu tóm tắt.')).data;
    expect(schema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(schema.safeParse(readFrontmatter(text).data).error?.issues.map((i) => i.path.join('.'))).toEqual(['summary']);
  });
});

describe('new units and communes', () => {
  it('appends an entry that reads back valid, keeping the file’s comments', () => {
    const before = '# Đơn vị\nldld:\n  name: LĐLĐ\n  shortName: LĐLĐ\n  kind: agency';
    const text = appendEntry(before, yamlEntry('cdcs-truong-thcs-le-loi', { name: 'CĐCS Trường THCS Lê Lợi', shortName: 'THCS Lê Lợi', kind: 'school', schoolLevel: 'thcs', commune: 'dak-ha', aliases: ['THCS Lê Lợi: cơ sở 2'] }));
    expect(text.startsWith(`${before}\n`)).toBe(true);
    expect(text).toContain('\n  aliases: ["THCS Lê Lợi: cơ sở 2"]\n');
    const entries = parse(text) as Record<string, unknown>;
    expect(unitSchema.parse(entries['cdcs-truong-thcs-le-loi'])).toMatchObject({ kind: 'school', schoolLevel: 'thcs', aliases: ['THCS Lê Lợi: cơ sở 2'] });
    const commune = parse(yamlEntry('dak-ui', { name: 'Đăk Ui', kind: 'xa', code: '23509', province: 'tỉnh Kon Tum', aliases: [] })) as Record<string, unknown>;
    expect(communeSchema.parse(commune['dak-ui'])).toEqual({ name: 'Đăk Ui', kind: 'xa', code: '23509', province: 'tỉnh Kon Tum', sources: [], aliases: [] });
  });
});

describe('pickChoice', () => {
  const choices = [
    { id: 'cdcs-truong-mam-non-hoa-hong', label: 'MN Hoa Hồng', names: ['CĐCS Trường mầm non Hoa Hồng'] },
    { id: 'cdcs-truong-thcs-chu-van-an', label: 'THCS Chu Văn An', names: ['Trường THCS Chu Văn An'] },
  ];

  it.each([
    ['2', 'cdcs-truong-thcs-chu-van-an'],
    ['cdcs-truong-mam-non-hoa-hong', 'cdcs-truong-mam-non-hoa-hong'],
    ['mn hoa hong', 'cdcs-truong-mam-non-hoa-hong'],
    ['Trường THCS Chu Văn An', 'cdcs-truong-thcs-chu-van-an'],
  ])('"%s" picks %s', (typed, id) => {
    expect(pickChoice(typed, choices)).toEqual({ id });
  });

  it('explains a miss with the closest name', () => {
    expect(pickChoice('THCS Chu Van Ann', choices)).toEqual({ error: 'không có "THCS Chu Van Ann" trong danh sách. Có phải ý bạn là "THCS Chu Văn An" (cdcs-truong-thcs-chu-van-an)?' });
    expect(pickChoice('7', choices)).toEqual({ error: 'không có số 7 trong danh sách (1–2)' });
  });
});
