/**
 * The models a reader may want next, at the end of a model page. The rule, stated on the page too:
 * models of the same commune (as today's commune, so a former unit's models meet those of the units
 * it merged with), then of a shared field, then of the same unit; newest first within each; never the
 * model itself, no model twice, at most RELATED_LIMIT; nothing when nothing is shared. The replication
 * chain (nhân rộng) is apart: every chain through the model, from the original to the last copy.
 */
import { todayOf, type ModelLink, type ModelView } from './catalog';
import type { LinkedModel } from './lineage';
import { replicationChains } from './lineage';
import { capitalised } from '../text/format';

export const RELATED_LIMIT = 4;

/** The parts of a resolved model the rule reads; models are given newest first. */
export type RelatableModel = Pick<ModelView, 'id' | 'url' | 'commune' | 'unit' | 'fields'> & { data: { title: string } };

/** The commune a model's place is part of today (the place itself while it exists). */
function placeToday(model: RelatableModel): { id: string; label: string } | undefined {
  const { commune } = model;
  if (commune === undefined) return undefined;
  // A place whose successors lead to no unit of today still meets the models placed in it.
  return todayOf(commune) ?? { id: commune.id, label: commune.label };
}

export interface RelatedLink extends ModelLink {
  /** Everything it shares with the page's model: "Cùng lĩnh vực Trường học thân thiện; cùng đơn vị MN Hoa Hồng". */
  reason: string;
}

/** What two models share, in the rule's order: "Cùng xã Đăk Ui; cùng lĩnh vực An sinh; cùng đơn vị …". */
function shared(model: RelatableModel, other: RelatableModel): string {
  const place = placeToday(model);
  const parts = [
    place && placeToday(other)?.id === place.id ? `cùng ${place.label}` : undefined,
    ...model.fields.filter((f) => other.fields.some((o) => o.id === f.id)).map((f) => `cùng lĩnh vực ${f.data.name}`),
    model.unit && other.unit?.id === model.unit.id ? `cùng đơn vị ${model.unit.data.shortName}` : undefined,
  ].filter((part): part is string => part !== undefined);
  const text = parts.join('; ');
  return capitalised(text);
}

function bucketsBy<M extends RelatableModel>(models: readonly M[], keys: (m: M) => string[]): Map<string, M[]> {
  const buckets = new Map<string, M[]>();
  for (const m of models) {
    for (const key of keys(m)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(m);
      else buckets.set(key, [m]);
    }
  }
  return buckets;
}

/** Related models of every model, by id. Buckets keep the cost near N × limit, not N². */
export function relatedModels<M extends RelatableModel>(models: readonly M[], limit = RELATED_LIMIT): Map<string, RelatedLink[]> {
  const byPlace = bucketsBy(models, (m) => { const place = placeToday(m); return place ? [place.id] : []; });
  const byField = bucketsBy(models, (m) => m.fields.map((f) => f.id));
  const byUnit = bucketsBy(models, (m) => (m.unit ? [m.unit.id] : []));
  const related = new Map<string, RelatedLink[]>();
  for (const model of models) {
    const chosen: RelatedLink[] = [];
    const taken = new Set([model.id]);
    const take = (candidates: readonly M[] | undefined) => {
      for (const other of candidates ?? []) {
        if (chosen.length >= limit) return;
        if (taken.has(other.id)) continue;
        taken.add(other.id);
        chosen.push({ id: other.id, title: other.data.title, url: other.url, reason: shared(model, other) });
      }
    };
    const place = placeToday(model);
    if (place) take(byPlace.get(place.id));
    for (const field of model.fields) take(byField.get(field.id));
    if (model.unit) take(byUnit.get(model.unit.id));
    related.set(model.id, chosen);
  }
  return related;
}

/** Every replication chain through each model, by id; a model outside replication has none. */
export function chainsThrough(models: readonly LinkedModel[]): Map<string, ModelLink[][]> {
  const chains = replicationChains(models);
  return new Map(models.map((m) => [m.id, chains.filter((chain) => chain.some((link) => link.id === m.id))]));
}
