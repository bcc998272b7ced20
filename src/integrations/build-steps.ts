/**
 * npm run build (scripts/build.ts) runs two steps of a build itself, outside Astro's process: the
 * social cards, from its first moment, and the search index, once Astro has exited and freed its
 * memory (npm run bench: with the index built inside Astro's process the two held 2.8 GB at once at
 * 5,000 articles). It tells the integrations so through this variable; a plain `astro build` has
 * them do both.
 */
export const STEPS_BY_PARENT = 'DVK_STEPS_BY_PARENT';

export function stepsRunByParent(env: Record<string, string | undefined> = process.env): boolean {
  return env[STEPS_BY_PARENT] === '1';
}
