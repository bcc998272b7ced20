/** Replication lineage (nhân rộng): which documented model was copied from which, as chains. */
import type { ModelLink, ModelView } from './catalog';

/** The part of a resolved model that lineage reads. */
export type LinkedModel = Pick<ModelView, 'id' | 'url' | 'replicatedFrom' | 'copies'> & { data: { title: string } };

function linkOf(model: LinkedModel): ModelLink {
  return { id: model.id, title: model.data.title, url: model.url };
}

/**
 * Every chain of copies from an original to a copy that no one copied in turn: A ← B ← C gives
 * [[A, B, C]]; an original copied twice gives two chains. Models outside any replication give none.
 * A copy whose original is not published starts its own chain. Content with a loop never gets
 * here: the integrity check rejects it.
 */
export function replicationChains(models: readonly LinkedModel[]): ModelLink[][] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const chains: ModelLink[][] = [];
  const walk = (model: LinkedModel, path: ModelLink[]): void => {
    const here = [...path, linkOf(model)];
    const copies = model.copies.flatMap((c) => byId.get(c.id) ?? []);
    if (copies.length === 0) chains.push(here);
    for (const copy of copies) walk(copy, here);
  };
  const roots = models.filter((m) => m.copies.length > 0 && (m.replicatedFrom === undefined || !byId.has(m.replicatedFrom.id)));
  for (const root of roots) walk(root, []);
  return chains;
}
