/**
 * A throw-away copy of the project in the system's temporary folder, to build variants of the site
 * (more articles, other content) without touching content/ or dist/. node_modules is linked, not copied.
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What `npm run build` needs; everything else (tests, dist, caches, .git) stays behind. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content', 'scripts'];

/**
 * Links each installed package into dest/node_modules, so a copy builds without a second
 * install while Astro's and Vite's caches (node_modules/.astro, .vite) stay its own.
 */
export async function linkNodeModules(projectRoot: string, dest: string): Promise<void> {
  const target = join(dest, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const name of await readdir(join(projectRoot, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(join(projectRoot, 'node_modules', name), join(target, name));
  }
}

export interface TempSite {
  root: string;
  /** Writes a file under the copy's content/ folder. */
  writeContent(path: string, text: string): Promise<void>;
  appendContent(path: string, text: string): Promise<void>;
  /** Runs `astro build` in the copy; resolves to the output folder. */
  build(): Promise<string>;
  remove(): Promise<void>;
}

export async function copyProject(projectRoot: string, label: string): Promise<TempSite> {
  const root = await mkdtemp(join(tmpdir(), `dan-van-kheo-${label}-`));
  for (const name of PROJECT_FILES) await cp(join(projectRoot, name), join(root, name), { recursive: true });
  await linkNodeModules(projectRoot, root);
  return {
    root,
    async writeContent(path, text) {
      const file = join(root, 'content', path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    },
    async appendContent(path, text) {
      await appendFile(join(root, 'content', path), text);
    },
    async build() {
      // The Node running this script (the project's pinned one), not whatever `node` is first on PATH.
      await run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
      return join(root, 'dist');
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
