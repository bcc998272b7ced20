import { getRssString } from '@astrojs/rss';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { xmlText } from '../../../tests/xml';
import { buildCatalog } from '../catalog/catalog';
import { FEED_SIZE, feedItems, feedText, groupFeedItems, groupFeedPaths } from './feed';

const hostile = '</script><script>alert(1)</script> & <b>đậm</b> &amp; &#60;i&#62;';

describe('feedItems', () => {
  const catalog = buildCatalog(
    content([
      entry('cu', model({ title: 'Mô hình cũ', publishedAt: new Date('2020-01-01'), unit: 'mn-hoa-hong', commune: 'dak-ngok' })),
      entry('moi', model({ title: 'Mô hình mới', publishedAt: new Date('2026-01-01') })),
    ]),
  );
  const items = feedItems(catalog);

  it('lists models and reports, newest first', () => {
    expect(items.map((i) => i.link)).toEqual(['/mo-hinh/moi/', '/mo-hinh/cu/', '/bao-cao/tk-2019/']);
  });

  it('holds the newest FEED_SIZE items only, however large the catalogue', () => {
    const many = buildCatalog(content(Array.from({ length: FEED_SIZE + 20 }, (_, i) => entry(`m-${i}`, model({ title: `Mô hình ${i}`, publishedAt: new Date(Date.UTC(2020, 0, 1 + i)) })))));
    const items = feedItems(many);
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]?.link).toBe(`/mo-hinh/m-${FEED_SIZE + 19}/`);
    expect(groupFeedItems(many.models, 3).map((i) => i.link)).toEqual([`/mo-hinh/m-${FEED_SIZE + 19}/`, `/mo-hinh/m-${FEED_SIZE + 18}/`, `/mo-hinh/m-${FEED_SIZE + 17}/`]);
  });

  it('files a model under its unit, commune and fields', () => {
    expect(items[1]?.categories).toEqual(['CĐCS Trường mầm non Hoa Hồng', 'xã Đăk Ngọk', 'An sinh']);
  });

  it('escapes what an editor writes for XML and for the HTML readers make of it: a real RSS parser hands back text, not markup', async () => {
    const xml = await getRssString({
      title: 'Dân vận khéo',
      description: 'Mô tả',
      site: 'https://dvk.example',
      items: feedItems(buildCatalog(content([entry('x', model({ title: hostile, summary: hostile }))]))),
    });
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('&lt;script');
    const item = parse(xml, { voidTag: { tags: [] } }).querySelector('item');
    expect(xmlText(item?.querySelector('title'))).toBe(feedText(hostile));
    const [read] = (await new Parser().parseString(xml)).items;
    // What a reader renders as HTML: parsed as a fragment, its text is the editor's text, with no element.
    for (const field of [read!.title!, read!.content!]) {
      const shown = parse(field);
      expect(shown.querySelectorAll('*')).toHaveLength(0);
      expect(shown.textContent).toBe(hostile);
    }
    // rss-parser's own text of the description (tags stripped, references decoded) is the summary too.
    expect(read!.contentSnippet).toBe(hostile);
  });

  it('leaves a bare "&" between words as it is', () => {
    expect(feedText('Thầy & trò <3')).toBe('Thầy & trò &lt;3');
  });
});

describe('groupFeedPaths', () => {
  const models = [
    entry('cho-que', model({ title: 'Chợ quê', unit: 'mn-hoa-hong', commune: 'dak-ngok' })),
    entry('ga-vit', model({ title: 'Gà vịt', commune: 'ha-mon' })),
  ];
  const feeds = (edited: typeof models) =>
    new Map(groupFeedPaths(buildCatalog(content(edited)).byCommune, (c) => ({ id: c.id, name: c.label, description: `Mô hình ở ${c.label}` })).map((p) => [p.params.id, p]));
  const before = feeds(models);

  it('gives each group its feed, titled by its name', () => {
    expect(before.get('ha-mon')?.props.feed.title).toMatch(/mô hình mới: xã Hà Mòn$/);
    expect(before.get('ha-mon')?.props.feed.items.map((i) => i.link)).toEqual(['/mo-hinh/ga-vit/']);
  });

  it("keys each feed by what it shows: an edited model's summary changes its groups' keys only, its body none", () => {
    const summary = feeds(models.map((m) => (m.id === 'ga-vit' ? { ...m, data: { ...m.data, summary: 'Tóm tắt mới.' } } : m)));
    expect(summary.get('ha-mon')?.cacheKey).not.toBe(before.get('ha-mon')?.cacheKey);
    expect(summary.get('dak-ngok')?.cacheKey).toBe(before.get('dak-ngok')?.cacheKey);
    const body = feeds(models.map((m) => (m.id === 'ga-vit' ? { ...m, body: 'Thân bài mới.' } : m)));
    expect([...body.values()].map((p) => p.cacheKey)).toEqual([...before.values()].map((p) => p.cacheKey));
  });
});
