/** Builds the site once into dist/ so the site tests read real HTML. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
