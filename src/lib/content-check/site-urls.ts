/** The pages the site builds from the content, to tell a working internal link from a broken one. */
import type { IntegrityInput, RawContent } from './integrity';
import { isLaterPage, modelFilters, paths } from '../site/paths';

/**
 * Every page URL the build makes from this content. `references` holds every entry (even one
 * that failed its schema, so a link to it is not reported twice); `raw` the valid ones, which
 * tell drafts and start years.
 */
export function siteUrls(references: IntegrityInput, raw: RawContent): Set<string> {
  const drafts = new Set([...raw.models, ...raw.reports].filter((e) => e.data.draft).map((e) => e.filePath ?? e.id));
  const published = (e: { id: string; filePath?: string }) => !drafts.has(e.filePath ?? e.id);
  const publishedModels = raw.models.filter((m) => !m.data.draft);
  const urls = [
    ...Object.values(paths as Record<string, unknown>).filter((p): p is string => typeof p === 'string'),
    ...modelFilters.map(paths.modelsByKind),
    ...references.models.filter(published).map((m) => paths.model(m.id)),
    ...references.reports.filter(published).map((r) => paths.report(r.id)),
    ...references.communes.map((c) => paths.commune(c.id)),
    ...references.units.map((u) => paths.unit(u.id)),
    ...references.fields.map((f) => paths.field(f.id)),
    ...publishedModels.map((m) => paths.year(m.data.yearStarted)),
  ];
  return new Set(urls);
}

/** Address families whose pages all come from the content ids: siteUrls lists every one of them. */
export const contentFamilies = [paths.models, paths.communes, paths.units, paths.fields, paths.years, paths.reports] as const;

/**
 * Whether the content check can call a page address broken when it is not in siteUrls: a
 * top-level page or one in a content family. Deeper pages of other parts of the site (built from
 * figures, say) are not known before the build, nor how many pages a paged listing has; the check of
 * the built site judges those.
 */
export function judgedByContent(path: string): boolean {
  if (!path.endsWith('/') || isLaterPage(path)) return false;
  const segments = path.split('/').filter(Boolean);
  return segments.length <= 1 || contentFamilies.some((family) => path.startsWith(family));
}
