import { getRssString } from '@astrojs/rss';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { xmlText } from '../../../tests/xml';
import { buildCatalog } from '../catalog/catalog';
import { feedItems } from './feed';

const hostile = '</script><script>alert(1)</script> & <b>đậm</b>';

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

  it('files a model under its unit, commune and fields', () => {
    expect(items[1]?.categories).toEqual(['CĐCS Trường mầm non Hoa Hồng', 'xã Đăk Ngọk', 'An sinh']);
  });

  it('escapes what an editor writes: the feed stays well-formed and the text comes back unchanged', async () => {
    const xml = await getRssString({
      title: 'Dân vận khéo',
      description: 'Mô tả',
      site: 'https://dvk.example',
      items: feedItems(buildCatalog(content([entry('x', model({ title: hostile, summary: hostile }))]))),
    });
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    const item = parse(xml, { voidTag: { tags: [] } }).querySelector('item');
    expect(xmlText(item?.querySelector('title'))).toBe(hostile);
    expect(xmlText(item?.querySelector('description'))).toBe(hostile);
  });
});
