/**
 * Reading the zod schemas as a form needs them: the fields of an object in order, whether each may
 * be left out, what kind of value it holds, and the schema of any field by its path
 * ("funding.sources.amount", list items included), so the form checks a value with the very rule,
 * and the very words, of the content check. Pure; runs in the browser too.
 */
import type { z } from 'astro/zod';
import { actSchema } from '../../schemas/act';
import { communeSchema } from '../../schemas/commune';
import { entryId, strictObject } from '../../schemas/common';
import { fieldSchema } from '../../schemas/field';
import { modelSchema } from '../../schemas/model';
import { reportSchema } from '../../schemas/report';
import { unitSchema } from '../../schemas/unit';
import { z as zod } from 'astro/zod';

export type CollectionName = 'models' | 'reports' | 'units' | 'communes' | 'fields' | 'acts';

/** The collections whose file is one map keyed by id (the form sees a list of entries with an id). */
export const keyedCollections = ['units', 'communes', 'fields', 'acts'] as const satisfies readonly CollectionName[];

const keyed = (schema: z.ZodObject) => strictObject('một mục', { id: entryId('mục'), ...schema.shape });

/** Each collection's schema as the form fills it: a picture is its path (text) until the build reads it. */
export const formSchemas: Record<CollectionName, z.ZodType> = {
  models: modelSchema(() => zod.string()),
  reports: reportSchema,
  units: keyed(unitSchema as unknown as z.ZodObject),
  communes: keyed(communeSchema as unknown as z.ZodObject),
  fields: keyed(fieldSchema as unknown as z.ZodObject),
  acts: keyed(actSchema as unknown as z.ZodObject),
};

export type ValueKind = 'text' | 'number' | 'date' | 'boolean' | 'enum' | 'object' | 'list';

export interface SchemaField {
  name: string;
  schema: z.ZodType;
  /** May be left out of the file (optional, or with a default). */
  optional: boolean;
  kind: ValueKind;
  /** An enum's values; a list's item kind. */
  values?: readonly string[];
  item?: SchemaField;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType; entries?: Record<string, string>; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** The schema under optional, default and transforms: what the value is. */
function core(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // z.preprocess puts its function first (in), a .transform() last (out): the value's type is the other one.
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else return { schema: current, optional };
  }
}

function kindOf(schema: z.ZodType): ValueKind {
  const type = defOf(schema).type;
  if (type === 'string') return 'text';
  if (type === 'number') return 'number';
  if (type === 'date') return 'date';
  if (type === 'boolean') return 'boolean';
  if (type === 'enum') return 'enum';
  if (type === 'object') return 'object';
  if (type === 'array') return 'list';
  throw new Error(`schema-walk: kiểu "${type}" chưa có ô nhập trong biểu mẫu`);
}

export function describe(name: string, schema: z.ZodType): SchemaField {
  const { schema: inner, optional } = core(schema);
  const kind = kindOf(inner);
  const def = defOf(inner);
  return {
    name,
    schema,
    optional,
    kind,
    values: kind === 'enum' ? Object.values(def.entries!) : undefined,
    item: kind === 'list' ? describe(name, def.element!) : undefined,
  };
}

/** The fields of an object schema, in the order the schema lists them. */
export function fieldsOf(schema: z.ZodType): SchemaField[] {
  const { schema: inner } = core(schema);
  const shape = (inner as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) throw new Error('schema-walk: cần một nhóm trường (object)');
  return Object.entries(shape).map(([name, field]) => describe(name, field));
}

/** The schema of the field at a dotted path (list items are passed through), or undefined. */
export function schemaAt(collection: CollectionName, path: string): z.ZodType | undefined {
  let current: z.ZodType | undefined = formSchemas[collection];
  for (const name of path.split('.')) {
    if (!current) return undefined;
    let inner: z.ZodType = core(current).schema;
    if (defOf(inner).type === 'array') inner = core(defOf(inner).element!).schema;
    current = fieldsOf(inner).find((f) => f.name === name)?.schema;
  }
  return current;
}

/** The key order of a collection's entries, nested paths included, as the file writes them. */
export function keyOrder(collection: CollectionName): string[] {
  const visit = (schema: z.ZodType, prefix: string): string[] =>
    fieldsOf(schema).flatMap((f) => {
      const path = `${prefix}${f.name}`;
      const nested = f.kind === 'object' ? f.schema : f.kind === 'list' && f.item?.kind === 'object' ? f.item.schema : undefined;
      return [path, ...(nested ? visit(nested, `${path}.`) : [])];
    });
  return visit(formSchemas[collection], '');
}
