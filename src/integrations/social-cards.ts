/**
 * Social cards for every page. `astro build` draws them in a background process from its first
 * hook (card-drawing.ts) and links them into the output when the pages are done; npm run build
 * starts that drawing itself, earlier still, and places the cards before it publishes. The dev
 * server draws a card when asked.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatNumber } from '../lib/text/format';
import { CARD_EXTENSION, CARD_FOLDER } from '../lib/site/paths';
import { stepsRunByParent } from './build-steps';
import { drawInBackground, drawingLines, placeDrawn, type Drawing } from './card-drawing';

export default function socialCards(): AstroIntegration {
  let drawing: Drawing | undefined;
  return {
    name: 'dan-van-kheo:social-cards',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, logger }) => {
        if (command === 'dev') injectRoute({ pattern: `/${CARD_FOLDER}/[...card].${CARD_EXTENSION}`, entrypoint: new URL('./card-route.ts', import.meta.url), prerender: true });
        if (command !== 'build' || stepsRunByParent()) return;
        logger.info(drawingLines.start);
        drawing = drawInBackground({ contentDir: fileURLToPath(new URL('content/', config.root)), host: config.site ? new URL(config.site).host : '' });
        drawing.done.then((drawn) => logger.info(drawingLines.end(drawn)), () => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const drawn = await placeDrawn(drawing, fileURLToPath(dir));
        logger.info(`Ảnh thẻ chia sẻ: ${formatNumber(drawn.cards.length)} ảnh → ${CARD_FOLDER}/`);
      },
    },
  };
}
