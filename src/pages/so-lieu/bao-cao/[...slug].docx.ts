/** Each review report as a Word file: /so-lieu/bao-cao/nam/2019.docx… (see src/lib/data/review-docx.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog/load';
import { reviewSheet, sheetDocx, type ReviewSheet } from '../../../lib/data/review-docx';
import { latestUpdate, reviews } from '../../../lib/data/reviews';
import { pageCacheKey } from '../../../lib/publishing/page-cache';
import { PUBLISHER } from '../../../lib/site/identity';
import { paths } from '../../../lib/site/paths';

// A file is keyed by its sheet, the text it prints: a rebuild after one article changed writes again
// only the reports that hold that article (and all of them when it moves the "figures as of" date).
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const site = import.meta.env.SITE;
  const asOf = latestUpdate(catalog.models);
  return reviews(catalog).map((review) => {
    const pageUrl = site ? new URL(paths.review(review.slug), site).href : undefined;
    const sheet = reviewSheet(review, { models: catalog.models, publisher: PUBLISHER, asOf, pageUrl });
    return { params: { slug: review.slug }, props: { sheet }, cacheKey: pageCacheKey(sheet) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: ReviewSheet }> = async ({ props }) =>
  new Response(await sheetDocx(props.sheet), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
