import { describe, expect, it, vi } from 'vitest';
import { onBuildWarning } from './build-warnings';

describe('onBuildWarning', () => {
  it('drops only the known MDX directive warning', () => {
    const warn = vi.fn();
    onBuildWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'Module level directives cause errors when bundled, "use astro:head-inject" in "content/models/a.mdx" was ignored.' }, warn);
    expect(warn).not.toHaveBeenCalled();
    const other = { code: 'MODULE_LEVEL_DIRECTIVE', message: '"use client" in "src/x.ts" was ignored.' };
    onBuildWarning(other, warn);
    const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'use astro:head-inject' };
    onBuildWarning(circular, warn);
    expect(warn.mock.calls).toEqual([[other], [circular]]);
  });
});
