/**
 * Publishes the web editor at /admin/ for a deployed site, only when EDITOR_BACKEND names a git host
 * (src/lib/editor/backend.ts): the page, our form's script, Decap's files (without source maps) and a
 * configuration whose backend is that host. Never the local backend, never a link from a reader's
 * page; runs after the search index, so the admin page is not indexed. Without EDITOR_BACKEND it
 * writes nothing.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { productionBackend } from '../lib/editor/backend';
import { adminPage, decapDist, editorScript, editorSetup } from './editor-files';

export default function editorAdmin(): AstroIntegration {
  return {
    name: 'dvk-editor-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const backend = productionBackend(process.env);
        if (!backend) return;
        const root = process.cwd();
        const admin = join(fileURLToPath(dir), 'admin');
        mkdirSync(admin, { recursive: true });
        writeFileSync(join(admin, 'index.html'), adminPage());
        writeFileSync(join(admin, 'editor.js'), await editorScript(root));
        writeFileSync(join(admin, 'config.json'), JSON.stringify(editorSetup(root, backend, process.env.SITE_URL?.replace(/\/$/, ''))));
        cpSync(decapDist, join(admin, 'decap'), { recursive: true, filter: (source) => !source.endsWith('.map') && !/(^|\/)(\d+\.)?cms\.js(\.LICENSE\.txt)?$/.test(source) });
        logger.info(`trình biên tập: /admin/ (${String(backend.name)}: ${String(backend.repo)})`);
      },
    },
  };
}
