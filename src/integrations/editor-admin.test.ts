import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import editorAdmin from './editor-admin';

const dirs: string[] = [];
const saved = { ...process.env };

async function buildDone(env: Record<string, string>): Promise<string> {
  const dist = mkdtempSync(join(tmpdir(), 'dvk-admin-'));
  dirs.push(dist);
  Object.assign(process.env, env);
  const hook = editorAdmin().hooks['astro:build:done'] as unknown as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dist}/`), logger: { info() {} } });
  return dist;
}

afterEach(() => {
  process.env = { ...saved };
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the admin page of a deployed site', () => {
  it('is not published without EDITOR_BACKEND', async () => {
    delete process.env.EDITOR_BACKEND;
    expect(readdirSync(await buildDone({}))).toEqual([]);
  });

  it('is published with the git host named, never the local backend, with Decap from the same host', async () => {
    const dist = await buildDone({ EDITOR_BACKEND: 'github:ldld-dak-ha/dan-van-kheo#main', EDITOR_AUTH_URL: 'https://auth.example.vn' });
    const setup = JSON.parse(readFileSync(join(dist, 'admin/config.json'), 'utf8'));
    expect(setup.config.backend).toEqual({ name: 'github', repo: 'ldld-dak-ha/dan-van-kheo', branch: 'main', base_url: 'https://auth.example.vn' });
    const text = readFileSync(join(dist, 'admin/config.json'), 'utf8');
    expect(text).not.toMatch(/proxy|local_backend|127\.0\.0\.1/);
    const page = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect([...page.matchAll(/src="([^"]+)"/g)].map((m) => m[1])).toEqual(['decap/decap-cms.js', 'editor.js']);
    expect(existsSync(join(dist, 'admin/decap/decap-cms.js'))).toBe(true);
    const decap = readdirSync(join(dist, 'admin/decap'));
    expect(decap.filter((name) => name.endsWith('.map') || /(^|\.)cms\.js$/.test(name.replace('decap-cms.js', '')))).toEqual([]);
    expect(readFileSync(join(dist, 'admin/editor.js'), 'utf8')).toContain('dvk-number');
  });
});
