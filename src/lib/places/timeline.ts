/**
 * Places through time: which commune-level unit existed on a day, what an old unit is part of
 * today, what a new unit was formed from. Pure functions over the communes collection as data:
 * nothing here knows a district, a province or the year 2025.
 */
import type { Commune } from '../../schemas/commune';

/** The parts of a commune entry the timeline reads. */
export interface PlaceEntry {
  id: string;
  data: Pick<Commune, 'validFrom' | 'validTo' | 'successor'>;
}

/** Whether the unit existed on that day (its first and last day included). */
export function existsOn(place: PlaceEntry, day: Date): boolean {
  const { validFrom, validTo } = place.data;
  return (validFrom === undefined || validFrom <= day) && (validTo === undefined || day <= validTo);
}

/** Whether the unit still exists (no last day). */
export function isCurrent(place: PlaceEntry): boolean {
  return place.data.validTo === undefined;
}

/**
 * The chain of units from this one to the one it is part of on `day` (or today, when no day is
 * given): [Đăk Ngọk, Đăk Ui (2025)]. Starts with the unit itself; stops at a loop or a missing id.
 */
export function successionOf<P extends PlaceEntry>(place: P, byId: ReadonlyMap<string, P>, day?: Date): P[] {
  const chain: P[] = [place];
  let at = place;
  while (at.data.successor !== undefined && (day === undefined || (at.data.validTo !== undefined && at.data.validTo < day))) {
    const next = byId.get(at.data.successor);
    if (next === undefined || chain.includes(next)) break;
    chain.push(next);
    at = next;
  }
  return chain;
}

/** The unit this one is part of today (itself when it still exists); undefined when its chain ends in a unit that no longer exists. */
export function currentOf<P extends PlaceEntry>(place: P, byId: ReadonlyMap<string, P>): P | undefined {
  const last = successionOf(place, byId).at(-1);
  return last !== undefined && isCurrent(last) ? last : undefined;
}

/** The unit this one is part of on `day`; undefined when, on that day, its chain holds no unit that existed. */
export function placeOn<P extends PlaceEntry>(place: P, byId: ReadonlyMap<string, P>, day: Date): P | undefined {
  const last = successionOf(place, byId, day).at(-1);
  return last !== undefined && existsOn(last, day) ? last : undefined;
}

/** The units whose successor is this one, in the order given. */
export function formedFrom<P extends PlaceEntry>(place: P, all: readonly P[]): P[] {
  return all.filter((p) => p.data.successor === place.id);
}

/** Every unit whose chain reaches this one, itself included: the old units a new commune covers. */
export function coveredBy<P extends PlaceEntry>(place: { id: string }, all: readonly P[], byId: ReadonlyMap<string, P>): P[] {
  return all.filter((p) => successionOf(p, byId).some((q) => q.id === place.id));
}
