import { z } from 'astro/zod';
import { strictObject, text } from './common';

/** One field of work (lĩnh vực); entries live in content/fields.yaml, keyed by id. */
export const fieldSchema = strictObject('một lĩnh vực', {
  /** Name shown to readers: "Cải cách thủ tục hành chính". */
  name: text('tên lĩnh vực'),
  /** One sentence on what models in this field do. */
  description: text('mô tả lĩnh vực'),
});

export type Field = z.output<typeof fieldSchema>;
