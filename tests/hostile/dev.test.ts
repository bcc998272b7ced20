/**
 * The dev server (`npm run dev`, what an editor previews with) reads bodies as data too: an
 * {expression} that would write a file and a <script> are never run nor served: the page stops
 * where the body begins, and the server's log gives the check's own line. The server is started on 127.0.0.1 and ended by its PID.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repo } from '../../scripts/lib/project-copy';
import { article, hostileCopy, removeCopies } from './harness';
import { devEnvironment, freePort } from '../dev-server';

afterAll(removeCopies);

describe('the dev server runs nothing of an article and serves nothing outside the allow-list', () => {
  it('an expression and a script body', async () => {
    const copy = hostileCopy({
      'content/models/bieu-thuc.mdx': article({ title: 'Bài có biểu thức', body: "Một đoạn.\n\n{require('node:fs').writeFileSync('HACKED', 'x')}" }),
      'content/models/the-script.mdx': article({ title: 'Bài có script', body: 'Một đoạn.\n\n<script>document.title = "HACKED"</script>' }),
    });
    const port = await freePort();
    const node = join(repo, 'node_modules', '.bin', 'node');
    const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const server = spawn(node, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: copy.root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: devEnvironment() });
    let log = '';
    server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const base = `http://127.0.0.1:${port}`;
      const until = Date.now() + 60_000;
      while (!(await fetch(`${base}/gioi-thieu/`).then((r) => r.status > 0, () => false))) {
        if (Date.now() > until) throw new Error(`máy chủ xem trước không chạy:\n${log}`);
        await new Promise((done) => setTimeout(done, 300));
      }
      for (const [id, line] of [['bieu-thuc', 12], ['the-script', 12]] as const) {
        const response = await fetch(`${base}/mo-hinh/${id}/`);
        const page = await response.text();
        // The dev server streams a page: its head may be sent before the body stops it, never the body.
        expect(page).not.toContain('Một đoạn.');
        expect(page).not.toContain('document.title = "HACKED"');
        const said = `content/models/${id}.mdx:${line} (thân bài)`;
        for (let wait = 0; wait < 50 && !log.includes(said); wait++) await new Promise((done) => setTimeout(done, 100));
        expect(log).toContain(said);
      }
      expect(existsSync(join(copy.root, 'HACKED'))).toBe(false);
      // The other articles are previewed as usual.
      const other = await fetch(`${base}/mo-hinh/cho-que-mam-non-hoa-hong/`);
      expect(other.status, (await other.text()).slice(0, 800)).toBe(200);
    } finally {
      process.kill(-server.pid!, 'SIGKILL');
    }
  });
});
