import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTime } from './build-lock';
import { stagedBuild } from './staged-build';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dvk-lock-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('stagedBuild', () => {
  it('makes a second build give up at once, leaving dist/ alone', async () => {
    writeFileSync(join(root, '.dist-build.lock'), JSON.stringify({ owner: { pid: process.pid, start: startTime(process.pid) }, children: [] }));
    const result = await stagedBuild({ root });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('đang có một lần dựng khác chạy') });
    expect(existsSync(join(root, '.dist-staging'))).toBe(false);
  });
});
