/** Temporary copies of the project for benchmarks and tests that must never touch content/. */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a copy needs to build; everything else (dist, caches, git) stays behind. */
const projectEntries = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content'];

/**
 * Links each installed package into the copy's own node_modules folder, so the copy builds
 * without a second install while Astro's cache (node_modules/.astro) stays its own.
 */
export function linkNodeModules(projectRoot: string, dest: string): void {
  const source = resolve(projectRoot, 'node_modules');
  const target = join(dest, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(source, name), join(target, name));
  }
}

/** A fresh copy of the project at dest (removed first), with node_modules linked. */
export function copyProject(projectRoot: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const entry of projectEntries) cpSync(join(projectRoot, entry), join(dest, entry), { recursive: true });
  linkNodeModules(projectRoot, dest);
}
