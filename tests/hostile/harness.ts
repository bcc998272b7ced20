/**
 * The three paths an article can take, for the hostile-input suite: the content check
 * (`npm run check`), `npm run build`, and a plain `astro build` that never ran the check (what
 * `npm run dev` and a careless deploy do). Each case works in its own copy of a project built once
 * (tests/editors/global-setup.ts), so the dist/ that must survive a refused build is a real site.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { copyProject, repo, type ProjectCopy } from '../../scripts/lib/project-copy';

export { errorLines } from '../editors/broken-rows';

/** A valid model article around a body and extra frontmatter lines (each "key: value"). */
export function article(options: { title?: string; summary?: string; body?: string; frontmatter?: string } = {}): string {
  const title = options.title ?? 'Vườn rau xanh';
  const summary = options.summary ?? 'Một câu tóm tắt.';
  return `---\ntitle: ${JSON.stringify(title)}\nsummary: ${JSON.stringify(summary)}\npublishedAt: 2026-11-01\nauthor: Ban biên tập\nfields: [phat-trien-kinh-te]\nkind: collective\n${options.frontmatter ?? ''}---\n\n${options.body ?? 'Một đoạn.'}\n`;
}

export const hostileFile = 'content/models/vuon-rau-xanh.mdx';

export interface Outcome {
  code: number;
  output: string;
}

export interface HostileCopy extends ProjectCopy {
  /** Every file under a folder of the copy (default dist/), as paths relative to it. */
  filesIn(dir?: string): string[];
  /** A file's bytes in the copy. */
  bytes(path: string): Buffer;
  /** Makes `path` in the copy a symbolic link to `target`. */
  link(path: string, target: string): void;
  /**
   * `astro build` with no check, into `outDir` (default .plain-dist/, so the copy's dist/ stays
   * the last good site); the exit code, all output, and where the pages went.
   */
  astroBuild(outDir?: string): Promise<Outcome & { dist: string }>;
}

const copies: ProjectCopy[] = [];

/** Removes every copy made by this test file; call it from afterAll. */
export function removeCopies(): void {
  for (const copy of copies.splice(0)) copy.remove();
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

function run(cwd: string, command: string, args: string[]): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** A copy of the built project (with its good dist/) and the given files written into it. */
export function hostileCopy(files: Record<string, string | Buffer> = {}): HostileCopy {
  const copy = copyProject(inject('builtProject'), { withDist: true, label: 'hostile' });
  copies.push(copy);
  for (const [path, data] of Object.entries(files)) copy.write(path, data);
  const node = join(repo, 'node_modules', '.bin', 'node');
  const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return {
    ...copy,
    filesIn: (dir = 'dist') => listFiles(join(copy.root, dir)),
    bytes: (path) => readFileSync(join(copy.root, path)),
    link: (path, target) => {
      rmSync(join(copy.root, path), { force: true });
      mkdirSync(join(copy.root, dirname(path)), { recursive: true });
      symlinkSync(target, join(copy.root, path));
    },
    astroBuild: async (outDir = '.plain-dist') => {
      const outcome = await run(copy.root, node, [astro, 'build', '--outDir', outDir]);
      return { ...outcome, dist: join(copy.root, outDir) };
    },
  };
}
