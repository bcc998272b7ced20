/** Builds one copy of the project, once: the last good site the failing builds must not touch. */
import type { TestProject } from 'vitest/node';
import { copyProject } from '../../scripts/lib/project-copy';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A copy of the project with a good dist/, to be copied again, never changed. */
    builtProject: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const base = copyProject();
  const { code, output } = await base.npm('build');
  if (code !== 0) throw new Error(`Không dựng được bản sao dự án:\n${output}`);
  project.provide('builtProject', base.root);
  return () => base.remove();
}
