import { describe, expect, it } from 'vitest';
import { fundingSourceLabel, reportPeriodLabel } from './labels';

describe('reportPeriodLabel', () => {
  it('says the length and the end year when the first year is not stated', () => {
    expect(reportPeriodLabel({ periodYears: 10, periodEnd: 2019 })).toBe('10 năm, đến năm 2019');
  });
  it('gives the span when the first year is stated', () => {
    expect(reportPeriodLabel({ periodStart: 2015, periodEnd: 2019 })).toBe('2015–2019');
    expect(reportPeriodLabel({ periodYears: 5, periodStart: 2015, periodEnd: 2019 })).toBe('5 năm, 2015–2019');
  });
});

describe('fundingSourceLabel', () => {
  it('joins combined sources with "và", the first word capitalised', () => {
    expect(fundingSourceLabel(['nhan-dan', 'doanh-nghiep'])).toBe('Nhân dân và doanh nghiệp');
    expect(fundingSourceLabel(['doan-vien'])).toBe('Đoàn viên');
  });
});
