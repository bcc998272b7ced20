import { describe, expect, it } from 'vitest';
import { articleNode, authorNode, breadcrumbNode, graph, organizationNode, serializeJsonLd } from './structured-data';

const site = new URL('https://dvk.example/');
const page = new URL('https://dvk.example/mo-hinh/cho-que/');

describe('serializeJsonLd', () => {
  it('cannot close the script element nor open another', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script> & <!--' });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & <!--' });
  });

  it('escapes the line separators old JavaScript parsers choke on', () => {
    expect(serializeJsonLd('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
  });
});

describe('JSON-LD nodes', () => {
  it('tells a board or union from a person', () => {
    expect(authorNode('Ban biên tập Dân vận khéo')).toEqual({ '@type': 'Organization', name: 'Ban biên tập Dân vận khéo' });
    expect(authorNode('Lê Thị Hải', 'Phó Chủ tịch LĐLĐ huyện Đăk Hà')).toEqual({ '@type': 'Person', name: 'Lê Thị Hải', jobTitle: 'Phó Chủ tịch LĐLĐ huyện Đăk Hà' });
    expect(authorNode('Bành Văn Tú')['@type']).toBe('Person');
  });

  it('numbers the breadcrumb trail from 1 and ends on the page itself', () => {
    const node = breadcrumbNode([{ label: 'Trang chủ', href: '/' }, { label: 'Mô hình', href: '/mo-hinh/' }, { label: 'Chợ quê' }], page);
    expect(node.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://dvk.example/' },
      { '@type': 'ListItem', position: 2, name: 'Mô hình', item: 'https://dvk.example/mo-hinh/' },
      { '@type': 'ListItem', position: 3, name: 'Chợ quê', item: page.href },
    ]);
  });

  it('gives an article its dates, author, image and the publisher', () => {
    const node = articleNode(
      { headline: 'Chợ quê', description: 'Tóm tắt.', datePublished: new Date('2026-11-28'), author: 'Ban biên tập' },
      page,
      new URL('https://dvk.example/anh-the/mo-hinh/cho-que.png'),
      site,
    );
    expect(node).toMatchObject({
      '@type': 'Article',
      headline: 'Chợ quê',
      datePublished: '2026-11-28',
      dateModified: '2026-11-28',
      author: { '@type': 'Organization', name: 'Ban biên tập' },
      publisher: { '@id': organizationNode(site)['@id'] },
      image: 'https://dvk.example/anh-the/mo-hinh/cho-que.png',
      mainEntityOfPage: page.href,
    });
    expect(graph([node])['@context']).toBe('https://schema.org');
  });
});
