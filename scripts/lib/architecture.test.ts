import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatViolation, layoutViolations, libFolders } from './architecture';

describe('the shape of the code', () => {
  it('has no cycle and no import against the folders’ direction', async () => {
    expect((await layoutViolations()).map(formatViolation)).toEqual([]);
  });

  it('keeps every module of src/lib in a folder of the table, each with a README that names what it may import', () => {
    const entries = readdirSync('src/lib');
    expect(entries.filter((entry) => !statSync(join('src/lib', entry)).isDirectory())).toEqual([]);
    expect(entries.toSorted()).toEqual(Object.keys(libFolders).toSorted());
    for (const [folder, imports] of Object.entries(libFolders)) {
      const line = readFileSync(join('src/lib', folder, 'README.md'), 'utf8').match(/^May import: (.*)$/m)?.[1];
      const named = line === undefined || line.startsWith('nothing') ? [] : [...line.matchAll(/`([a-z-]+)\/`/g)].map((m) => m[1]);
      expect(named.filter((name) => name !== 'schemas').toSorted(), folder).toEqual([...imports].toSorted());
    }
  });
});

describe('the rules catch', () => {
  const root = mkdtempSync(join(tmpdir(), 'dvk-layout-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/lib/catalog/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
  write('src/lib/catalog/b.ts', "import type { a } from './a';\nexport const b = 1 as unknown as typeof a;\n");
  write('src/lib/text/fold.ts', "import { a } from '../catalog/a';\nexport const fold = a;\n");
  write('src/lib/search/run.ts', "import page from '../../pages/index.astro';\nexport const run = page;\n");
  write('src/lib/data/chart.ts', "import { missing } from './nowhere';\nexport const chart = missing;\n");
  write('src/pages/index.astro', '---\n---\n<p>trang</p>\n');
  write('scripts/lib/tool.ts', 'export const tool = 1;\n');
  write('src/components/Card.astro', "---\nimport Page from '../pages/index.astro';\nimport { tool } from '../../scripts/lib/tool';\nimport { gone } from '../lib/gone';\n---\n<Page />{tool}{gone}\n");
  write('src/lib/publishing/feed.ts', "import { tool } from '../../../scripts/lib/tool';\nexport const feed = tool;\n");

  it('a cycle, a type-only one included, a wrong-way import, a page, an unknown file and scripts/ imported by the site', async () => {
    const violations = await layoutViolations(['src', 'scripts'], root);
    expect(violations.filter((v) => v.rule === 'no-cycle').map(formatViolation)).toEqual([
      'src/lib/catalog/a.ts → src/lib/catalog/b.ts: no-cycle (cycle: src/lib/catalog/b.ts → src/lib/catalog/a.ts)',
    ]);
    expect(violations.map((v) => `${v.rule}: ${v.from} → ${v.to}`)).toEqual(expect.arrayContaining([
      'lib/text: src/lib/text/fold.ts → src/lib/catalog/a.ts',
      'lib-below-the-site: src/lib/search/run.ts → src/pages/index.astro',
      'nothing-imports-pages: src/lib/search/run.ts → src/pages/index.astro',
      'not-to-unresolvable: src/lib/data/chart.ts → ./nowhere',
      'src-not-to-scripts: src/lib/publishing/feed.ts → scripts/lib/tool.ts',
    ]));
  });

  it('the same in the frontmatter of .astro files, which dependency-cruiser does not read', async () => {
    const fromComponent = (await layoutViolations(['src'], root)).filter((v) => v.from === 'src/components/Card.astro');
    expect(fromComponent.map((v) => `${v.rule}: ${v.to}`).toSorted()).toEqual([
      'not-to-unresolvable: ../lib/gone',
      'nothing-imports-pages: src/pages/index.astro',
      'src-not-to-scripts: scripts/lib/tool.ts',
    ]);
  });
});
