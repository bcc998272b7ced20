/**
 * Puts a freshly built folder where the published one stands, by renames only, so that no
 * reader or server ever sees a half-copied site. Linux has no portable atomic exchange of two
 * directories, so there is a moment between two renames where the target is absent; a build
 * interrupted right there is repaired by `restoreInterrupted` on the next run.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function previousPrefix(target: string): string {
  return `.${basename(target)}-previous-`;
}

/** Replaces `target` with `staging` (same file system); the old target is removed once the new one is in place. */
export function swapInto(staging: string, target: string): void {
  const previous = join(dirname(target), `${previousPrefix(target)}${Date.now()}-${process.pid}`);
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  if (hadTarget) rmSync(previous, { recursive: true, force: true });
}

/**
 * After a crash between the two renames the target is missing and the previous site waits
 * beside it: put it back. Leftover copies next to an intact target are deleted.
 */
export function restoreInterrupted(target: string): void {
  const folder = dirname(target);
  if (!existsSync(folder)) return;
  const leftovers = readdirSync(folder).filter((name) => name.startsWith(previousPrefix(target))).sort();
  if (!existsSync(target) && leftovers.length > 0) renameSync(join(folder, leftovers.pop()!), target);
  for (const name of leftovers) rmSync(join(folder, name), { recursive: true, force: true });
}
