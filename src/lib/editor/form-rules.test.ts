import { describe, expect, it } from 'vitest';
import { booleansFromChoices, booleansToChoices, coverFromArticle, entryProblems, fieldProblem, readDay, readNumber, showDay, showNumber } from './form-rules';

describe('figures and days as an editor types them', () => {
  it.each([
    ['190.000.000', 190000000],
    ['190000000', 190000000],
    [' 1 500 ', 1500],
    ['1,5', 1.5],
    ['-5', -5],
    ['', undefined],
    ['một trăm triệu', 'một trăm triệu'],
    ['190 triệu', '190 triệu'],
    ['1.5.0', '1.5.0'],
  ])('reads %j as %j', (typed, read) => {
    expect(readNumber(typed)).toEqual(read);
  });

  it('shows figures the Vietnamese way, years without dots', () => {
    expect(showNumber(190000000, 'funding.total')).toBe('190.000.000');
    expect(showNumber(1.5, 'outcomes.value')).toBe('1,5');
    expect(showNumber(2015, 'yearStarted')).toBe('2015');
    expect(showNumber(undefined, 'funding.total')).toBe('');
  });

  it('reads dd/mm/yyyy as the file\'s YYYY-MM-DD, and shows it back', () => {
    expect(readDay('3/12/2026')).toBe('2026-12-03');
    expect(readDay('2026-12-03')).toBe('2026-12-03');
    expect(readDay('31/02/2026')).toBe('2026-02-31');
    expect(readDay(' ')).toBeUndefined();
    expect(showDay('2019-08-30')).toBe('30/08/2019');
  });
});

describe('a value judged by the schema at its path, in the check\'s words', () => {
  it('refuses money in words, a negative count, a day that does not exist, a missing title', () => {
    expect(fieldProblem('models', 'funding.total', 'một trăm triệu', true)).toBe('cần tổng kinh phí (đồng) là một số nguyên không âm, nhưng nhận được chữ "một trăm triệu"');
    expect(fieldProblem('models', 'beneficiaries.count', -5, true)).toBe('số người hưởng lợi (count) không được âm');
    expect(fieldProblem('models', 'publishedAt', '2026-02-31', true)).toBe('cần ngày đăng (publishedAt) dạng NNNN-TT-NN (ví dụ 2019-08-30), nhưng nhận được chữ "2026-02-31"');
    expect(fieldProblem('models', 'title', '', true)).toBe('thiếu tiêu đề (title)');
    expect(fieldProblem('models', 'funding.total', 1.5, true)).toMatch(/phải là số nguyên/);
  });

  it('lets an optional field stay empty ("chưa rõ"), and passes good values', () => {
    expect(fieldProblem('models', 'yearStarted', undefined, false)).toBeUndefined();
    expect(fieldProblem('models', 'village', '', false)).toBeUndefined();
    expect(fieldProblem('models', 'funding.total', 190000000, true)).toBeUndefined();
    expect(fieldProblem('units', 'id', 'Trường A', true)).toMatch(/chỉ gồm chữ thường không dấu/);
    // One line of a list of words is judged as one word.
    expect(fieldProblem('units', 'aliases', 'MN Sao Mai', true)).toBeUndefined();
    expect(fieldProblem('units', 'aliases', '', true)).toBe('thiếu một cách viết khác');
  });

  it('judges a whole entry with the rules across fields', () => {
    const model = { title: 'A', summary: 'B', publishedAt: '2026-12-01', author: 'C', fields: ['moi-truong'], kind: 'individual' };
    expect(entryProblems('models', model)).toEqual(['person: mô hình cá nhân (kind: individual) phải ghi họ tên người thực hiện']);
    expect(entryProblems('models', { ...model, kind: 'collective', funding: { total: 10, sources: [{ from: ['nhan-dan'], amount: 20 }] } })).toEqual(['funding.sources: các nguồn cộng lại 20 đồng, lớn hơn tổng kinh phí 10 đồng']);
  });
});

describe('what Decap holds, as the file writes it', () => {
  it('writes an uploaded cover from the article\'s folder', () => {
    expect(coverFromArticle({ cover: { src: 'anh/a.jpg', alt: 'x' } })).toEqual({ cover: { src: './anh/a.jpg', alt: 'x' } });
    expect(coverFromArticle({ cover: { src: './anh/a.jpg', alt: 'x' } })).toEqual({ cover: { src: './anh/a.jpg', alt: 'x' } });
    expect(coverFromArticle({ title: 'x' })).toEqual({ title: 'x' });
  });

  it('keeps "replicated" a yes/no in the file and a choice in the form; unknown stays absent', () => {
    expect(booleansFromChoices('models', { replicated: 'false' })).toEqual({ replicated: false });
    expect(booleansFromChoices('models', { replicated: '' })).toEqual({ replicated: '' });
    expect(booleansToChoices('models', { replicated: true })).toEqual({ replicated: 'true' });
  });
});
