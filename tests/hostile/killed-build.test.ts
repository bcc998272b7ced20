/**
 * A build killed with `kill -9` at any step (the content check, Astro writing pages, the search
 * index, the cards and the swap): dist/ stays the last good site throughout; the next `npm run
 * build` ends the processes the killed one left running, succeeds, leaves nothing beside dist/,
 * and publishes the very bytes a build that was never interrupted publishes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stillRunning, type LockedProcess } from '../../scripts/lib/build-lock';
import { repo } from '../../scripts/lib/project-copy';
import { article, hostileCopy, hostileFile, removeCopies, type HostileCopy } from './harness';

afterAll(removeCopies);

/** The change the killed build was publishing. */
const changed = { [hostileFile]: article({ title: 'Vườn rau sau khi dừng' }) };

/** Starts the build's own process (not npm, which would outlive it) and kills it when `at` shows in its output. */
function killedBuild(copy: HostileCopy, at: string): Promise<{ output: string; killed: boolean; lock?: { children: LockedProcess[] } }> {
  const node = join(repo, 'node_modules', '.bin', 'node');
  const child = spawn(node, ['--import', 'tsx', 'scripts/build.ts'], { cwd: copy.root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let killed = false;
  let lock: { children: LockedProcess[] } | undefined;
  const watch = (chunk: Buffer) => {
    output += chunk.toString();
    if (!killed && output.includes(at)) {
      const lockFile = join(copy.root, '.dist-build.lock');
      if (existsSync(lockFile)) lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { children: LockedProcess[] };
      killed = child.kill('SIGKILL');
    }
  };
  child.stdout.on('data', watch);
  child.stderr.on('data', watch);
  return new Promise((done) => child.on('exit', () => done({ output, killed, lock })));
}

let cleanHash: string | undefined;
beforeAll(async () => {
  const clean = hostileCopy(changed);
  const build = await clean.npm('build');
  if (build.code !== 0) throw new Error(build.output);
  cleanHash = clean.distHash();
});

const steps: [string, string][] = [
  ['the content check', 'Bước 1/2'],
  ['Astro writing pages', '├─ /'],
  ['the search index', 'Đang lập chỉ mục tìm kiếm'],
  ['the cards and the swap', 'Chỉ mục tìm kiếm:'],
];

describe.concurrent('a build killed at any step leaves the last good site, and the next build recovers', () => {
  it.for(steps)('killed during %s', async ([, at], { expect }) => {
    const copy = hostileCopy(changed);
    const before = copy.distHash();

    const run = await killedBuild(copy, at);
    expect(run.killed, run.output).toBe(true);
    // Astro and the card drawing start with the check: the lock names both, for the next build to end.
    expect(run.lock?.children.length).toBeGreaterThanOrEqual(2);
    // The swap is two renames; a kill between them is repaired by the next build (restoreInterrupted).
    if (existsSync(join(copy.root, 'dist'))) expect([before, cleanHash]).toContain(copy.distHash());

    const next = await copy.npm('build');
    expect(next.code, next.output).toBe(0);
    expect(next.output).toContain('Lần dựng trước bị dừng giữa chừng');
    expect(copy.distHash()).toBe(cleanHash);
    expect(copy.leftovers()).toEqual([]);
    expect(existsSync(join(copy.root, '.dist-build.lock'))).toBe(false);
    for (const orphan of run.lock?.children ?? []) expect(stillRunning(orphan), `tiến trình ${orphan.pid}`).toBe(false);
  });
});
