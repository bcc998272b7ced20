/** Times the phases of a build from the moments its log lines arrived. */
import type { TimedLine } from './run-measured';

export interface PhaseRule {
  name: string;
  start: RegExp;
  /** The first line after the start that matches ends the phase. */
  end: RegExp;
}

/** Astro 7's log lines, and the lines our search and card integrations (src/integrations/) write. */
export const buildPhaseRules: PhaseRule[] = [
  // npm run build's own steps (scripts/build.ts).
  { name: 'content check', start: /^Bước 1\/2/, end: /^Bước 2\/2/ },
  { name: 'content sync', start: /\[content\] Syncing content/, end: /\[content\] Synced content/ },
  { name: 'page rendering', start: /generating static routes/, end: /✓ Completed in/ },
  { name: 'images', start: /generating optimized images/, end: /✓ Completed in/ },
  { name: 'search index', start: /Đang lập chỉ mục tìm kiếm/, end: /Chỉ mục tìm kiếm( trống)?:/ },
  // The card drawing (src/integrations/card-drawing.ts), a process of its own beside the phases above.
  { name: 'social cards', start: /Đang vẽ ảnh thẻ chia sẻ/, end: /Đã vẽ xong .* ảnh thẻ chia sẻ/ },
];

export type PhaseTimes = Record<string, number | undefined>;

export function phaseTimes(lines: readonly TimedLine[], rules: readonly PhaseRule[] = buildPhaseRules): PhaseTimes {
  const times: PhaseTimes = {};
  for (const rule of rules) {
    const startIndex = lines.findIndex((line) => rule.start.test(line.text));
    if (startIndex === -1) continue;
    const end = lines.slice(startIndex + 1).find((line) => rule.end.test(line.text));
    if (end) times[rule.name] = end.at - lines[startIndex]!.at;
  }
  return times;
}
