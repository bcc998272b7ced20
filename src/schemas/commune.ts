import { z } from 'astro/zod';
import { aliases, strictObject, text } from './common';

/** Kinds of commune-level place: a township (thị trấn) or a rural commune (xã). */
export const communeKinds = ['thi-tran', 'xa'] as const;

/** One commune-level place of the district; entries live in content/communes.yaml, keyed by id. */
export const communeSchema = strictObject('một xã/thị trấn', {
  /** Official name with diacritics, without the kind word: "Đăk Ngọk". */
  name: text('tên xã'),
  /** thi-tran or xa; shown as "thị trấn" / "xã" before the name. */
  kind: z.enum(communeKinds, { error: 'kind của xã phải là "thi-tran" hoặc "xa"' }),
  /** Other spellings readers use: "Đắk Ngọk", "Dak Ngok", "Đăk Ngọc". Default: none. */
  aliases,
});

export type Commune = z.output<typeof communeSchema>;
export type CommuneKind = (typeof communeKinds)[number];
