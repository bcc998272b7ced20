import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, startTime, stillRunning, type BuildLock } from './build-lock';

let path: string;
beforeEach(() => {
  path = join(mkdtempSync(join(tmpdir(), 'dvk-lock-')), '.dist-build.lock');
});
afterEach(() => rmSync(join(path, '..'), { recursive: true, force: true }));

/** A process that is gone: a child that has exited. */
async function gonePid(): Promise<number> {
  const child = spawn('true');
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

describe('the build lock', () => {
  it('is held until released, and names its owner to a second build', () => {
    const lock = acquireBuildLock(path) as BuildLock;
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ owner: { pid: process.pid, start: startTime(process.pid) }, children: [] });
    expect(acquireBuildLock(path)).toBe(`đang có một lần dựng khác chạy (tiến trình ${process.pid}); hãy đợi nó xong`);
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock whose owner is gone, or whose number now belongs to another process', async () => {
    writeFileSync(path, JSON.stringify({ owner: { pid: await gonePid() }, children: [] }));
    const first = acquireBuildLock(path) as BuildLock;
    expect(first.tookOver).toBe(true);
    first.release();
    writeFileSync(path, JSON.stringify({ owner: { pid: process.pid, start: '1' }, children: [] }));
    const second = acquireBuildLock(path) as BuildLock;
    expect(second.tookOver).toBe(true);
    second.release();
  });

  it('takes over a lock half-written by a build killed while writing it', () => {
    writeFileSync(path, '{"owner":{"pi');
    const lock = acquireBuildLock(path) as BuildLock;
    expect(lock.tookOver).toBe(true);
    lock.release();
  });

  it('ends the processes a killed build left running', async () => {
    const orphan = spawn('sleep', ['60']);
    const exited = new Promise((done) => orphan.on('exit', done));
    writeFileSync(path, JSON.stringify({ owner: { pid: await gonePid() }, children: [{ pid: orphan.pid, start: startTime(orphan.pid!) }] }));
    const lock = acquireBuildLock(path) as BuildLock;
    expect(lock.ended.map((p) => p.pid)).toEqual([orphan.pid]);
    await exited;
    expect(stillRunning({ pid: orphan.pid!, start: startTime(orphan.pid!) ?? 'gone' })).toBe(false);
    lock.release();
  });

  it('records the processes its build starts', () => {
    const lock = acquireBuildLock(path) as BuildLock;
    lock.adopt(process.ppid);
    expect(JSON.parse(readFileSync(path, 'utf8')).children).toEqual([{ pid: process.ppid, start: startTime(process.ppid) }]);
    lock.release();
  });
});
