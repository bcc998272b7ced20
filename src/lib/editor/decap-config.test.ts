import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContentFiles } from '../content-check/files';
import { contentChoices } from './content-choices';
import { decapConfig, type DecapField } from './decap-config';
import { keyOrder, type CollectionName } from './schema-walk';
import { formNotes } from './form-notes';
import { fundingSourceKinds, modelKinds } from '../../schemas/model';

const raw = loadContentFiles(join(process.cwd(), 'content')).raw;
const choices = contentChoices(raw);
const config = decapConfig({ backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' }, choices });

function formOf(collection: CollectionName): DecapField[] {
  const found = config.collections.find((c) => c.name === collection)!;
  const files = found.files as DecapField[] | undefined;
  return files ? ((files[0]!.fields as DecapField[])[0]!.fields as DecapField[]) : (found.fields as DecapField[]);
}

/** Every dotted path the form has a field for. */
function formPaths(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${String(f.name)}`;
    return [path, ...(Array.isArray(f.fields) ? formPaths(f.fields as DecapField[], `${path}.`) : [])];
  });
}

function fieldAt(collection: CollectionName, path: string): DecapField {
  let fields = formOf(collection);
  let found: DecapField | undefined;
  for (const name of path.split('.')) {
    found = fields.find((f) => f.name === name);
    fields = (found?.fields as DecapField[]) ?? [];
  }
  return found!;
}

const values = (field: DecapField) => (field.options as { value: string }[]).map((o) => o.value).sort();

describe('the web editor form generated from the schemas and the content', () => {
  it.each(['models', 'reports', 'units', 'communes', 'fields', 'acts'] as const)('has a form field for every schema field of %s, nested ones included', (collection) => {
    const paths = formPaths(formOf(collection)).filter((p) => p !== 'body');
    expect(paths).toEqual(keyOrder(collection));
    for (const path of paths) expect(fieldAt(collection, path).label, path).toBe(formNotes[collection][path]!.label);
  });

  it('fails, naming the field, when a schema field has no note', () => {
    const saved = formNotes.models.village;
    delete formNotes.models.village;
    try {
      expect(() => decapConfig({ backend: {}, choices })).toThrow(/trường "village" của mô hình chưa có ô trong biểu mẫu/);
    } finally {
      formNotes.models.village = saved!;
    }
  });

  it('offers exactly the content as choices for unit, commune, fields, source, replicatedFrom and the keyed maps', () => {
    const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
    expect(values(fieldAt('models', 'unit'))).toEqual(ids(raw.units));
    expect(values(fieldAt('models', 'commune'))).toEqual(ids(raw.communes));
    expect(values(fieldAt('models', 'fields'))).toEqual(ids(raw.fields));
    expect(fieldAt('models', 'fields').multiple).toBe(true);
    expect(values(fieldAt('models', 'source'))).toEqual(ids(raw.reports));
    expect(values(fieldAt('models', 'replicatedFrom'))).toEqual(ids(raw.models));
    expect(values(fieldAt('reports', 'publisher'))).toEqual(ids(raw.units));
    expect(values(fieldAt('units', 'commune'))).toEqual(ids(raw.communes));
    expect(values(fieldAt('communes', 'successor'))).toEqual(ids(raw.communes));
    expect(values(fieldAt('communes', 'endedBy'))).toEqual(ids(raw.acts));
  });

  it('names communes with their period, since old and new units share names', () => {
    const labels = (fieldAt('models', 'commune').options as { value: string; label: string }[]);
    expect(labels.find((o) => o.value === 'dak-ui')?.label).toBe('xã Đăk Ui (đến 30/06/2025)');
    expect(labels.find((o) => o.value === 'dak-ui-2025')?.label).toBe('xã Đăk Ui (từ 01/07/2025)');
  });

  it('gives enums every value with a Vietnamese label', () => {
    expect(values(fieldAt('models', 'kind'))).toEqual([...modelKinds].sort());
    expect((fieldAt('models', 'kind').options as { label: string }[]).map((o) => o.label)).toEqual(['Tập thể', 'Cá nhân']);
    expect(values(fieldAt('models', 'funding.sources.from'))).toEqual([...fundingSourceKinds].sort());
  });

  it('enters figures as numbers and days with our checked inputs, "trên" as a switch, optional fields as not required', () => {
    expect(fieldAt('models', 'funding.total')).toMatchObject({ widget: 'dvk-number', dvk_required: true, required: false });
    expect(fieldAt('models', 'funding')).toMatchObject({ widget: 'object', required: false });
    expect(fieldAt('models', 'yearStarted')).toMatchObject({ widget: 'dvk-number', dvk_required: false });
    expect(fieldAt('models', 'funding.atLeast')).toMatchObject({ widget: 'boolean', default: false });
    expect(fieldAt('models', 'publishedAt')).toMatchObject({ widget: 'dvk-date', dvk_required: true });
    expect(fieldAt('models', 'title')).toMatchObject({ widget: 'dvk-text', dvk_required: true });
    expect(fieldAt('models', 'cover.src')).toMatchObject({ widget: 'image' });
    expect(fieldAt('models', 'replicated')).toMatchObject({ widget: 'select', required: false });
  });

  it('makes ASCII file names from the title, never deletes, and keeps pictures in the article\'s anh/ folder', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    const models = config.collections.find((c) => c.name === 'models')!;
    expect(models).toMatchObject({ folder: 'content/models', extension: 'mdx', slug: '{{title}}', delete: false, media_folder: 'anh', public_folder: './anh' });
    expect(config.locale).toBe('vi');
    // An article's markup never runs in the admin page's preview.
    expect((models.fields as DecapField[]).find((f) => f.name === 'body')).toMatchObject({ widget: 'markdown', sanitize_preview: true });
  });

});
