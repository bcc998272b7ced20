/**
 * Astro's MDX pipeline marks every .mdx module with a "use astro:head-inject" directive, and
 * Rolldown warns once per file that it may not keep it: thousands of identical lines on a
 * large site that bury real warnings. That one known warning is dropped; every other passes.
 */
interface BuildWarning {
  code?: string;
  message: string;
}

export function isHeadInjectDirectiveWarning(warning: BuildWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/** A Rolldown onwarn handler that drops the known warning and hands on the rest. */
export function onBuildWarning(warning: BuildWarning, warn: (warning: BuildWarning) => void): void {
  if (!isHeadInjectDirectiveWarning(warning)) warn(warning);
}
