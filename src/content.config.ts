import { defineCollection } from 'astro:content';
import { articles } from './loaders/articles';
import { yamlFile } from './loaders/yaml-file';
import { actSchema } from './schemas/act';
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

const units = defineCollection({ loader: yamlFile('./content/units.yaml'), schema: unitSchema });
const communes = defineCollection({ loader: yamlFile('./content/communes.yaml'), schema: communeSchema });
const acts = defineCollection({ loader: yamlFile('./content/acts.yaml'), schema: actSchema });
const fields = defineCollection({ loader: yamlFile('./content/fields.yaml'), schema: fieldSchema });

export const collections = { models, reports, units, communes, acts, fields };
