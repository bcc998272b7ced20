/**
 * The web editor in the browser (/admin/): registers our file formats, inputs, previews and the
 * last check before a save, then starts Decap CMS with the configuration the server generated from
 * the schemas and the content. Loaded only by the admin page, never by a page readers load.
 */
import type { DecapMap } from './decap';
import { entryProblems } from '../../lib/editor/form-rules';
import { readEntryFile } from '../../lib/editor/entry-file';
import { readKeyedMap, writeKeyedMap } from '../../lib/editor/keyed-map-file';
import { keyOrder, type CollectionName } from '../../lib/editor/schema-walk';
import type { ContentChoices } from '../../lib/editor/decap-config';
import { articleText, registerFormats } from './formats';
import { registerPreviews } from './preview';
import { registerWidgets } from './widgets';

interface EditorSetup {
  config: unknown;
  choices: ContentChoices;
  siteUrl?: string;
}

/** The whole entry as the file would hold it, judged by its schema: what the form alone cannot see (a person for an individual model, sources above the total). */
function problemsOf(collection: CollectionName, data: Record<string, unknown>): string[] {
  if (collection === 'models' || collection === 'reports') return entryProblems(collection, readEntryFile(articleText(collection, data)).data);
  const entries = readKeyedMap(writeKeyedMap((data.entries ?? []) as never, { order: keyOrder(collection) })).entries;
  return entries.flatMap((entry) => entryProblems(collection, entry).map((p) => `${entry.id}: ${p}`));
}

const setup = (await (await fetch('config.json', { cache: 'no-store' })).json()) as EditorSetup;
registerFormats();
registerWidgets();
registerPreviews(setup.choices, setup.siteUrl);
window.CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: DecapMap }) => {
    const problems = problemsOf(entry.get('collection') as CollectionName, entry.get('data').toJS());
    if (problems.length > 0) throw new Error(`Chưa lưu, vì bài còn lỗi:\n${problems.join('\n')}`);
    return entry.get('data');
  },
});
window.CMS.init({ config: setup.config });
