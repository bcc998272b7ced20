/**
 * Builds the site into a staging folder beside dist/ with Astro's own outDir, so every
 * integration (the sitemap, the search index) writes there too, and swaps it into dist/ only
 * when the whole build succeeded. A failure anywhere leaves dist/ exactly as it was.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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
}

export type StagedBuildResult = { ok: true } | { ok: false; reason: string };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One build at a time per project: two swaps interleaved could each undo the other. Returns the
 * release function, or why the lock is taken. A lock left by a process that is gone is taken over.
 */
export function acquireBuildLock(path: string): (() => void) | string {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) return `đang có một lần dựng khác chạy (tiến trình ${holder}); hãy đợi nó xong`;
      rmSync(path, { force: true });
    }
  }
  return 'không tạo được khóa dựng trang';
}

function runAstroBuild(root: string, outDir: string, { astroArgs = [], log, env }: StagedBuildOptions): { exit: Promise<number>; stop: () => void } {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // The Node version the project pins (package "node"), whatever node started this script.
  const pinned = join(root, 'node_modules', '.bin', 'node');
  const node = existsSync(pinned) ? pinned : process.execPath;
  const child = spawn(node, [astro, 'build', '--outDir', outDir, ...astroArgs], { cwd: root, stdio: log ? 'pipe' : 'inherit', env: { ...process.env, ...env } });
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
  const release = acquireBuildLock(join(folder, `.${basename(target)}-build.lock`));
  if (typeof release === 'string') return { ok: false, reason: release };
  // One fixed name (the lock keeps builds apart): Vite sees the same configuration every time
  // and keeps its caches, instead of re-optimising for a new output folder on each build.
  const staging = join(folder, `.${basename(target)}-staging`);
  try {
    restoreInterrupted(target);
    rmSync(staging, { recursive: true, force: true });
    const astro = runAstroBuild(root, staging, options);
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
    release();
  }
}
