/**
 * What each page's social card (the picture Zalo and Facebook show beside a shared link) says:
 * a kicker, the title, where the model is, and one headline figure that the source gives.
 * No figure is shown when the source gives none; unknown is never drawn as zero.
 */
import type { Model } from '../../schemas/model';
import type { Catalog, Group } from '../catalog/catalog';
import { applyFilter, filterLabels } from '../catalog/filters';
import { quantity } from '../catalog/figures';
import { capitalised, formatCoverage, formatDate, formatNumber, formatQuantity, formatVndCompact, withAtLeast } from '../text/format';
import { communeTitle, listTitles, yearTitle } from '../publishing/page-titles';
import { modelFilters, paths } from '../site/paths';
import { SITE_NAME, SITE_TAGLINE } from '../site/identity';
import type { Amount, Totals } from '../catalog/totals';

export interface CardFigure {
  /** "190 triệu đồng", "821 lượt". */
  value: string;
  /** What the figure counts: "kinh phí vận động". */
  label: string;
}

export interface CardSpec {
  /** Path of the page the card belongs to. */
  page: string;
  /** A short line above the title: "Mô hình Dân vận khéo", "Báo cáo tổng kết". */
  kicker: string;
  title: string;
  /** Unit, commune, author…: only what the content says. */
  details: string[];
  figure?: CardFigure;
}

function money(amount: Amount): string {
  return withAtLeast(formatVndCompact(amount.value), amount.atLeast);
}

/** The one figure a model's card shows: money mobilised, else benefit, else people, else a result. */
export function modelFigure(model: Pick<Model, 'funding' | 'benefit' | 'beneficiaries' | 'outcomes'>): CardFigure | undefined {
  if (model.funding) return { value: money({ value: model.funding.total, atLeast: model.funding.atLeast }), label: 'kinh phí vận động' };
  if (model.benefit) return { value: money({ value: model.benefit.amount, atLeast: model.benefit.atLeast }), label: 'làm lợi cho Nhân dân' };
  const [beneficiary] = model.beneficiaries;
  if (beneficiary) return { value: quantity({ value: beneficiary.count, atLeast: beneficiary.atLeast }, beneficiary.unit), label: beneficiary.group };
  const [outcome] = model.outcomes;
  if (outcome) return { value: withAtLeast(formatQuantity(outcome.value, outcome.unit), outcome.atLeast), label: outcome.label };
  return undefined;
}

/** The money a group mobilised with the share of models it covers, else how many models it has. */
export function totalsFigure(totals: Totals): CardFigure | undefined {
  const { funding, counts } = totals;
  if (counts.total === 0) return undefined;
  if (funding.total) return { value: money(funding.total), label: `kinh phí vận động, của ${formatCoverage(funding.coverage.known, funding.coverage.of)}` };
  return { value: `${formatNumber(counts.total)} mô hình`, label: 'đã có bài giới thiệu' };
}

/** The kicker of the pages that list models by commune, unit, field, year or kind. */
const INDEX_KICKER = 'Mục lục';

function countFigure(count: number, label: string): CardFigure {
  return { value: `${formatNumber(count)} mô hình`, label };
}

const NO_MODELS = 'Chưa có mô hình nào được ghi nhận';

function groupCard(page: string, kicker: string, title: string, group: Group<unknown>, details: string[] = []): CardSpec {
  return { page, kicker, title, details: group.models.length === 0 ? [...details, NO_MODELS] : details, figure: totalsFigure(group.totals) };
}


