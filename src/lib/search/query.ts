/**
 * Reading a query the way a reader means it, and the ranking rules Pagefind lacks: it has no phrase or
 * proximity ranking, so "mầm non hoa hồng" can rank a page about roses above the kindergarten's.
 * A query that names a known commune, unit or person puts that one's models first; a hit on the
 * exact phrase comes before the other hits.
 */
import type { SearchEntity } from './record';
import { closest, fold, nfc } from '../text/vietnamese';

/** A commune, unit or person named in the query. */
export interface EntityMatch {
  key: SearchEntity['key'];
  slug: string;
  /** The words of the query that named it, as typed. */
  words: string;
}

export interface QueryPlan {
  /** The query in NFC with single spaces: what Pagefind is asked. */
  text: string;
  /** The reader quoted a phrase: only exact-phrase hits count. */
  quoted: boolean;
  /** The query's words without quotes, whose relevance order ranks the hits of a quoted query. */
  words: string;
  /** The query as one quoted phrase, when it is unquoted and has two words or more. */
  phrase?: string;
  entities: EntityMatch[];
  /** The words left once the entities' names are taken out; null when none are left. */
  rest: string | null;
}

interface Token {
  typed: string;
  folded: string;
}

function tokens(text: string): Token[] {
  return text
    .split(' ')
    .map((typed) => ({ typed, folded: fold(typed).replace(/[^\p{L}\p{N}]/gu, '') }))
    .filter((token) => token.folded !== '');
}

/** Where `name`'s words stand in a row in `folded`, or -1. */
function findRun(folded: readonly string[], name: readonly string[], taken: readonly boolean[]): number {
  for (let start = 0; start + name.length <= folded.length; start++) {
    if (name.every((word, i) => folded[start + i] === word && !taken[start + i])) return start;
  }
  return -1;
}

/**
 * Finds the entities a query names, longest names first so "xã Đăk Ngọk" is not read as two things.
 * One name can stand for several places: "Đăk Ui" is the old xã Đăk Ui and today's, "Đăk Hà" the old
 * thị trấn and today's xã. Each of them is named then (today's holds the old one's models, so the
 * ranking puts the union first); a longer name says which: "thị trấn Đăk Hà" is the old one only,
 * "xã Đăk Hà" today's only, and "huyện Đăk Hà" the former district, neither of them.
 */
export function planQuery(input: string, entities: readonly SearchEntity[]): QueryPlan {
  const text = nfc(input).replace(/\s+/g, ' ').trim();
  const words = tokens(text);
  const folded = words.map((w) => w.folded);
  const taken = words.map(() => false);
  // A name typed without spaces ("dakngok") is one word of the query.
  const byName = new Map<string, SearchEntity[]>();
  for (const entity of entities) {
    for (const name of entity.names.flatMap((n) => [n, n.replace(/ /g, '')])) {
      const list = byName.get(name) ?? [];
      if (!list.includes(entity)) byName.set(name, [...list, entity]);
    }
  }
  const candidates = [...byName].map(([name, named]) => ({ name: name.split(' '), named })).sort((a, b) => b.name.length - a.name.length);
  const found: EntityMatch[] = [];
  const isFound = (entity: SearchEntity) => found.some((f) => f.key === entity.key && f.slug === entity.slug);
  for (const { name, named } of candidates) {
    const fresh = named.filter((entity) => !isFound(entity));
    if (fresh.length === 0) continue;
    const start = findRun(folded, name, taken);
    if (start < 0) continue;
    for (let i = start; i < start + name.length; i++) taken[i] = true;
    const typed = words.slice(start, start + name.length).map((w) => w.typed).join(' ');
    for (const entity of fresh) found.push({ key: entity.key, slug: entity.slug, words: typed });
  }
  const unquoted = (list: readonly Token[]) => list.map((w) => w.typed.replace(/"/g, '')).join(' ');
  const rest = unquoted(words.filter((_, i) => !taken[i]));
  const quoted = text.includes('"');
  return {
    text,
    quoted,
    words: unquoted(words),
    phrase: !quoted && words.length >= 2 ? `"${text}"` : undefined,
    entities: found,
    rest: rest === '' ? null : rest,
  };
}

export interface Boosts {
  /** For each entity the query names: the ids of its models that match the rest of the query. */
  entities: readonly (readonly string[])[];
  /** Ids of the pages that hold the query as an exact phrase. */
  phrase: readonly string[];
}

/**
 * Pagefind's order, with the named entities' models first and exact-phrase hits next; within a rank
 * Pagefind's order stands. Ids found only by a boost join the list.
 */
export function rankIds(primary: readonly string[], boosts: Boosts): string[] {
  const all = [...new Set([...primary, ...boosts.entities.flat(), ...boosts.phrase])];
  const phrase = new Set(boosts.phrase);
  const entitySets = boosts.entities.map((ids) => new Set(ids));
  const rank = (id: string) => 2 * entitySets.filter((ids) => ids.has(id)).length + (phrase.has(id) ? 1 : 0);
  return all
    .map((id, position) => ({ id, position, rank: rank(id) }))
    .sort((a, b) => b.rank - a.rank || a.position - b.position)
    .map((entry) => entry.id);
}

/**
 * Pagefind leaves a page out of sorted results when it lacks the sort key; a model whose year or
 * funding is unknown still belongs in the list, after the known ones.
 */
export function withUnsortedLast(sorted: readonly string[], all: readonly string[]): string[] {
  const seen = new Set(sorted);
  return [...sorted, ...all.filter((id) => !seen.has(id))];
}

/**
 * `ids` in the order `reference` gives them, the others after in their own order. Pagefind scores
 * every exact-phrase hit alike, so a quoted query's hits take the order of its plain words, where a
 * title counts more than a passing mention.
 */
export function inOrderOf(ids: readonly string[], reference: readonly string[]): string[] {
  const wanted = new Set(ids);
  const first = reference.filter((id) => wanted.has(id));
  const placed = new Set(first);
  return [...first, ...ids.filter((id) => !placed.has(id))];
}

/** The known name closest to a query that found nothing, when it is close enough to be a typo. */
export function suggestEntity(input: string, entities: readonly SearchEntity[]): { entity: SearchEntity; name: string } | undefined {
  const byName = new Map(entities.flatMap((entity) => entity.names.map((name) => [name, entity] as const)));
  const name = closest(input, [...byName.keys()]);
  if (name === undefined || name === fold(input)) return undefined;
  return { entity: byName.get(name)!, name };
}
