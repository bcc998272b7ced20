/**
 * Draws the site's social cards in a process of their own, which social-cards.ts starts at low
 * priority beside `astro build`; the list of drawn cards goes back over the IPC channel.
 * Argument: the SiteCardsOptions as JSON.
 */
import { drawSiteCards, type SiteCardsOptions } from '../lib/cards/batch';

// A build that is stopped (npm run build stops Astro when the content check fails) takes this with it.
process.on('disconnect', () => process.exit(0));
const options = JSON.parse(process.argv[2] ?? '{}') as SiteCardsOptions;
const started = performance.now();
const cards = await drawSiteCards(options);
// Sent, then the channel closed: an open channel would keep both processes waiting for each other.
process.send?.({ cards, seconds: (performance.now() - started) / 1000 }, () => process.disconnect());
