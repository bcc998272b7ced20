/**
 * The shape of the code, as rules that dependency-cruiser checks on every import (type-only imports
 * included): no cycles, and each folder of src/lib imports only the folders its row names, so the
 * dependencies run one way: pages → data, search, publishing, cards → catalog → content-check →
 * article, site, text → schemas. Nothing imports pages, scripts/ or tests/ except what stands above them.
 * `npm test` runs these rules (architecture.test.ts); `npm run check:layout` prints what breaks them.
 */
import type { ICruiseResult, IForbiddenRuleType, IViolation } from 'dependency-cruiser';
import { cruise } from 'dependency-cruiser';

/** Each domain folder of src/lib and the other folders it may import (its own files always). */
export const libFolders = {
  text: [],
  site: ['text'],
  article: ['text'],
  'content-check': ['article', 'site', 'text'],
  catalog: ['content-check', 'site', 'text'],
  data: ['catalog', 'site', 'text'],
  search: ['catalog', 'site', 'text'],
  publishing: ['article', 'catalog', 'site', 'text'],
  scaffold: ['catalog', 'content-check', 'site', 'text'],
  cards: ['publishing', 'catalog', 'content-check', 'site', 'text'],
} as const satisfies Record<string, readonly string[]>;

export type LibFolder = keyof typeof libFolders;

/** Folders of src/lib that may import src/schemas: all but the lowest ones, which know no content. */
const withoutSchemas: readonly LibFolder[] = ['text', 'site', 'article'];

/** A test may import whatever it tests with (only cycles count for it). */
const TEST_FILE = '\\.test\\.ts$';

const alternatives = (names: readonly string[]) => names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

function folderRule(folder: LibFolder): IForbiddenRuleType {
  const allowed = [folder, ...libFolders[folder]].map((name) => `lib/(${alternatives([name])})`);
  if (!withoutSchemas.includes(folder)) allowed.push('schemas');
  return {
    name: `lib/${folder}`,
    comment: `src/lib/${folder} may import only ${[...libFolders[folder], ...(withoutSchemas.includes(folder) ? [] : ['schemas'])].join(', ') || 'itself'}`,
    severity: 'error',
    from: { path: `^src/lib/${folder}/`, pathNot: TEST_FILE },
    to: { path: '^src/', pathNot: `^src/(${allowed.join('|')})/` },
  };
}

/** Every rule: the folders' table, and what holds for the whole tree. */
export function layoutRules(): IForbiddenRuleType[] {
  return [
    { name: 'no-cycle', comment: 'modules import each other in a loop', severity: 'error', from: {}, to: { circular: true } },
    // Packages are resolved by TypeScript and Vite; a project file the rules cannot find would escape them.
    { name: 'not-to-unresolvable', comment: 'a relative import that leads to no file', severity: 'error', from: {}, to: { couldNotResolve: true, path: '^[.]' } },
    ...(Object.keys(libFolders) as LibFolder[]).map(folderRule),
    { name: 'schemas-stand-alone', comment: 'schemas import only schemas', severity: 'error', from: { path: '^src/schemas/', pathNot: TEST_FILE }, to: { path: '^src/', pathNot: '^src/schemas/' } },
    { name: 'lib-below-the-site', comment: 'src/lib imports no component, layout, page, integration, loader or browser script', severity: 'error', from: { path: '^src/lib/', pathNot: TEST_FILE }, to: { path: '^src/(components|layouts|pages|integrations|loaders|scripts)/' } },
    { name: 'nothing-imports-pages', comment: 'pages are the top: nothing imports them', severity: 'error', from: {}, to: { path: '^src/pages/' } },
    { name: 'src-not-to-scripts', comment: 'the site does not import command machinery or tests', severity: 'error', from: { path: '^src/', pathNot: TEST_FILE }, to: { path: '^(scripts|tests)/' } },
    { name: 'only-tests-import-tests', comment: 'test helpers serve tests only', severity: 'error', from: { pathNot: `^tests/|${TEST_FILE}` }, to: { path: '^tests/' } },
  ];
}

/** What the project's rules read: every source folder and the config that imports from them. */
export const projectSources = ['src', 'scripts', 'tests', 'astro.config.mjs', 'vitest.config.ts'] as const;

/** The imports of the given folders (paths relative to baseDir) that break a rule; none when the shape holds. */
export async function layoutViolations(folders: readonly string[] = projectSources, baseDir = process.cwd()): Promise<IViolation[]> {
  const result = await cruise(
    [...folders],
    {
      baseDir,
      ruleSet: { forbidden: layoutRules() },
      validate: true,
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(^|/)(node_modules|dist|\\.astro|content-fixtures)/' },
    },
    { extensions: ['.ts', '.mts', '.mjs', '.js', '.astro', '.json'], conditionNames: ['import', 'types', 'node', 'default'] },
  );
  return (result.output as ICruiseResult).summary.violations;
}

/** One violation as a line a developer can act on. */
export function formatViolation(violation: IViolation): string {
  const cycle = violation.cycle?.length ? ` (cycle: ${violation.cycle.map((step) => step.name).join(' → ')})` : '';
  return `${violation.from} → ${violation.to}: ${violation.rule.name}${cycle}`;
}
