import { describe, expect, it } from 'vitest';
import { processRole } from './run-measured';

describe('processRole', () => {
  it('tells the processes of a build apart by their command lines', () => {
    expect(processRole('/site/node_modules/.bin/node /site/node_modules/astro/bin/astro.mjs build --outDir /site/.dist-staging')).toBe('astro');
    expect(processRole('node /floor/node_modules/.bin/astro build')).toBe('astro');
    expect(processRole('/work/node_modules/node/bin/node --import tsx /site/src/integrations/draw-cards.ts {"specsFile":"x"}')).toBe('social cards');
    expect(processRole('/work/node_modules/@pagefind/linux-x64/bin/pagefind_extended --site /site/.dist-staging')).toBe('search index');
    expect(processRole('node --import tsx scripts/build.ts')).toBe('npm, check and the rest');
    expect(processRole('npm run build')).toBe('npm, check and the rest');
  });
});