/** One card per page of the site, in no particular order. */
export function cardSpecs(catalog: Catalog): CardSpec[] {
  const { models, reports, totals, byCommune, byUnit, byField, byYear } = catalog;
  const units = byUnit.flatMap((section) => section.units);
  const modelCards = models.map((model): CardSpec => ({
    page: model.url,
    kicker: model.data.kind === 'individual' ? 'Mô hình Dân vận khéo · cá nhân' : 'Mô hình Dân vận khéo',
    title: model.data.title,
    details: [model.data.person, model.unit?.data.name, model.commune && capitalised(model.commune.label)].filter((d): d is string => Boolean(d)),
    figure: modelFigure(model.data),
  }));
  const reportCards = reports.map((report): CardSpec => ({
    page: report.url,
    kicker: report.data.kind === 'tong-ket' ? 'Báo cáo tổng kết' : 'Báo cáo sơ kết',
    title: report.data.title,
    details: [report.publisher?.data.name, `Ngày ${formatDate(report.data.publishedAt)}`].filter((d): d is string => Boolean(d)),
    figure: report.data.declared.models === undefined ? undefined : countFigure(report.data.declared.models, 'theo số liệu báo cáo công bố'),
  }));
  const filterCards = modelFilters.map((filter): CardSpec => {
    const kept = applyFilter(models, filter);
    return { page: paths.modelsByKind(filter), kicker: INDEX_KICKER, title: filterLabels[filter], details: kept.length === 0 ? [NO_MODELS] : [], figure: kept.length === 0 ? undefined : countFigure(kept.length, 'đã có bài giới thiệu') };
  });
  return [
    { page: paths.home, kicker: SITE_NAME, title: SITE_TAGLINE, details: [], figure: totalsFigure(totals) },
    { page: paths.models, kicker: INDEX_KICKER, title: listTitles.models, details: [], figure: countFigure(models.length, 'đã có bài giới thiệu') },
    ...filterCards,
    ...modelCards,
    { page: paths.communes, kicker: INDEX_KICKER, title: listTitles.communes, details: [], figure: totalsFigure(totals) },
    ...byCommune.map((g) => groupCard(g.key.url, 'Xã, thị trấn', communeTitle(g.key), g)),
    { page: paths.units, kicker: INDEX_KICKER, title: listTitles.units, details: [], figure: totalsFigure(totals) },
    ...units.map((g) => groupCard(g.key.url, 'Đơn vị', g.key.data.name, g, g.key.commune ? [capitalised(g.key.commune.label)] : [])),
    { page: paths.fields, kicker: INDEX_KICKER, title: listTitles.fields, details: [], figure: totalsFigure(totals) },
    ...byField.map((g) => groupCard(g.key.url, 'Lĩnh vực', g.key.data.name, g)),
    { page: paths.years, kicker: INDEX_KICKER, title: listTitles.years, details: [], figure: totalsFigure(totals) },
    ...byYear.map((g) => groupCard(g.url, 'Năm bắt đầu', yearTitle(g.key), g)),
    { page: paths.reports, kicker: INDEX_KICKER, title: listTitles.reports, details: [], figure: reports.length === 0 ? undefined : { value: `${formatNumber(reports.length)} báo cáo`, label: 'sơ kết, tổng kết' } },
    ...reportCards,
    { page: paths.about, kicker: SITE_NAME, title: listTitles.about, details: [SITE_TAGLINE] },
  ];
}

const cardsByCatalog = new WeakMap<Catalog, Map<string, CardSpec>>();

/** The card of a page; a page without its own (search, 404) shares the home page's. */
export function cardFor(catalog: Catalog, page: string): CardSpec {
  let byPage = cardsByCatalog.get(catalog);
  if (!byPage) {
    byPage = new Map(cardSpecs(catalog).map((spec) => [spec.page, spec]));
    cardsByCatalog.set(catalog, byPage);
  }
  return byPage.get(page) ?? byPage.get(paths.home)!;
}

/** What the card shows, in words, for og:image:alt and twitter:image:alt. */
export function cardAlt(spec: CardSpec): string {
  const figure = spec.figure ? `${spec.figure.value} ${spec.figure.label}` : undefined;
  return [`${spec.kicker}: ${spec.title}`, ...spec.details, figure].filter(Boolean).join('. ');
}
