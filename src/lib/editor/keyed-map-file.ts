/**
 * The id-keyed YAML maps (content/units.yaml, communes.yaml, fields.yaml, acts.yaml) as the web
 * editor sees them: a list of entries each carrying its id, since the form cannot edit a map
 * keyed by id. Written back with only the changed lines touched and the comments kept.
 */
import { parseDocument } from 'yaml';
import { cleanFormData, isPlainObject, type OmitWhen } from './clean';
import { dottedKeyOrder, patchYaml, renderYaml, type KeyOrder } from './yaml-patch';

export type KeyedEntry = { id: string } & Record<string, unknown>;

export interface WriteKeyedMapOptions {
  /** The file as it is now; absent for a new file. */
  original?: string;
  /** The fields of one entry in schema order, nested ones as "parent.child" (see WriteEntryOptions). */
  order: readonly string[];
  /** The defaults to leave out (default: omitHandWrittenDefaults in clean.ts), by path inside the entry. */
  omitWhen?: OmitWhen;
}

function parseMap(raw: string): Record<string, unknown> {
  const doc = parseDocument(raw, { prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`không đọc được tệp YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const data: unknown = doc.toJS() ?? {};
  if (!isPlainObject(data)) throw new Error('tệp phải là các mục "mã: các trường", mỗi mục một mã');
  return data;
}

/** The entries in file order, each with its id; an entry written without fields has only its id. */
export function readKeyedMap(raw: string): { entries: KeyedEntry[] } {
  return { entries: Object.entries(parseMap(raw)).map(([id, fields]) => Object.assign({ id }, isPlainObject(fields) ? fields : {}, { id })) };
}

/**
 * The file text for the form's entries: an id already in the file is patched where it stands,
 * a new id is appended, an id gone from the list disappears with its lines (so a renamed id
 * moves to the end). Throws, in Vietnamese, on an entry without id or two entries sharing one.
 */
export function writeKeyedMap(entries: readonly KeyedEntry[], options: WriteKeyedMapOptions): string {
  const before = options.original === undefined ? {} : parseMap(options.original);
  const map: Record<string, unknown> = {};
  for (const { id: written, ...fields } of entries) {
    const id = typeof written === 'string' ? written.trim() : '';
    if (id === '') throw new Error('có một mục chưa có mã: mỗi mục cần một mã riêng');
    if (Object.hasOwn(map, id)) throw new Error(`mã "${id}" bị trùng: mỗi mục cần một mã riêng`);
    const original = before[id];
    map[id] = cleanFormData(fields, isPlainObject(original) ? original : {}, options.omitWhen);
  }
  const fieldOrder = dottedKeyOrder(options.order);
  // Ids already written keep their place; new ones follow them in the order the form lists them.
  const ids = [...Object.keys(before), ...Object.keys(map).filter((id) => !Object.hasOwn(before, id))];
  const orderAt: KeyOrder = (path) => (path.length === 0 ? ids : fieldOrder(path.slice(1)));
  return options.original === undefined ? renderYaml(map, orderAt) : patchYaml(options.original, map, orderAt);
}
