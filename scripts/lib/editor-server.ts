/**
 * The web editor's server (npm run editor), on loopback only: the admin page at /admin/ (Decap CMS
 * from node_modules, our form's script, its configuration generated from the content at each load),
 * and Decap's local file-system backend at /api/v1 behind a guard: every path stays inside content/,
 * nothing is deleted or overwritten, and what would be written is checked first (editor-guard.ts).
 */
import express from 'express';
import decapMiddlewares from 'decap-server/dist/middlewares.js';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { editorGuard } from './editor-guard.ts';
import { adminPage, decapDist, editorSetup } from '../../src/integrations/editor-files.ts';

export interface EditorServerOptions {
  /** The project folder (content/ and public/ inside it). */
  root: string;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Where the site's dev server runs, for the preview's links. */
  siteUrl?: string;
  /** The form's script (bundled once at start). */
  script: string;
}

export interface EditorServer {
  url: string;
  close(): Promise<void>;
}

export async function startEditorServer(options: EditorServerOptions): Promise<EditorServer> {
  const app = express();
  app.disable('x-powered-by');
  let url = '';
  app.get(['/admin', '/admin/'], (req, res) => {
    if (req.path === '/admin') return res.redirect(301, '/admin/');
    res.type('html').set('Cache-Control', 'no-store').send(adminPage());
  });
  app.get('/admin/config.json', (_req, res) => res.set('Cache-Control', 'no-store').json(editorSetup(options.root, { name: 'proxy', proxy_url: `${url}/api/v1` }, options.siteUrl)));
  app.get('/admin/editor.js', (_req, res) => res.type('text/javascript').set('Cache-Control', 'no-store').send(options.script));
  app.use('/admin/decap', express.static(decapDist, { index: false, fallthrough: false }));
  app.use(express.json({ limit: '50mb' }));
  app.post('/api/v1', editorGuard(options.root));
  // Decap's own middleware reads the repository folder from the environment.
  process.env.GIT_REPO_DIRECTORY = options.root;
  await decapMiddlewares.registerLocalFs(app, {});
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port, '127.0.0.1', () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new Error(`cổng ${options.port} trên 127.0.0.1 đang bận (có thể trình biên tập đã chạy ở cửa sổ khác): hãy đóng nó, hoặc chạy npm run editor -- --port 8082`) : error));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
