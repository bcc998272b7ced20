/**
 * Runs a command and measures it the way the benchmark reports it: wall time, peak memory
 * of the whole process tree (children such as Pagefind's binary included), and the moment
 * each output line arrived, so build phases can be timed from the log.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface TimedLine {
  /** Seconds since the command started. */
  at: number;
  text: string;
}

export interface MeasuredRun {
  command: string;
  exitCode: number;
  wallSeconds: number;
  /** Largest sum of resident memory over the process tree, in bytes. */
  peakRssBytes: number;
  /** Each part of the tree (processRole) at the moment of that largest sum, in bytes. */
  atPeak: Record<string, number>;
  lines: TimedLine[];
}

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(name));
      children.set(parent, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** What a process of a build is, from its command line: Astro, the card drawing, Pagefind, or the rest. */
export function processRole(commandLine: string): string {
  if (/draw-cards/.test(commandLine)) return 'social cards';
  if (/pagefind/.test(commandLine)) return 'search index';
  if (/\bastro(\.mjs)?\s.*\bbuild\b/.test(commandLine)) return 'astro';
  return 'npm, check and the rest';
}

function roleOf(pid: number): string {
  try {
    return processRole(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
  } catch {
    return 'npm, check and the rest';
  }
}

/** Resident memory of pid and all its descendants, in total and by processRole. */
export function treeSample(pid: number): { total: number; byRole: Record<string, number> } {
  const children = childrenOf();
  const byRole: Record<string, number> = {};
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const rss = rssOf(current);
    total += rss;
    const role = roleOf(current);
    byRole[role] = (byRole[role] ?? 0) + rss;
    stack.push(...(children.get(current) ?? []));
  }
  return { total, byRole };
}

/** Resident memory of pid and all its descendants. */
export function treeRss(pid: number): number {
  return treeSample(pid).total;
}

export function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<MeasuredRun> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TimedLine[] = [];
  let peak = 0;
  let atPeak: Record<string, number> = {};
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const sample = treeSample(child.pid);
    if (sample.total > peak) [peak, atPeak] = [sample.total, sample.byRole];
  }, 100);
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) {
        lines.push({ at: seconds(), text });
        if (options.echo) process.stderr.write(`${text}\n`);
      }
    });
    stream.on('end', () => {
      if (pending) lines.push({ at: seconds(), text: pending });
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ command: [command, ...args].join(' '), exitCode: code ?? 1, wallSeconds: seconds(), peakRssBytes: peak, atPeak, lines });
    });
  });
}
