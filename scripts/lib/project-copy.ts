/**
 * Throw-away copies of the project, for the editor tests, other tests that need their own
 * content, and the benchmarks: broken content is
 * only ever written into a copy, never into the real content/. A copy shares the installed
 * packages through symlinks, but not their caches (node_modules/.astro, .vite), so builds never meet.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { builtFiles } from './site-pages';

export const repo = resolve(import.meta.dirname, '../..');
const projectFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];
const ownCaches = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  root: string;
  /** `npm run <script> [-- args]` in the copy; resolves with the exit code and all output. */
  npm(script: string, args?: string[], input?: string): Promise<{ code: number; output: string }>;
  read(path: string): string;
  write(path: string, text: string | Buffer): void;
  /** A fingerprint of every file under dist/ (names and bytes); undefined when there is none. */
  distHash(): string | undefined;
  /** Folders beside dist/ a build may have left (staging, previous copies). */
  leftovers(): string[];
  remove(): void;
}

/** Links every installed package into dest/node_modules, leaving out the caches a build writes. */
export function linkNodeModules(dest: string): void {
  const modules = join(repo, 'node_modules');
  mkdirSync(join(dest, 'node_modules'), { recursive: true });
  for (const name of readdirSync(modules)) if (!ownCaches.has(name)) symlinkSync(join(modules, name), join(dest, 'node_modules', name));
}

/** Copies the project at `from` (default: this repository), with its dist/ when asked. */
export function copyProject(from = repo, options: { withDist?: boolean; label?: string } = {}): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), `dvk-${options.label ?? 'editors'}-`));
  for (const name of projectFiles) cpSync(join(from, name), join(root, name), { recursive: true });
  if (options.withDist) cpSync(join(from, 'dist'), join(root, 'dist'), { recursive: true });
  linkNodeModules(root);
  return {
    root,
    npm: (script, args = [], input) => run(root, ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], input),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    distHash: () => (existsSync(join(root, 'dist')) ? hashTree(join(root, 'dist')) : undefined),
    leftovers: () => readdirSync(root).filter((name) => /^\.dist-(staging|previous|build)/.test(name)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function run(cwd: string, args: string[], input?: string): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn('npm', args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
    child.stdin.end(input ?? '');
  });
}

/** Each file under `dir` (relative path, in sorted order) with the sha256 of its bytes; folders are left out. */
export function fileDigests(dir: string): Map<string, string> {
  return new Map(builtFiles(dir).map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]));
}

/** One digest of a whole tree: equal when every file's path and bytes are. */
export function hashTree(dir: string): string {
  const hash = createHash('sha256');
  for (const [name, digest] of fileDigests(dir)) hash.update(`${name}\0${digest}\0`);
  return hash.digest('hex');
}

/** The files whose bytes differ between two trees, or that only one of them has. */
export function differingFiles(a: string, b: string): string[] {
  const [left, right] = [fileDigests(a), fileDigests(b)];
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => left.get(name) !== right.get(name)).sort();
}
