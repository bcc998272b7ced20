/**
 * The files of the web editor's admin page, shared by `npm run editor` (served from memory) and a
 * build for a deployed site (written into dist/admin/ only when EDITOR_BACKEND names a git host):
 * the page, our form's script bundled with esbuild, Decap CMS's own files, and the setup the page
 * starts Decap with (generated from the schemas and the content as it is now).
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadContentFiles } from '../lib/content-check/files';
import { contentChoices } from '../lib/editor/content-choices';
import { decapConfig } from '../lib/editor/decap-config';
import { todayInVietnam } from '../lib/content-check/rules';

/** Decap CMS's built files (decap-cms.js, its chunks and styles). */
export const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms'));

/** The admin page: Decap CMS and our form's script, all from the same host; never indexed. */
export function adminPage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="data:,">
<title>Biên tập — Dân vận khéo</title>
<script>window.CMS_MANUAL_INIT = true;</script>
</head>
<body>
<script src="decap/decap-cms.js"></script>
<script type="module" src="editor.js"></script>
</body>
</html>
`;
}

/** src/scripts/editor/main.ts and what it imports, as one file. */
export async function editorScript(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/scripts/editor/main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** What the admin page fetches as config.json: Decap's configuration, and the names the preview shows. */
export function editorSetup(root: string, backend: Record<string, unknown>, siteUrl?: string) {
  const choices = contentChoices(loadContentFiles(join(root, 'content')).raw);
  return { config: decapConfig({ backend, choices, siteUrl, today: todayInVietnam() }), choices, siteUrl };
}
