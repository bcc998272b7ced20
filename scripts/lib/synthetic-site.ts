/**
 * A whole synthetic catalogue for a throw-away copy of the project (npm run bench, the scale test):
 * N articles on the real communes and fields, and the real units plus 90 synthetic schools. Written
 * only into a copy's content/, never into the project's own.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContentFiles } from '../../src/lib/content-check/files';
import { syntheticModels, syntheticUnits, unitsYaml, type SyntheticFile } from './synthetic-models';

/** The articles, and the units.yaml lines of the synthetic units they name (only the full site needs them). */
export function syntheticSite(count: number): { files: SyntheticFile[]; units: string } {
  const seed = loadContentFiles().raw;
  // Units that existed before 2025-07: a synthetic article (published in 2025, telling of 2009–2019) may name them.
  const communes = seed.communes.filter((c) => c.data.validTo !== undefined).map((c) => c.id);
  const units = syntheticUnits(90, communes);
  const files = syntheticModels({ count, communes, fields: seed.fields.map((f) => f.id), units: [...seed.units.map((u) => u.id), ...units.map((u) => u.id)] });
  return { files, units: unitsYaml(units) };
}

/** Replaces the site's articles with `files`. */
export function writeArticles(siteRoot: string, files: readonly SyntheticFile[]): void {
  rmSync(join(siteRoot, 'content/models'), { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(siteRoot, 'content', file.path)), { recursive: true });
    writeFileSync(join(siteRoot, 'content', file.path), file.text);
  }
}
