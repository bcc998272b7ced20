/**
 * The loader of the YAML collections (units, communes, fields): Astro's file() loader, after the
 * file has passed the content check's reading rules, for the paths that never run the check
 * (astro build, astro dev). file() would read a UTF-16 file or a bad byte as "�" without a word, and
 * its YAML parser (js-yaml) expands aliases without a limit; both stop the build here, naming the
 * file and line as the check does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { file, type Loader } from 'astro/loaders';
import { lineAt, yamlData } from '../lib/content-check/yaml-lines';
import { decodeContent } from '../lib/text/encoding';

export function yamlFile(path: string): Loader {
  const inner = file(path);
  return {
    name: 'dan-van-kheo:yaml-file',
    async load(context) {
      const shown = path.replace(/^\.\//, '');
      const decoded = decodeContent(readFileSync(resolve(fileURLToPath(context.config.root), path)));
      if (decoded.problem) throw new Error(`${shown}:${decoded.problem.line} (tệp): ${decoded.problem.message}`);
      const text = decoded.text;
      const read = yamlData(parseDocument(text), text, (offset) => lineAt(text, offset));
      if (read.error) throw new Error(`${shown}:${read.error.line} (YAML): ${read.error.message}`);
      await inner.load(context);
    },
  };
}
