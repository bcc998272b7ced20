/**
 * Lighthouse (mobile: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown, its defaults)
 * on pages served on loopback, in Debian's Chromium started with a debugging port.
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchBrowser } from './browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type Scores = Record<Category, number>;

export interface LighthouseResult {
  scores: Scores;
  /** Audits that cost points, for the reader of the report. */
  misses: string[];
  version: string;
  /** Lighthouse's measure of this machine's speed (higher is faster; a mid-range desktop is ~1000+). */
  benchmarkIndex: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs Lighthouse `runs` times on each URL, one browser for all, and keeps the median of each score. */
export async function runLighthouse(urls: readonly string[], runs: number): Promise<Map<string, LighthouseResult>> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  const results = new Map<string, LighthouseResult>();
  try {
    for (const url of urls) {
      const samples: LighthouseResult[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
        if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}`);
        const { lhr } = result;
        const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
        const misses = categories.flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}/${ref.id}${lhr.audits[ref.id]?.displayValue ? ` (${lhr.audits[ref.id]!.displayValue})` : ''}`),
        );
        samples.push({ scores, misses, version: lhr.lighthouseVersion, benchmarkIndex: lhr.environment.benchmarkIndex });
      }
      const scores = Object.fromEntries(categories.map((c) => [c, median(samples.map((s) => s.scores[c]))])) as Scores;
      const middle = samples.find((s) => s.scores.performance === scores.performance) ?? samples[0]!;
      results.set(url, { ...middle, scores, benchmarkIndex: median(samples.map((s) => s.benchmarkIndex)) });
    }
  } finally {
    await browser.close();
  }
  return results;
}
