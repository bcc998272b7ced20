/**
 * Social cards on the dev server, drawn on request (`npm run dev`, then /anh-the/mo-hinh/<bài>.png).
 * A build does not use this route: it draws every card in a worker beside the build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../lib/cards/drawing';
import { cardSpecs, type CardSpec } from '../lib/cards/specs';
import { getCatalog } from '../lib/catalog/load';
import { CARD_EXTENSION, CARD_FOLDER, paths } from '../lib/site/paths';

export const getStaticPaths = (async () => {
  const prefix = `/${CARD_FOLDER}/`;
  return cardSpecs(await getCatalog()).map((spec) => ({ params: { card: paths.card(spec.page).slice(prefix.length, -`.${CARD_EXTENSION}`.length) }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props, site }) => {
  const png = await renderCard(props.spec, site ? site.host : '');
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
