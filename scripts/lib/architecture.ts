/**
 * The shape of the code, as rules that dependency-cruiser checks on every import (type-only imports
 * included): no cycles, and each folder of src/lib imports only the folders its row names, so the
 * dependencies run one way: pages → data, search, publishing, cards → catalog → content-check →
 * article, site, text, with src/schemas beside the lowest (importing only text). Nothing imports a page; src/ imports neither
 * scripts/ nor tests/; only tests import tests/.
 * dependency-cruiser does not read .astro files: their frontmatter imports are read with TypeScript's
 * preProcessFile and held to the rules that concern them (astroViolations).
 * `npm test` runs these rules (architecture.test.ts); `npm run check:layout` prints what breaks them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { ICruiseResult, IForbiddenRuleType, IViolation } from 'dependency-cruiser';
import { cruise } from 'dependency-cruiser';
import ts from 'typescript';

/** Each domain folder of src/lib and the other folders it may import (its own files always). */
export const libFolders = {
  text: [],
  site: ['text'],
  article: ['text'],
  places: ['text'],
  'content-check': ['article', 'places', 'site', 'text'],
  catalog: ['content-check', 'places', 'site', 'text'],
  data: ['catalog', 'places', 'site', 'text'],
  search: ['catalog', 'places', 'site', 'text'],
  publishing: ['article', 'catalog', 'places', 'site', 'text'],
  scaffold: ['catalog', 'content-check', 'places', 'site', 'text'],
  cards: ['publishing', 'catalog', 'content-check', 'places', 'site', 'text'],
  editor: ['catalog', 'content-check', 'places', 'site', 'text'],
} as const satisfies Record<string, readonly string[]>;

export type LibFolder = keyof typeof libFolders;

/** Folders of src/lib that may import src/schemas: all but the lowest ones, which know no content. */
const withoutSchemas: readonly LibFolder[] = ['text', 'site', 'article'];

/** A test may import whatever it tests with (only cycles count for it). */
const TEST_FILE = '\\.test\\.ts$';

/** The folders a module of src/lib/<folder> may import besides its own: its row, and src/schemas unless it is one of the lowest. */
function mayImport(folder: LibFolder): string[] {
  return [...libFolders[folder].map((name) => `lib/${name}`), ...(withoutSchemas.includes(folder) ? [] : ['schemas'])];
}

function folderRule(folder: LibFolder): IForbiddenRuleType {
  const allowed = mayImport(folder);
  return {
    name: `lib/${folder}`,
    comment: `src/lib/${folder} may import only ${allowed.join(', ') || 'itself'}`,
    severity: 'error',
    from: { path: `^src/lib/${folder}/`, pathNot: TEST_FILE },
    to: { path: '^src/', pathNot: `^src/(${[`lib/${folder}`, ...allowed].join('|')})/` },
  };
}

/** Every rule: the folders' table, and what holds for the whole tree. */
export function layoutRules(): IForbiddenRuleType[] {
  return [
    { name: 'no-cycle', comment: 'modules import each other in a loop', severity: 'error', from: {}, to: { circular: true } },
    // Packages are resolved by TypeScript and Vite; a project file the rules cannot find would escape them.
    { name: 'not-to-unresolvable', comment: 'a relative import that leads to no file', severity: 'error', from: {}, to: { couldNotResolve: true, path: '^[.]' } },
    ...(Object.keys(libFolders) as LibFolder[]).map(folderRule),
    // text/ is pure string handling that imports nothing, so a schema may use its rules (invisible characters).
    { name: 'schemas-stand-alone', comment: 'schemas import only schemas and src/lib/text', severity: 'error', from: { path: '^src/schemas/', pathNot: TEST_FILE }, to: { path: '^src/', pathNot: '^src/(schemas|lib/text)/' } },
    { name: 'lib-below-the-site', comment: 'src/lib imports no component, layout, page, integration, loader or browser script', severity: 'error', from: { path: '^src/lib/', pathNot: TEST_FILE }, to: { path: '^src/(components|layouts|pages|integrations|loaders|scripts)/' } },
    { name: 'nothing-imports-pages', comment: 'pages are the top: nothing imports them', severity: 'error', from: {}, to: { path: '^src/pages/' } },
    { name: 'src-not-to-scripts', comment: 'the site does not import command machinery or tests', severity: 'error', from: { path: '^src/', pathNot: TEST_FILE }, to: { path: '^(scripts|tests)/' } },
    { name: 'only-tests-import-tests', comment: 'test helpers serve tests only', severity: 'error', from: { pathNot: `^tests/|${TEST_FILE}` }, to: { path: '^tests/' } },
  ];
}

