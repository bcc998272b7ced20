import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContentFiles } from '../../src/lib/content-files';
import { random, syntheticArticle, syntheticUnits, unitsYaml } from './synthetic-content';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('synthetic content', () => {
  it('is deterministic', () => {
    const units = syntheticUnits(20);
    expect(syntheticArticle(5, units).source).toBe(syntheticArticle(5, syntheticUnits(20)).source);
    expect(random(1)()).toBe(random(1)());
  });

  it('writes articles of realistic length that pass the real content check', () => {
    const root = mkdtempSync(join(tmpdir(), 'dvk-synthetic-'));
    const units = syntheticUnits(40);
    mkdirSync(join(root, 'models'));
    cpSync('content/reports', join(root, 'reports'), { recursive: true });
    for (const file of ['communes.yaml', 'fields.yaml']) writeFileSync(join(root, file), readFileSync(join('content', file)));
    writeFileSync(join(root, 'units.yaml'), readFileSync('content/units.yaml', 'utf8') + unitsYaml(units));
    const articles = Array.from({ length: 200 }, (_, i) => syntheticArticle(i, units));
    for (const a of articles) writeFileSync(join(root, 'models', `${a.id}.mdx`), a.source);
    const { raw, problems } = loadContentFiles(root);
    expect(problems).toEqual([]);
    const catalog = buildCatalog(raw);
    expect(catalog.models).toHaveLength(200);
    const words = articles.map((a) => a.source.split('---\n')[2]!.split(/\s+/).length);
    const mean = words.reduce((s, w) => s + w, 0) / words.length;
    expect(mean).toBeGreaterThan(550);
    expect(mean).toBeLessThan(720);
    const withFunding = catalog.models.filter((m) => m.data.funding).length;
    expect(withFunding).toBeGreaterThan(80);
    expect(withFunding).toBeLessThan(200);
    expect(catalog.models.some((m) => m.data.kind === 'individual')).toBe(true);
  });
});
