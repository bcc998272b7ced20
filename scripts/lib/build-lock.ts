/**
 * One build at a time per project, and a clean start after a build that was killed.
 *
 * The lock file names the build's process and every process it started (Astro, the card drawing,
 * Pagefind), each with its start time, so that a number the system has since given to another
 * process is never mistaken for the build. A `kill -9` gives the build no chance to clean up: its
 * children keep running, orphaned, and may still be writing into the staging folder. The next
 * build finds the lock of a process that is gone, ends those children, and starts from nothing
 * that the killed one may have left half-written (acquireBuildLock; the caller drops the caches).
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';

/** A process as the lock records it: its number and when it started (undefined where /proc is absent). */
export interface LockedProcess {
  pid: number;
  start?: string;
}

interface LockFile {
  owner: LockedProcess;
  children: LockedProcess[];
}

export interface BuildLock {
  /** Records a process the build started, so that a build that finds this one killed can end it. */
  adopt(pid: number | undefined): void;
  release(): void;
  /** The processes of a killed build that were ended when the lock was taken over (for the log). */
  ended: LockedProcess[];
  /** Whether the lock was left by a build that was killed (the caller then drops what it may have half-written). */
  tookOver: boolean;
}

/** The start time of a process, in clock ticks since boot (field 22 of /proc/<pid>/stat). */
export function startTime(pid: number): string | undefined {
  return statFields(pid)?.[19];
}

/** The fields of /proc/<pid>/stat from the third on; the name (field 2) is in parentheses and may hold spaces. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function describe(pid: number): LockedProcess {
  return { pid, start: startTime(pid) };
}

/** Whether the process recorded is still the one running under that number. */
export function stillRunning(recorded: LockedProcess): boolean {
  try {
    process.kill(recorded.pid, 0);
  } catch (error) {
    // EPERM: it runs, under another user; it cannot be ours then unless the start time says so.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A zombie has ended and only waits for its parent to read its exit code.
  if (processState(recorded.pid) === 'Z') return false;
  return recorded.start === undefined || startTime(recorded.pid) === recorded.start;
}

/** The state letter of a process (field 3 of /proc/<pid>/stat: R, S, Z…), undefined without /proc. */
function processState(pid: number): string | undefined {
  return statFields(pid)?.[0];
}

function readLock(path: string): LockFile | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockFile>;
    if (typeof data.owner?.pid !== 'number') return undefined;
    return { owner: data.owner, children: Array.isArray(data.children) ? data.children : [] };
  } catch {
    // Half-written (killed while writing it) or from an older version: it protects nothing.
    return undefined;
  }
}

/** Ends the children a killed build left running, and waits (up to two seconds) until they are gone. */
function endOrphans(children: readonly LockedProcess[]): LockedProcess[] {
  const running = children.filter(stillRunning);
  for (const child of running) {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      // Gone in the meantime.
    }
  }
  const until = Date.now() + 2000;
  while (running.some(stillRunning) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  return running;
}

/**
 * Takes the lock at `path`, or says why not (another build runs). A lock whose owner is gone is
 * taken over: its orphaned children are ended first.
 */
export function acquireBuildLock(path: string): BuildLock | string {
  let ended: LockedProcess[] = [];
  let tookOver = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    const record: LockFile = { owner: describe(process.pid), children: [] };
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(record));
      closeSync(fd);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = readLock(path);
      if (held && stillRunning(held.owner)) return `đang có một lần dựng khác chạy (tiến trình ${held.owner.pid}); hãy đợi nó xong`;
      if (held) ended = endOrphans(held.children);
      tookOver = true;
      rmSync(path, { force: true });
      continue;
    }
    return {
      ended,
      tookOver,
      adopt: (pid) => {
        if (pid === undefined) return;
        record.children.push(describe(pid));
        // Rewritten whole: a reader finds the old or the new list, since the lock is read only after its owner is gone.
        if (existsSync(path)) writeFileSync(path, JSON.stringify(record));
      },
      release: () => rmSync(path, { force: true }),
    };
  }
  return 'không tạo được khóa dựng trang';
}
