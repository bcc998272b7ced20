/**
 * Builds the site into a staging folder beside dist/ with Astro's own outDir, so every
 * integration (the sitemap, the search index) writes there too, and swaps it into dist/ only
 * when the whole build succeeded. A failure anywhere leaves dist/ exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireBuildLock, type BuildLock } from './build-lock';
import { restoreInterrupted, swapInto } from './swap-dir';

export interface StagedBuildOptions {
  /** The project folder (where astro.config.mjs is). */
  root: string;
  /** Where the published site lives; default dist/ in the project. */
  outDir?: string;
  /** Extra arguments for `astro build`. */
  astroArgs?: string[];
  /** Receives Astro's output; by default it goes straight to this process's terminal. */
  log?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /**
   * Work that runs beside the build and decides whether it may be published (the content check):
   * when it resolves false, Astro is stopped and dist/ is left alone.
   */
  until?: Promise<boolean>;
  /** Variables added to Astro's environment. */
  env?: Record<string, string>;
  /** Last work on the staging folder once Astro has built it, before it replaces dist/. */
  beforeSwap?: (staging: string) => Promise<void>;
  /** The build lock, when the caller took it first (to record the processes it starts); released at the end. */
  lock?: BuildLock;
}

/** Where the lock of a build into `target` lives: beside it, as .dist-build.lock. */
export function buildLockPath(target: string): string {
  return join(dirname(target), `.${basename(target)}-build.lock`);
}

/**
 * Astro keeps between builds a manifest and a copy of every page it rendered, and its content
 * store (node_modules/.astro/). A build killed while writing them may leave a page half-written
 * under a key the manifest still trusts; after a kill the next build is therefore a full one.
 */
function forgetAstroCaches(root: string): void {
  for (const file of ['incremental-build.json', 'data-store.json']) rmSync(join(root, 'node_modules', '.astro', file), { force: true });
}

export type StagedBuildResult = { ok: true } | { ok: false; reason: string };

function runAstroBuild(root: string, outDir: string, lock: BuildLock, { astroArgs = [], log, env }: StagedBuildOptions): { exit: Promise<number>; stop: () => void } {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // The Node version the project pins (package "node"), whatever node started this script.
  const pinned = join(root, 'node_modules', '.bin', 'node');
  const node = existsSync(pinned) ? pinned : process.execPath;
  const child = spawn(node, [astro, 'build', '--outDir', outDir, ...astroArgs], { cwd: root, stdio: log ? 'pipe' : 'inherit', env: { ...process.env, ...env } });
  lock.adopt(child.pid);
  const exit = new Promise<number>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => log?.(chunk.toString(), 'stdout'));
    child.stderr?.on('data', (chunk: Buffer) => log?.(chunk.toString(), 'stderr'));
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
  return { exit, stop: () => child.kill() };
}

export async function stagedBuild(options: StagedBuildOptions): Promise<StagedBuildResult> {
  const root = resolve(options.root);
  const target = resolve(options.outDir ?? join(root, 'dist'));
  const folder = dirname(target);
  const lock = options.lock ?? acquireBuildLock(buildLockPath(target));
  if (typeof lock === 'string') return { ok: false, reason: lock };
  if (lock.tookOver) forgetAstroCaches(root);
  // One fixed name (the lock keeps builds apart): Vite sees the same configuration every time
  // and keeps its caches, instead of re-optimising for a new output folder on each build.
  const staging = join(folder, `.${basename(target)}-staging`);
  try {
    restoreInterrupted(target);
    rmSync(staging, { recursive: true, force: true });
    const astro = runAstroBuild(root, staging, lock, options);
    const [code, proceed] = await Promise.all([
      astro.exit,
      (options.until ?? Promise.resolve(true)).then((go) => {
        if (!go) astro.stop();
        return go;
      }),
    ]);
    if (!proceed) return { ok: false, reason: 'nội dung còn lỗi' };
    if (code !== 0) return { ok: false, reason: `astro build dừng với mã lỗi ${code}` };
    if (!existsSync(join(staging, 'index.html'))) return { ok: false, reason: 'bản dựng không có trang chủ (index.html)' };
    try {
      await options.beforeSwap?.(staging);
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
    swapInto(staging, target);
    return { ok: true };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}
