import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog';
import { loadContentFiles } from '../../src/lib/content-check/files';
import { syntheticModels, syntheticUnits, unitsYaml } from './synthetic-models';

const root = mkdtempSync(join(tmpdir(), 'dan-van-kheo-synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('synthetic articles', () => {
  const seed = loadContentFiles().raw;
  // Units that existed before 2025-07: a synthetic article (published in 2025, telling of 2009–2019) may name them.
  const communes = seed.communes.filter((c) => c.data.validTo !== undefined).map((c) => c.id);
  const units = syntheticUnits(20, communes);
  const options = { count: 60, communes, fields: seed.fields.map((f) => f.id), units: [...seed.units.map((u) => u.id), ...units.map((u) => u.id)] };
  const files = syntheticModels(options);

  it('pass the content schemas and cross-entry checks, beside the real content', () => {
    cpSync(join(process.cwd(), 'content'), root, { recursive: true });
    appendFileSync(join(root, 'units.yaml'), `\n${unitsYaml(units)}`);
    for (const file of files) writeFileSync(join(root, file.path), file.text);
    const { raw, problems } = loadContentFiles(root);
    expect(problems).toEqual([]);
    const catalog = buildCatalog(raw);
    expect(catalog.models).toHaveLength(seed.models.length + 60);
    expect(catalog.units).toHaveLength(seed.units.length + 20);
  });

  it('mix known and unknown figures, collective and individual models', () => {
    const { raw } = loadContentFiles(root);
    const synthetic = raw.models.filter((m) => m.id.startsWith('tn-'));
    expect(synthetic.some((m) => m.data.funding) && synthetic.some((m) => !m.data.funding)).toBe(true);
    expect(synthetic.some((m) => m.data.yearStarted) && synthetic.some((m) => !m.data.yearStarted)).toBe(true);
    expect(synthetic.some((m) => m.data.kind === 'individual') && synthetic.some((m) => m.data.kind === 'collective')).toBe(true);
    expect(synthetic.every((m) => m.data.author.includes('thử nghiệm'))).toBe(true);
    expect(synthetic.some((m) => m.data.funding?.sources.length) && synthetic.some((m) => m.data.benefit)).toBe(true);
  });

  it('are about as long as a real article (about 630 words)', () => {
    const words = files.map((f) => f.text.split('---\n')[2]!.split(/\s+/).filter(Boolean).length);
    const mean = words.reduce((sum, w) => sum + w, 0) / words.length;
    expect(mean).toBeGreaterThan(500);
    expect(mean).toBeLessThan(760);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(syntheticModels(options)).toEqual(files);
    expect(syntheticModels({ ...options, seed: 2 })).not.toEqual(files);
  });
});
