/**
 * The field order a schema declares, as the writers take it ("funding", "funding.total",
 * "beneficiaries.count"): read from the zod schema's definition, so that a field added to a
 * schema lands at its place without a list to keep in step. Imports no zod: the browser bundle
 * gets only the schema it is handed.
 */

/** The part of a zod 4 schema's public definition this walk reads. */
interface SchemaDef {
  type: string;
  shape?: Record<string, { def: SchemaDef }>;
  innerType?: { def: SchemaDef };
  element?: { def: SchemaDef };
  in?: { def: SchemaDef };
}

/** The object under optional, default, list and pipe wrappers, if there is one. */
function objectShape(def: SchemaDef): Record<string, { def: SchemaDef }> | undefined {
  if (def.type === 'object') return def.shape;
  const inner = def.innerType ?? def.element ?? def.in;
  return inner ? objectShape(inner.def) : undefined;
}

export function schemaKeyOrder(schema: { def: unknown }, prefix = ''): string[] {
  const shape = objectShape(schema.def as SchemaDef) ?? {};
  return Object.entries(shape).flatMap(([key, field]) => [`${prefix}${key}`, ...schemaKeyOrder(field, `${prefix}${key}.`)]);
}
