/** One social card (1200×630 PNG) per page, drawn at build time; paths.card() gives its address. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../lib/card-image';
import { cardSpecs, type CardSpec } from '../../lib/cards';
import { getCatalog } from '../../lib/load-catalog';
import { CARD_FOLDER, paths } from '../../lib/paths';

export const getStaticPaths = (async () => {
  const specs = cardSpecs(await getCatalog());
  const prefix = `/${CARD_FOLDER}/`;
  return specs.map((spec) => ({ params: { card: paths.card(spec.page).slice(prefix.length, -'.png'.length) }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props, site }) => {
  const png = await renderCard(props.spec, site ? site.host : '');
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
