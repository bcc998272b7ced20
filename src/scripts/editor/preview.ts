/**
 * The form's preview pane: the article as its page reads (title, summary, the facts box in the
 * site's words and formats, the body), and a link to the page itself on the dev server, which
 * shows every save within a second.
 */
import type { ContentChoices } from '../../lib/editor/decap-config';
import { fundingSourceLabel, modelKindLabels } from '../../lib/catalog/labels';
import { formatQuantity, formatVnd, withAtLeast } from '../../lib/text/format';
import { showDay } from '../../lib/editor/form-rules';
import { cleanFormData } from '../../lib/editor/clean';
import { paths } from '../../lib/site/paths';
import type { DecapMap } from './decap';

interface PreviewProps {
  entry: DecapMap;
  widgetFor(name: string): unknown;
}

const h = (...args: Parameters<Window['h']>) => window.h(...args);

function nameOf(choices: ContentChoices, list: keyof ContentChoices, id: unknown): string | undefined {
  return typeof id === 'string' ? choices[list].find((c) => c.value === id)?.label ?? id : undefined;
}

const money = (figure: { amount?: unknown; total?: unknown; atLeast?: unknown } | undefined, key: 'amount' | 'total') =>
  typeof figure?.[key] === 'number' ? withAtLeast(formatVnd(figure[key] as number), figure.atLeast === true) : 'chưa rõ';

function facts(data: Record<string, any>, choices: ContentChoices): [string, string][] {
  const rows: [string, string | undefined][] = [
    ['Loại', modelKindLabels[data.kind as 'collective'] ?? undefined],
    ['Người thực hiện', data.person],
    ['Đơn vị', nameOf(choices, 'units', data.unit)],
    ['Xã', nameOf(choices, 'communes', data.commune)],
    ['Thôn', data.village],
    ['Lĩnh vực', Array.isArray(data.fields) ? data.fields.map((f: unknown) => nameOf(choices, 'fields', f)).join('; ') : undefined],
    ['Năm bắt đầu', data.yearStarted === undefined || data.yearStarted === '' ? 'chưa rõ' : String(data.yearStarted)],
    ['Kinh phí vận động', data.funding ? money(data.funding, 'total') : 'chưa rõ'],
    ...((data.funding?.sources ?? []) as any[]).map((s): [string, string] => [`— ${fundingSourceLabel(s.from ?? [])}`, money(s, 'amount')]),
    ...((data.beneficiaries ?? []) as any[]).map((b): [string, string] => [b.group ?? 'Người hưởng lợi', typeof b.count === 'number' ? withAtLeast(formatQuantity(b.count, b.unit ?? ''), b.atLeast === true) : 'chưa rõ']),
    ['Làm lợi', data.benefit ? money(data.benefit, 'amount') : undefined],
    ['Báo cáo nguồn', nameOf(choices, 'reports', data.source)],
    ['Ngày đăng', showDay(data.publishedAt)],
  ];
  return rows.filter((row): row is [string, string] => typeof row[1] === 'string' && row[1] !== '');
}

export function registerPreviews(choices: ContentChoices, siteUrl: string | undefined) {
  const template = (collection: 'models' | 'reports', pageOf: (id: string) => string) => window.createClass({
    render(this: { props: PreviewProps }) {
      const { entry, widgetFor } = this.props;
      const data = cleanFormData(entry.get('data')?.toJS() ?? {}) as Record<string, any>;
      const slug = entry.get('slug') as string | undefined;
      return h('article', { lang: 'vi', style: { fontFamily: 'system-ui, sans-serif', maxWidth: '42rem', margin: '0 auto', lineHeight: 1.6 } },
        slug && siteUrl ? h('p', null, h('a', { href: `${siteUrl}${pageOf(slug)}`, target: '_blank', rel: 'noopener' }, 'Mở trang này trên máy xem trước (sau khi lưu)')) : null,
        h('h1', null, data.title ?? ''),
        h('p', null, h('strong', null, data.summary ?? '')),
        collection === 'models' ? h('dl', { 'aria-label': 'Thông tin mô hình' }, ...facts(data, choices).flatMap(([term, value]) => [h('dt', { style: { fontWeight: 600 } }, term), h('dd', { style: { margin: '0 0 .4rem 0' } }, value)])) : null,
        widgetFor('body'));
    },
  });
  window.CMS.registerPreviewTemplate('models', template('models', paths.model));
  window.CMS.registerPreviewTemplate('reports', template('reports', paths.report));
}
