/**
 * Every page's social card, drawn from the content files without Astro, so that the build can draw
 * them on another core while Astro renders the pages (src/integrations/card-drawing.ts). The cards
 * come from the same catalog and the same cardSpecs as the pages' og:image tags.
 */
import { readFileSync } from 'node:fs';
import { buildCatalog } from '../catalog/catalog';
import { cardFile } from './drawing';
import { cardSpecs, type CardSpec } from './specs';
import { loadContentFiles } from '../content-check/files';
import type { RawContent } from '../content-check/integrity';
import { paths } from '../site/paths';

export interface SiteCard {
  /** Where it goes in the built site: "anh-the/mo-hinh/cho-que.png". */
  path: string;
  /** The drawn card, in the cache. */
  file: string;
}

export interface SiteCardsOptions {
  contentDir: string;
  /**
   * The cards as siteCardSpecs wrote them (npm run build's content check does): then the drawing process
   * never loads the content, which at 10,000 articles is most of its memory.
   */
  specsFile?: string;
  /** The site's address as printed in the corner of each card. */
  host: string;
  cacheDir?: string;
}

/**
 * Two cards at a time: one is drawn on the canvas while zlib deflates the other. More would take
 * cores from the build this runs beside.
 */
const AT_ONCE = 2;

/** Every page's card, from content already read (the content check's) or from the content folder. */
export function siteCardSpecs(content: RawContent | string): CardSpec[] {
  return cardSpecs(buildCatalog(typeof content === 'string' ? loadContentFiles(content).raw : content));
}

export async function drawSiteCards({ contentDir, specsFile, host, cacheDir }: SiteCardsOptions): Promise<SiteCard[]> {
  const specs = specsFile ? (JSON.parse(readFileSync(specsFile, 'utf8')) as CardSpec[]) : siteCardSpecs(contentDir);
  const cards: SiteCard[] = new Array(specs.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < specs.length; i = next++) cards[i] = { path: paths.card(specs[i]!.page).slice(1), file: await cardFile(specs[i]!, host, cacheDir) };
  };
  await Promise.all(Array.from({ length: AT_ONCE }, lane));
  return cards;
}
