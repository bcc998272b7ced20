/**
 * What a commune's page lists (src/pages/xa/[id]/[...page].astro): its own models, in pages; and for a
 * commune of today formed by a merger, each former unit's totals and first page of models, the whole
 * of each on that unit's own pages, with the models that name today's commune itself paged here.
 */
import type { Catalog, CommuneView, ModelView } from '../catalog/catalog';
import type { Totals } from '../catalog/totals';
import { previewOf, type Preview } from './paging';

export interface FormerUnitPreview {
  unit: CommuneView;
  totals: Totals;
  models: Preview<ModelView>;
}

export interface CommuneListing {
  commune: CommuneView;
  /** Every model of the commune, its former units' included. */
  total: number;
  /** The totals of all of them. */
  totals: Totals;
  /** The models the commune's own pages list. */
  paged: readonly ModelView[];
  /** A commune of today formed by a merger: the unit itself when models name it directly, and its former units. */
  merged?: { direct?: { unit: CommuneView; totals: Totals }; formers: FormerUnitPreview[] };
}

export function communeListings({ byCommune, byCommuneToday }: Pick<Catalog, 'byCommune' | 'byCommuneToday'>): CommuneListing[] {
  return byCommune.map((group) => {
    const whole = { commune: group.key, total: group.models.length, totals: group.totals };
    const today = byCommuneToday.find((t) => t.key.id === group.key.id && t.key.formedFrom.length > 0);
    if (!today) return { ...whole, paged: group.models };
    const direct = today.formerUnits.find((former) => former.key.id === group.key.id);
    const formers = today.formerUnits.filter((former) => former !== direct).map((former) => ({ unit: former.key, totals: former.totals, models: previewOf(former.models) }));
    return { ...whole, paged: direct?.models ?? [], merged: { direct: direct && { unit: direct.key, totals: direct.totals }, formers } };
  });
}
