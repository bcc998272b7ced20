/**
 * The benchmark's floor: a bare Astro + MDX site with one collection and one page per
 * article, nothing else. The full site's build is measured against it.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkNodeModules } from './project-copy';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'floor', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "export const collections = { models: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/models' }) }) };",
    '',
  ].join('\n'),
  'src/pages/[id].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    'export async function getStaticPaths() {',
    "  return (await getCollection('models')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
    '<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>',
    '',
  ].join('\n'),
};

/** Writes the floor site in a new temporary folder and returns it; its articles go in content/models. */
export async function createFloorSite(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'dan-van-kheo-floor-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  await mkdir(join(root, 'content/models'), { recursive: true });
  linkNodeModules(root);
  return root;
}
