import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { buildCatalog } from './catalog';
import { declaredVsDocumented, documentedShare, reportComparison } from './declared';

describe('declaredVsDocumented', () => {
  it('puts the seed’s declared totals beside the articles', () => {
    const documented = [...Array.from({ length: 6 }, () => model()), model({ kind: 'individual', person: 'Đào Thị Chiên' })];
    const rows = declaredVsDocumented({ models: 23, collective: 21, individual: 2, replicated: 3 }, documented);
    expect(rows.map(documentedShare)).toEqual([
      '7/23 mô hình đã có bài',
      '6/21 mô hình đã có bài',
      '1/2 mô hình đã có bài',
      '0/3 mô hình đã có bài',
    ]);
  });

  it('does without a declared figure the review does not give', () => {
    const [row] = declaredVsDocumented({}, [model()]);
    expect(documentedShare(row!)).toBe('1 mô hình đã có bài');
  });
});

describe('reportComparison', () => {
  it('counts only the models whose facts come from that review', () => {
    const catalog = buildCatalog(content([entry('a', model({ source: 'tk-2019' })), entry('b', model({ kind: 'individual', person: 'Đào Thị Chiên', source: 'tk-2019' })), entry('c', model())]));
    const { documented, rows } = reportComparison(catalog.reports[0]!, catalog.models);
    expect(documented.map((m) => m.id).sort()).toEqual(['a', 'b']);
    expect(rows.map(documentedShare)).toEqual(['2/23 mô hình đã có bài', '1/21 mô hình đã có bài', '1/2 mô hình đã có bài', '0/3 mô hình đã có bài']);
  });
});
