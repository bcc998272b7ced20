import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articles } from './loaders/articles';
import { communeSchema } from './schemas/commune';
import { fieldSchema } from './schemas/field';
import { modelSchema } from './schemas/model';
import { reportSchema } from './schemas/report';
import { unitSchema } from './schemas/unit';

const models = defineCollection({
  loader: articles({ pattern: '*.mdx', base: './content/models' }),
  schema: ({ image }) => modelSchema(image),
});

const reports = defineCollection({
  loader: articles({ pattern: '*.mdx', base: './content/reports' }),
  schema: reportSchema,
});

const units = defineCollection({ loader: file('./content/units.yaml'), schema: unitSchema });
const communes = defineCollection({ loader: file('./content/communes.yaml'), schema: communeSchema });
const fields = defineCollection({ loader: file('./content/fields.yaml'), schema: fieldSchema });

export const collections = { models, reports, units, communes, fields };
