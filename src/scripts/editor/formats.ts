/**
 * The file formats the form reads and writes (registered with Decap): an article's frontmatter and
 * body, and the id-keyed YAML maps seen as a list. The text as it was read travels with the entry
 * (under RAW), so a save patches it and an edit of one field changes only that field's lines.
 */
import { readEntryFile, writeEntryFile } from '../../lib/editor/entry-file';
import { readKeyedMap, writeKeyedMap } from '../../lib/editor/keyed-map-file';
import { booleansFromChoices, booleansToChoices, coverFromArticle } from '../../lib/editor/form-rules';
import { keyOrder, keyedCollections } from '../../lib/editor/schema-walk';

/** Where the text as read is kept in the entry's data: no schema field has this name. */
export const RAW = '__dvk_raw';

export function articleText(collection: 'models' | 'reports', data: Record<string, unknown>): string {
  const { [RAW]: original, body, ...fields } = data;
  return writeEntryFile(coverFromArticle(booleansFromChoices(collection, fields)), typeof body === 'string' ? body : '', { original: typeof original === 'string' ? original : undefined, order: keyOrder(collection) });
}

export function registerFormats() {
  for (const collection of ['models', 'reports'] as const) {
    window.CMS.registerCustomFormat(`dvk-${collection}`, 'mdx', {
      fromFile: (content) => {
        const { data, body } = readEntryFile(content);
        return { ...booleansToChoices(collection, data), body, [RAW]: content };
      },
      toFile: (data) => articleText(collection, data),
    });
  }
  for (const collection of keyedCollections) {
    window.CMS.registerCustomFormat(`dvk-${collection}`, 'yaml', {
      fromFile: (content) => ({ ...readKeyedMap(content), [RAW]: content }),
      toFile: (data) => writeKeyedMap((data.entries ?? []) as never, { original: typeof data[RAW] === 'string' ? data[RAW] : undefined, order: keyOrder(collection) }),
    });
  }
}
