import { z } from 'astro/zod';
import { date, strictObject, text } from './common';

/** One legal act (văn bản) that decided a place, its code or its province; entries live in content/acts.yaml, keyed by id. */
export const actSchema = strictObject('một văn bản', {
  /** Kind and number as the act is cited: "Nghị quyết 1677/NQ-UBTVQH15". */
  name: text('tên và số văn bản'),
  /** What it decided, in a few words: "sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Ngãi". */
  about: text('nội dung văn bản (about)'),
  /** Day it was issued (YYYY-MM-DD). */
  issuedOn: date('ngày ban hành (issuedOn)'),
  /** Day what it decided took effect, where the act says (YYYY-MM-DD). */
  effectiveFrom: date('ngày có hiệu lực (effectiveFrom)').optional(),
  /** The provisions that concern this site's places, where known: "Điều 1, khoản 52–56". */
  provisions: text('điều, khoản liên quan (provisions)').optional(),
});

export type Act = z.output<typeof actSchema>;
