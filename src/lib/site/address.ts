/** The public address of the site: SITE_URL when the build is given one (astro.config.mjs, npm run build). */
export function siteAddress(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_URL || 'http://localhost:4321';
}
