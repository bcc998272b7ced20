import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../src/lib/content-check/files';
import { judgedByContent, siteUrls } from '../src/lib/content-check/site-urls';
import { auditSite, formatSiteProblem } from '../scripts/lib/site-audit';
import { builtPages, dist } from './site-content';


describe('the built site (npm run check:site)', () => {
  it('has every internal link and anchor resolving, valid HTML, and no empty or untitled page', async () => {
    const problems = await auditSite(dist);
    expect(problems.map(formatSiteProblem)).toEqual([]);
  });

  it('has every page the content check counts as a link target, and no page in its families that it does not know', () => {
    const { references, raw } = loadContentFiles();
    const known = siteUrls(references, raw);
    const built = builtPages(dist);
    const exists = (url: string) => (url.endsWith('/') ? built.includes(url) : existsSync(join(dist, url)));
    expect([...known].filter((url) => !exists(url))).toEqual([]);
    expect(built.filter((url) => judgedByContent(url) && !known.has(url))).toEqual([]);
  });
});
