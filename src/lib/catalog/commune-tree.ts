/**
 * The communes index as a tree: each commune of today with its model count and, beneath it, the
 * former units it was formed from with theirs (a namesake reads "cũ"); then any unit that belongs to
 * no commune of today, so that none is left out.
 */
import { namesakeLabel } from '../places/labels';
import type { Catalog, CommuneView } from './catalog';

export interface CommuneTreeNode {
  commune: CommuneView;
  /** As the index shows it: "xã Đăk Ui cũ" beneath xã Đăk Ui. */
  label: string;
  count: number;
  formers: CommuneTreeNode[];
}

export function communeTree(catalog: Pick<Catalog, 'communes' | 'byCommune' | 'byCommuneToday'>): CommuneTreeNode[] {
  const countOf = new Map(catalog.byCommune.map((g) => [g.key.id, g.models.length]));
  const byId = new Map(catalog.communes.map((c) => [c.id, c]));
  const node = (commune: CommuneView, label = commune.label): CommuneTreeNode => ({ commune, label, count: countOf.get(commune.id) ?? 0, formers: [] });
  const today = catalog.byCommuneToday.map((t) => ({
    ...node(t.key),
    formers: t.key.formedFrom.flatMap((f) => { const former = byId.get(f.id); return former ? [node(former, namesakeLabel(former, t.key))] : []; }),
  }));
  const shown = new Set(today.flatMap((t) => [t.commune.id, ...t.formers.map((f) => f.commune.id)]));
  return [...today, ...catalog.communes.filter((c) => !shown.has(c.id)).map((c) => node(c))];
}
