import { z } from 'astro/zod';
import { aliases, alsoWhenOtherFieldsFail, date, entryId, strictObject, text } from './common';

/** Kinds of commune-level unit: a township (thị trấn), a rural commune (xã) or a ward (phường). */
export const communeKinds = ['thi-tran', 'xa', 'phuong'] as const;

/** Official codes of the statistics office are five digits; YAML reads 23510 as a number, so both are taken. */
const code = z.preprocess(
  (input) => (typeof input === 'number' && Number.isInteger(input) && input >= 0 ? String(input).padStart(5, '0') : input),
  z.string({ error: 'mã đơn vị hành chính (code) cần 5 chữ số, ví dụ "23510"' }).regex(/^\d{5}$/, { error: 'mã đơn vị hành chính (code) cần đúng 5 chữ số, ví dụ "23510"' }),
);

/**
 * One commune-level unit for the period it existed; entries live in content/communes.yaml, keyed
 * by id. A unit that was merged keeps its entry (sources name it) and points to what it became.
 */
export const communeSchema = strictObject('một xã/thị trấn', {
  /** Official name with diacritics, without the kind word: "Đăk Ngọk". */
  name: text('tên xã'),
  /** thi-tran, xa or phuong; shown as "thị trấn" / "xã" / "phường" before the name. */
  kind: z.enum(communeKinds, { error: 'kind của xã phải là "thi-tran", "xa" hoặc "phuong"' }),
  /** Official code in the statistics office's list while the unit existed; codes were reused, so it means nothing without the period. */
  code: code.optional(),
  /** Province it belonged to while it existed, with its kind word: "tỉnh Kon Tum". */
  province: text('tên tỉnh (province)'),
  /** District it belonged to, with its kind word: "huyện Đăk Hà"; absent for units after 2025, when districts no longer exist. */
  district: text('tên huyện (district)').optional(),
  /** First day the unit existed (YYYY-MM-DD); absent when no source gives it. */
  validFrom: date('ngày bắt đầu (validFrom)').optional(),
  /** Last day the unit existed (YYYY-MM-DD); absent while it still exists. */
  validTo: date('ngày cuối cùng (validTo)').optional(),
  /** Id of the unit it became part of on the day after validTo. */
  successor: entryId('xã').optional(),
  /** Id in acts of the act that formed the unit. */
  formedBy: entryId('văn bản').optional(),
  /** Id in acts of the act that ended it. */
  endedBy: entryId('văn bản').optional(),
  /** Ids in acts of other acts that set its code or its province. Default: none. */
  sources: z.array(entryId('văn bản')).default([]),
  /** Other spellings readers use: "Đắk Ngọk", "Dak Ngok", "Đăk Ngọc". Default: none. */
  aliases,
}).superRefine((commune, ctx) => {
  const from = commune.validFrom instanceof Date ? commune.validFrom : undefined;
  const to = commune.validTo instanceof Date ? commune.validTo : undefined;
  if (from && to && to < from) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'ngày cuối cùng (validTo) phải sau ngày bắt đầu (validFrom)' });
  if (commune.successor !== undefined && to === undefined) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'một xã đã sáp nhập (có successor) cần ngày cuối cùng (validTo)' });
  }
}, alsoWhenOtherFieldsFail);

export type Commune = z.output<typeof communeSchema>;
export type CommuneKind = (typeof communeKinds)[number];
