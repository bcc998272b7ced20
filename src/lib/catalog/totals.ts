/**
 * Counters computed from models. Unknown is never zero: a total that no model reports
 * is null, and every total carries the share of models it covers.
 */
import type { FundingSourceKind, Model } from '../../schemas/model';
import { fold } from '../text/vietnamese';

/** The part of the site's model data that counters read. */
export type CountedModel = Pick<Model, 'kind' | 'replicated' | 'replicatedFrom' | 'funding' | 'beneficiaries' | 'benefit'>;

/** How many of the models counted report the figure. */
export interface Coverage {
  known: number;
  of: number;
}

/** A summed figure; atLeast when any part of it is a "trên" lower bound. */
export interface Amount {
  value: number;
  atLeast: boolean;
}

export interface ModelCounts {
  total: number;
  collective: number;
  individual: number;
  /** Models known to have been copied elsewhere, out of those that say either way. */
  replicated: { count: number; coverage: Coverage };
  /** Models that are copies of another documented model. */
  copies: number;
}

export interface SourceTotal {
  /** Stable key of the source group: "doanh-nghiep+nhan-dan". */
  key: string;
  from: FundingSourceKind[];
  amount: Amount;
  models: number;
}

export interface FundingTotals {
  total: Amount | null;
  coverage: Coverage;
  bySource: SourceTotal[];
  /** Money inside the totals that the source does not attribute to anyone. */
  notBrokenDown: Amount | null;
}

export interface BeneficiaryTotal {
  group: string;
  unit: string;
  count: Amount;
  models: number;
}

export interface Totals {
  counts: ModelCounts;
  funding: FundingTotals;
  /** One line per (group, unit); counts in different units are never added. */
  beneficiaries: BeneficiaryTotal[];
  beneficiaryCoverage: Coverage;
  benefit: { total: Amount | null; coverage: Coverage };
}

function add(sum: Amount | null, value: number, atLeast: boolean): Amount {
  return { value: (sum?.value ?? 0) + value, atLeast: (sum?.atLeast ?? false) || atLeast };
}

export function countModels(models: readonly CountedModel[]): ModelCounts {
  const saysReplicated = models.filter((m) => m.replicated !== undefined);
  return {
    total: models.length,
    collective: models.filter((m) => m.kind === 'collective').length,
    individual: models.filter((m) => m.kind === 'individual').length,
    replicated: {
      count: saysReplicated.filter((m) => m.replicated).length,
      coverage: { known: saysReplicated.length, of: models.length },
    },
    copies: models.filter((m) => m.replicatedFrom !== undefined).length,
  };
}

export function sourceKey(from: readonly FundingSourceKind[]): string {
  return [...from].sort().join('+');
}

export function fundingTotals(models: readonly CountedModel[]): FundingTotals {
  let total: Amount | null = null;
  let notBrokenDown: Amount | null = null;
  let known = 0;
  const bySource = new Map<string, SourceTotal>();
  for (const { funding } of models) {
    if (!funding) continue;
    known += 1;
    total = add(total, funding.total, funding.atLeast);
    let attributed = 0;
    for (const source of funding.sources) {
      const key = sourceKey(source.from);
      const current = bySource.get(key);
      bySource.set(key, {
        key,
        from: current?.from ?? [...source.from],
        amount: add(current?.amount ?? null, source.amount, source.atLeast),
        models: (current?.models ?? 0) + 1,
      });
      attributed += source.amount;
    }
    const rest = funding.total - attributed;
    if (rest > 0 || funding.atLeast) notBrokenDown = add(notBrokenDown, rest, funding.atLeast);
  }
  return {
    total,
    coverage: { known, of: models.length },
    bySource: [...bySource.values()].sort((a, b) => b.amount.value - a.amount.value || a.key.localeCompare(b.key)),
    notBrokenDown: known === 0 ? null : (notBrokenDown ?? { value: 0, atLeast: false }),
  };
}

export function beneficiaryTotals(models: readonly CountedModel[]): { lines: BeneficiaryTotal[]; coverage: Coverage } {
  const lines = new Map<string, BeneficiaryTotal>();
  let known = 0;
  for (const model of models) {
    if (model.beneficiaries.length === 0) continue;
    known += 1;
    for (const b of model.beneficiaries) {
      const key = `${fold(b.group)}|${fold(b.unit)}`;
      const current = lines.get(key);
      lines.set(key, {
        group: current?.group ?? b.group,
        unit: current?.unit ?? b.unit,
        count: add(current?.count ?? null, b.count, b.atLeast),
        models: (current?.models ?? 0) + 1,
      });
    }
  }
  return { lines: [...lines.values()], coverage: { known, of: models.length } };
}

export function benefitTotals(models: readonly CountedModel[]): { total: Amount | null; coverage: Coverage } {
  let total: Amount | null = null;
  let known = 0;
  for (const { benefit } of models) {
    if (!benefit) continue;
    known += 1;
    total = add(total, benefit.amount, benefit.atLeast);
  }
  return { total, coverage: { known, of: models.length } };
}

export function computeTotals(models: readonly CountedModel[]): Totals {
  const beneficiaries = beneficiaryTotals(models);
  return {
    counts: countModels(models),
    funding: fundingTotals(models),
    beneficiaries: beneficiaries.lines,
    beneficiaryCoverage: beneficiaries.coverage,
    benefit: benefitTotals(models),
  };
}
