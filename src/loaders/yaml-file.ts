/**
 * The loader of the YAML collections (units, communes, fields): Astro's file() loader, after the
 * file has passed the content check's reading rules, for the paths that never run the check
 * (astro build, astro dev). file() would read a UTF-16 file or a bad byte as "�" without a word, and
 * its YAML parser (js-yaml) expands aliases without a limit; both stop the build here, naming the
 * file and line as the check does.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { file, type Loader } from 'astro/loaders';
import { lineAt, yamlData } from '../lib/content-check/yaml-lines';
import { checkedText, yamlErrors } from './checked-text';

export function yamlFile(path: string): Loader {
  const inner = file(path);
  return {
    name: 'dan-van-kheo:yaml-file',
    async load(context) {
      const shown = path.replace(/^\.\//, '');
      const text = checkedText(resolve(fileURLToPath(context.config.root), path), shown);
      const read = yamlData(parseDocument(text), text, (offset) => lineAt(text, offset));
      if (read.error) throw yamlErrors(shown, [read.error]);
      await inner.load(context);
    },
  };
}
