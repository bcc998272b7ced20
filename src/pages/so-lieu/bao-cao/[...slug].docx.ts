/** Each review report as a Word file: /so-lieu/bao-cao/nam/2019.docx… (see src/lib/data/review-docx.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog/load';
import { reviewDocx } from '../../../lib/data/review-docx';
import { latestUpdate, reviews, type Review } from '../../../lib/data/reviews';
import { PUBLISHER } from '../../../lib/site/identity';
import { paths } from '../../../lib/site/paths';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return reviews(catalog).map((review) => ({ params: { slug: review.slug }, props: { review } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ review: Review }> = async ({ props, site }) => {
  const { review } = props;
  const catalog = await getCatalog();
  const pageUrl = site ? new URL(paths.review(review.slug), site).href : undefined;
  const body = await reviewDocx(review, { models: catalog.models, publisher: PUBLISHER, asOf: latestUpdate(catalog.models), pageUrl });
  return new Response(body, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
