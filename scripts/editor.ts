/**
 * npm run editor: the web editor for union staff. Starts, on 127.0.0.1 only, the form at /admin/
 * with Decap's local backend (which writes the files in content/, guarded) and the site's dev
 * server beside it for the preview; prints both addresses; Ctrl-C stops both.
 * Flags: --port N (the editor, default 8081), --site-port N (the preview, default 4321), --no-site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { editorScript } from '../src/integrations/editor-files.ts';
import { startEditorServer } from './lib/editor-server.ts';

const root = process.cwd();
const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const port = flag('--port', 8081);
const sitePort = flag('--site-port', 4321);
const withSite = !process.argv.includes('--no-site');

let site: ChildProcess | undefined;
if (withSite) {
  // In the editor's own process group: Ctrl-C, or a kill of the group, reaches the preview too.
  site = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(sitePort)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const server = await startEditorServer({ root, port, script: await editorScript(root), siteUrl: withSite ? `http://127.0.0.1:${sitePort}` : undefined }).catch((error: Error) => {
  console.error(`Không mở được trình biên tập: ${error.message}`);
  site?.kill('SIGTERM');
  process.exit(1);
});
console.log(`Trình biên tập: ${server.url}/admin/`);
if (withSite) console.log(`Xem trước trang: http://127.0.0.1:${sitePort}/ (khởi động trong vài giây)`);
console.log('Bấm Ctrl-C để dừng.');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (site && site.exitCode === null) {
    const ended = new Promise((done) => site!.once('exit', done));
    site.kill('SIGTERM');
    await ended;
  }
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
