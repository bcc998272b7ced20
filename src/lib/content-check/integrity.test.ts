import { describe, expect, it } from 'vitest';
import { content, entry, model } from '../../../tests/fixtures';
import { checkIntegrity, formatProblems } from './integrity';

describe('checkIntegrity', () => {
  it('accepts consistent content', () => {
    const raw = content([entry('a', model({ unit: 'mn-hoa-hong', commune: 'ha-mon', source: 'tk-2019' })), entry('b', model({ replicatedFrom: 'a' }))]);
    expect(checkIntegrity(raw)).toEqual([]);
  });

  it('reports every unknown reference, naming file and field, with a suggestion', () => {
    const raw = content([
      { id: 'x', filePath: 'content/models/x.mdx', data: model({ unit: 'mn-hoa-hongg', commune: 'ha-monn', fields: ['an-sinh', 'moi-truongg'], source: 'nope-nothing-like-it' }) },
    ]);
    const problems = checkIntegrity(raw);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/models/x.mdx', 'unit'],
      ['content/models/x.mdx', 'commune'],
      ['content/models/x.mdx', 'fields[1]'],
      ['content/models/x.mdx', 'source'],
    ]);
    expect(problems[0]!.message).toContain('Có phải ý bạn là "mn-hoa-hong"');
    expect(problems[1]!.message).toContain('"ha-mon" (Hà Mòn)');
    expect(problems[3]!.message).not.toContain('Có phải');
    expect(formatProblems(problems).split('\n')[0]).toMatch(/^content\/models\/x\.mdx unit: không có đơn vị với mã "mn-hoa-hongg"/);
  });

  it('refuses a model copied from itself or from a model that does not exist', () => {
    const problems = checkIntegrity(content([entry('a', model({ replicatedFrom: 'a' })), entry('b', model({ replicatedFrom: 'ghost' }))]));
    expect(problems.map((p) => p.field)).toEqual(['replicatedFrom', 'replicatedFrom']);
    expect(problems[0]!.message).toContain('chính nó');
    expect(problems[1]!.message).toContain('"ghost"');
  });

  it('refuses a loop of copies', () => {
    const problems = checkIntegrity(content([entry('a', model({ replicatedFrom: 'b' })), entry('b', model({ replicatedFrom: 'a' }))]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('vòng lặp nhân rộng: a → b → a');
  });

  it('checks units’ communes, reports’ publishers, duplicated fields and the reserved id', () => {
    const raw = content([entry('loai', model({ fields: ['an-sinh', 'an-sinh'] }))]);
    raw.units.push(entry('u', { name: 'U', shortName: 'U', kind: 'agency', commune: 'dak-nogk', aliases: [] }));
    raw.reports[0]!.data.publisher = 'ldlt';
    const fields = checkIntegrity(raw).map((p) => `${p.file} ${p.field}`);
    expect(fields).toEqual([
      'content/units.yaml u.commune',
      'content/reports/tk-2019.mdx publisher',
      'content/models/loai.mdx (tên tệp)',
      'content/models/loai.mdx fields[1]',
    ]);
  });

  it('refuses a commune whose page would take the address of the map of the communes', () => {
    const raw = content([]);
    raw.communes.push(entry('so-do', { name: 'Sơ Đô', kind: 'xa', code: '99999', province: 'tỉnh Quảng Ngãi', sources: [], aliases: [] }));
    const problems = checkIntegrity(raw);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/communes.yaml so-do']);
    expect(problems[0]!.message).toContain('/xa/so-do/');
    expect(checkIntegrity(content([]))).toEqual([]);
  });
});
