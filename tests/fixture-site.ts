/**
 * Builds a temporary copy of the project with extra content, for what the seed cannot show
 * (pictures, hostile titles) without touching content/. The copy shares node_modules by a symlink
 * and has its own Astro cache, so it never disturbs the real build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const project = process.cwd();
const copied = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface FixtureSite {
  root: string;
  dist: string;
  remove(): void;
}

/** Copies the project, adds files (paths relative to the copy), and builds it with the given site URL. */
export function buildFixtureSite(files: Record<string, string | Buffer>, siteUrl: string): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), 'dvk-fixture-'));
  for (const item of copied) cpSync(join(project, item), join(root, item), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  writeFileSync(join(root, 'astro.fixture.config.mjs'), "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.astro-cache/' };\n");
  const astro = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  execFileSync(process.execPath, [astro, 'build', '--config', 'astro.fixture.config.mjs', '--silent'], {
    cwd: root,
    env: { ...process.env, SITE_URL: siteUrl },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return { root, dist: join(root, 'dist'), remove: () => rmSync(root, { recursive: true, force: true }) };
}