/** What the project's rules read: every source folder and the config that imports from them. */
export const projectSources = ['src', 'scripts', 'tests', 'astro.config.mjs', 'vitest.config.ts'] as const;

/** An import that breaks a rule: the importing file, what it imports, the rule, and the loop it closes. */
export interface LayoutViolation {
  from: string;
  to: string;
  rule: string;
  cycle?: string[];
}

const resolveOptions = { extensions: ['.ts', '.mts', '.mjs', '.js', '.astro', '.json'], conditionNames: ['import', 'types', 'node', 'default'] };

/** The imports of the given folders (paths relative to baseDir) that break a rule; none when the shape holds. */
export async function layoutViolations(folders: readonly string[] = projectSources, baseDir = process.cwd()): Promise<LayoutViolation[]> {
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
    resolveOptions,
  );
  const output = result.output as ICruiseResult;
  return [...output.summary.violations.map(fromCruiser), ...astroViolations(astroFilesIn(folders, baseDir), baseDir)];
}

/** The .astro files in the given folders, as paths relative to baseDir. */
function astroFilesIn(folders: readonly string[], baseDir: string): string[] {
  return folders
    .filter((folder) => statSync(join(baseDir, folder)).isDirectory())
    .flatMap((folder) => readdirSync(join(baseDir, folder), { recursive: true, encoding: 'utf8' }).map((path) => posix.join(folder, path)))
    .filter((path) => path.endsWith('.astro') && !/(^|\/)(node_modules|dist|content-fixtures)\//.test(path));
}

function fromCruiser(violation: IViolation): LayoutViolation {
  const cycle = violation.cycle?.map((step) => step.name);
  return { from: violation.from, to: violation.to, rule: violation.rule.name, ...(cycle?.length ? { cycle } : {}) };
}

/** The project file a relative import in `from` names, or undefined when there is none. */
function resolveRelative(from: string, specifier: string, baseDir: string): string | undefined {
  const base = posix.join(posix.dirname(from), specifier.replace(/\?.*$/, ''));
  return ['', ...resolveOptions.extensions, '/index.ts'].map((ending) => base + ending).find((path) => existsSync(join(baseDir, path)));
}

/** The rules that concern a component, layout or page: what its frontmatter imports (they stand at the top). */
export function astroViolations(files: readonly string[], baseDir = process.cwd()): LayoutViolation[] {
  return files.flatMap((from) => {
    const frontmatter = readFileSync(join(baseDir, from), 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
    return ts.preProcessFile(frontmatter, true, true).importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .flatMap(({ fileName }): LayoutViolation[] => {
        const to = resolveRelative(from, fileName, baseDir);
        if (to === undefined) return [{ from, to: fileName, rule: 'not-to-unresolvable' }];
        if (to.startsWith('src/pages/')) return [{ from, to, rule: 'nothing-imports-pages' }];
        if (/^(scripts|tests)\//.test(to)) return [{ from, to, rule: 'src-not-to-scripts' }];
        return [];
      });
  });
}

/** One violation as a line a developer can act on. */
export function formatViolation(violation: LayoutViolation): string {
  const cycle = violation.cycle ? ` (cycle: ${violation.cycle.join(' → ')})` : '';
  return `${violation.from} → ${violation.to}: ${violation.rule}${cycle}`;
}
