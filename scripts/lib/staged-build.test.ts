import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, stagedBuild } from './staged-build';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dvk-lock-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build lock', () => {
  it('is held until released', () => {
    const path = join(root, '.dist-build.lock');
    const release = acquireBuildLock(path);
    expect(typeof release).toBe('function');
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    expect(acquireBuildLock(path)).toBe(`đang có một lần dựng khác chạy (tiến trình ${process.pid}); hãy đợi nó xong`);
    (release as () => void)();
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock left by a process that is gone', () => {
    const path = join(root, '.dist-build.lock');
    writeFileSync(path, '999999999');
    const release = acquireBuildLock(path);
    expect(typeof release).toBe('function');
    (release as () => void)();
  });

  it('makes a second build give up at once, leaving dist/ alone', async () => {
    writeFileSync(join(root, '.dist-build.lock'), String(process.pid));
    const result = await stagedBuild({ root });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('đang có một lần dựng khác chạy') });
    expect(existsSync(join(root, '.dist-staging'))).toBe(false);
  });
});
