import { describe, expect, it } from 'vitest';
import { coveredBy, currentOf, existsOn, formedFrom, isCurrent, placeOn, successionOf, type PlaceEntry } from './timeline';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const place = (id: string, data: PlaceEntry['data']): PlaceEntry => ({ id, data });
// A two-step history, so that nothing assumes one merger: a → b (2025), b → c (2030); d never merged.
const a = place('a', { validTo: day('2025-06-30'), successor: 'b' });
const b = place('b', { validFrom: day('2025-07-01'), validTo: day('2030-12-31'), successor: 'c' });
const c = place('c', { validFrom: day('2031-01-01') });
const d = place('d', {});
const all = [a, b, c, d];
const byId = new Map(all.map((p) => [p.id, p]));

describe('places through time', () => {
  it('knows on which days a unit existed, its first and last day included', () => {
    expect([existsOn(a, day('2019-08-30')), existsOn(a, day('2025-06-30')), existsOn(a, day('2025-07-01'))]).toEqual([true, true, false]);
    expect([existsOn(b, day('2025-06-30')), existsOn(b, day('2025-07-01'))]).toEqual([false, true]);
    expect([isCurrent(a), isCurrent(c), isCurrent(d)]).toEqual([false, true, true]);
  });

  it('follows successors to today, or to the unit of a given day', () => {
    expect(successionOf(a, byId).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(currentOf(a, byId)?.id).toBe('c');
    expect(placeOn(a, byId, day('2019-01-01'))?.id).toBe('a');
    expect(placeOn(a, byId, day('2026-01-01'))?.id).toBe('b');
    expect(placeOn(a, byId, day('2031-06-01'))?.id).toBe('c');
    expect(placeOn(c, byId, day('2019-01-01'))).toBeUndefined();
  });

  it('stops at a loop or an unknown successor instead of hanging', () => {
    const x = place('x', { validTo: day('2020-01-01'), successor: 'y' });
    const y = place('y', { validTo: day('2021-01-01'), successor: 'x' });
    const lost = place('lost', { validTo: day('2020-01-01'), successor: 'nowhere' });
    const loopIds = new Map([x, y, lost].map((p) => [p.id, p]));
    expect(successionOf(x, loopIds).map((p) => p.id)).toEqual(['x', 'y']);
    expect(currentOf(x, loopIds)).toBeUndefined();
    expect(currentOf(lost, loopIds)).toBeUndefined();
  });

  it('finds what a unit was formed from, and every unit it covers through any number of steps', () => {
    expect(formedFrom(c, all).map((p) => p.id)).toEqual(['b']);
    expect(coveredBy(c, all, byId).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(coveredBy(d, all, byId).map((p) => p.id)).toEqual(['d']);
  });
});
