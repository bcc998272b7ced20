import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedCardFile, cardKey, sweepPartialCards } from './cache';

const dir = mkdtempSync(join(tmpdir(), 'dvk-card-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedCardFile', () => {
  it('draws a card once and reuses its file while its inputs stay the same', async () => {
    const draw = vi.fn(() => Buffer.from('png-1'));
    const key = cardKey(['{"title":"Chợ quê"}', 'dvk.example', Buffer.from('font')]);
    const file = await cachedCardFile(key, draw, dir);
    expect(readFileSync(file, 'utf8')).toBe('png-1');
    expect(await cachedCardFile(key, draw, dir)).toBe(file);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(readdirSync(dir)).toEqual([`${key}.png`]);
  });

  it('draws again when any input changes', () => {
    const base = cardKey(['{"title":"Chợ quê"}', 'dvk.example', Buffer.from('font')]);
    expect(cardKey(['{"title":"Chợ quê 2"}', 'dvk.example', Buffer.from('font')])).not.toBe(base);
    expect(cardKey(['{"title":"Chợ quê"}', 'other.example', Buffer.from('font')])).not.toBe(base);
    expect(cardKey(['{"title":"Chợ quê"}', 'dvk.example', Buffer.from('font2')])).not.toBe(base);
  });
});

describe('sweepPartialCards', () => {
  it('removes the half-written cards of a drawing that is gone, and keeps those of a drawing at work', () => {
    const sweep = mkdtempSync(join(tmpdir(), 'dvk-card-sweep-'));
    writeFileSync(join(sweep, 'a.png'), 'png');
    writeFileSync(join(sweep, 'b.png.999999999.tmp'), 'half');
    writeFileSync(join(sweep, `c.png.${process.pid}.tmp`), 'being written');
    const running = (pid: number) => pid === process.pid;
    expect(sweepPartialCards(running, sweep)).toBe(1);
    expect(readdirSync(sweep).sort()).toEqual(['a.png', `c.png.${process.pid}.tmp`]);
    rmSync(sweep, { recursive: true, force: true });
  });
});
