/**
 * The Decap CMS configuration, generated from the schemas (schema-walk.ts), the form's notes
 * (form-notes.ts) and the content itself (the choices of every select), so the form cannot drift
 * from either. A schema field without a note, or an enum value without a label, stops the
 * generation with a message naming it. Pure: the editor's server and the build call it.
 */
import { fieldsOf, formSchemas, keyedCollections, type CollectionName, type SchemaField } from './schema-walk';
import { formNotes, type Choices } from './form-notes';

export interface Choice {
  value: string;
  label: string;
}

/** The content's entries a select offers, by collection: what the form can point to. */
export type ContentChoices = Record<'units' | 'communes' | 'fields' | 'reports' | 'models' | 'acts', readonly Choice[]>;

export interface DecapConfigOptions {
  /** Decap's backend: { name: 'proxy', proxy_url } for `npm run editor`, a git host's for a deployed site. */
  backend: Record<string, unknown>;
  choices: ContentChoices;
  /** Where the site's own pages are served, for the preview's link: "http://127.0.0.1:4321". */
  siteUrl?: string;
  /** YYYY-MM-DD a new entry's required days start with (the publication day). */
  today?: string;
}

export type DecapField = Record<string, unknown>;

const labels: Record<CollectionName, { label: string; singular: string }> = {
  models: { label: 'Mô hình', singular: 'mô hình' },
  reports: { label: 'Báo cáo', singular: 'báo cáo' },
  units: { label: 'Đơn vị', singular: 'đơn vị' },
  communes: { label: 'Xã, thị trấn', singular: 'xã' },
  fields: { label: 'Lĩnh vực', singular: 'lĩnh vực' },
  acts: { label: 'Văn bản', singular: 'văn bản' },
};

/** The custom widgets (src/scripts/editor/widgets.ts) check a value with the schema at its path. */
const WIDGETS = { text: 'dvk-text', number: 'dvk-number', date: 'dvk-date' } as const;

function options(choices: Choices, content: ContentChoices, where: string, values?: readonly string[]): Choice[] {
  if (typeof choices === 'string') return [...content[choices]];
  for (const value of values ?? []) if (!(value in choices)) throw new Error(`biểu mẫu: giá trị "${value}" của ${where} chưa có nhãn tiếng Việt (form-notes.ts)`);
  return Object.entries(choices).map(([value, label]) => ({ value, label }));
}

/** What the generation reads besides the schemas: the content's choices, and the day new entries start with. */
interface FormContext {
  content: ContentChoices;
  today?: string;
}

function formField(collection: CollectionName, path: string, field: SchemaField, context: FormContext, parent?: string): DecapField {
  const note = formNotes[collection][path];
  if (!note) throw new Error(`biểu mẫu: trường "${path}" của ${labels[collection].singular} chưa có ô trong biểu mẫu (thêm vào src/lib/editor/form-notes.ts)`);
  const base: DecapField = { name: field.name, label: note.label, ...(note.hint ? { hint: note.hint } : {}), ...(note.initial !== undefined ? { default: note.initial } : {}) };
  // Our widgets judge presence themselves, with the check's words. Inside an optional group (funding,
  // cover) a field is needed only once the group is filled in: Decap's own "required" cannot say so.
  const required = !field.optional && parent === undefined;
  const checked = { required, dvk_collection: collection, dvk_path: path, dvk_required: !field.optional, ...(parent ? { dvk_parent: parent } : {}) };
  const list = field.kind === 'list' ? field.item! : undefined;
  if (note.choices) {
    const scalar = list ?? field;
    const choices = options(note.choices, context.content, path, scalar.values);
    return { ...base, widget: 'select', options: choices, multiple: list !== undefined, required, ...(list ? { min: field.optional ? 0 : 1 } : {}), ...(field.kind === 'boolean' ? { dvk_boolean: true } : {}) };
  }
  if (note.picture) return { ...base, widget: 'image', required, choose_url: false };
  if (field.kind === 'boolean') return { ...base, widget: 'boolean', required: false, default: base.default ?? false };
  if (field.kind === 'text') return { ...base, widget: WIDGETS.text, ...checked, ...(note.long ? { long: true } : {}) };
  if (field.kind === 'date') return { ...base, widget: WIDGETS.date, ...checked, ...(required && context.today ? { default: context.today } : {}) };
  if (field.kind === 'number') return { ...base, widget: WIDGETS.number, ...checked };
  const group = parent ?? (field.optional ? path : undefined);
  if (field.kind === 'object') return { ...base, widget: 'object', required, collapsed: false, fields: fieldsOf(field.schema).map((f) => formField(collection, `${path}.${f.name}`, f, context, group)) };
  // A list's item exists only once added: its fields are needed from then on.
  if (list?.kind === 'object') {
    return { ...base, widget: 'list', required, default: [], allow_add: true, collapsed: false, fields: fieldsOf(list.schema).map((f) => formField(collection, `${path}.${f.name}`, f, context)) };
  }
  if (list) return { ...base, widget: 'list', required, default: [], field: { name: field.name, label: note.label, widget: WIDGETS.text, ...checked, required: true, dvk_required: true } };
  throw new Error(`biểu mẫu: không biết cách nhập trường "${path}" (${field.kind})`);
}

function fieldsFor(collection: CollectionName, context: FormContext): DecapField[] {
  return fieldsOf(formSchemas[collection]).map((f) => formField(collection, f.name, f, context));
}

function articleCollection(collection: 'models' | 'reports', context: FormContext): DecapField {
  const body = formNotes[collection].body!;
  return {
    name: collection,
    label: labels[collection].label,
    label_singular: labels[collection].singular,
    folder: `content/${collection}`,
    extension: 'mdx',
    format: `dvk-${collection}`,
    create: true,
    delete: false,
    slug: '{{title}}',
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title', 'publishedAt'],
    media_folder: 'anh',
    public_folder: './anh',
    fields: [
      ...fieldsFor(collection, context),
      {
        // The preview renders the body in the admin page, beside the backend that writes files: an article's
        // markup must not run there, so Decap sanitises it (DOMPurify) before showing it.
        name: 'body', label: body.label, hint: body.hint, widget: 'markdown', sanitize_preview: true,
        buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
        editor_components: ['image'],
      },
    ],
  };
}

function keyedCollection(collection: (typeof keyedCollections)[number], context: FormContext): DecapField {
  return {
    name: collection,
    label: labels[collection].label,
    delete: false,
    // Decap reads a file collection's format at the collection, not at the file.
    format: `dvk-${collection}`,
    extension: 'yaml',
    files: [{
      name: collection,
      label: `Danh sách ${labels[collection].singular}`,
      file: `content/${collection}.yaml`,
      fields: [{ name: 'entries', label: labels[collection].label, label_singular: labels[collection].singular, widget: 'list', collapsed: true, summary: '{{fields.name}} ({{fields.id}})', fields: fieldsFor(collection, context) }],
    }],
  };
}

/** The whole configuration Decap is started with (CMS.init({ config })). */
export function decapConfig(options: DecapConfigOptions) {
  const context: FormContext = { content: options.choices, today: options.today };
  return {
    load_config_file: false,
    backend: options.backend,
    locale: 'vi',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    show_preview_links: options.siteUrl !== undefined,
    media_folder: 'content/models/anh',
    public_folder: './anh',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [articleCollection('models', context), articleCollection('reports', context), ...keyedCollections.map((c) => keyedCollection(c, context))],
  };
}
