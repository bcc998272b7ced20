import { z } from 'astro/zod';
import { aliases, alsoWhenOtherFieldsFail, entryId, strictObject, text } from './common';

/** What kind of organisation runs a model. */
export const unitKinds = ['school', 'commune', 'agency', 'enterprise'] as const;
/** School levels, in the order a reader expects: kindergarten first. */
export const schoolLevels = ['mam-non', 'tieu-hoc', 'thcs', 'thpt', 'lien-cap'] as const;

/** One organisation (usually a CĐCS); entries live in content/units.yaml, keyed by id. */
export const unitSchema = strictObject('một đơn vị', {
  /** Full name as the source writes it: "CĐCS Trường THCS Chu Văn An". */
  name: text('tên đơn vị'),
  /** Short name for lists and cards: "THCS Chu Văn An". */
  shortName: text('tên ngắn của đơn vị'),
  /** school, commune, agency or enterprise. */
  kind: z.enum(unitKinds, { error: 'kind của đơn vị phải là một trong: school, commune, agency, enterprise' }),
  /** For a school only: mam-non, tieu-hoc, thcs, thpt or lien-cap. */
  schoolLevel: z.enum(schoolLevels, { error: 'schoolLevel phải là một trong: mam-non, tieu-hoc, thcs, thpt, lien-cap' }).optional(),
  /** Id in communes where the unit sits; absent when the source does not say. */
  commune: entryId('xã').optional(),
  /** Other names readers type: "Trường mầm non Hoa Hồng", "MN Hoa Hồng". Default: none. */
  aliases,
}).superRefine((unit, ctx) => {
  if (unit.kind === 'school' && unit.schoolLevel === undefined) {
    ctx.addIssue({ code: 'custom', path: ['schoolLevel'], message: 'một trường học cần schoolLevel (mam-non, tieu-hoc, thcs, thpt hoặc lien-cap)' });
  }
  if (unit.kind !== 'school' && unitKinds.includes(unit.kind) && unit.schoolLevel !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['schoolLevel'], message: 'chỉ trường học (kind: school) mới có schoolLevel' });
  }
}, alsoWhenOtherFieldsFail);

export type Unit = z.output<typeof unitSchema>;
export type UnitKind = (typeof unitKinds)[number];
export type SchoolLevel = (typeof schoolLevels)[number];
