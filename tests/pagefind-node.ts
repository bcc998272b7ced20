/**
 * Loads the built site's own dist/pagefind/pagefind.js in Node, as a browser would: Node's fetch
 * cannot read files, so a shim serves the site folder for the paths Pagefind asks for.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindOptions, type PagefindApi } from '../src/lib/search/run';

/** Serves `/pagefind/…` (or any site path) from `siteDir`; other requests go to the real fetch. */
function installFetchShim(siteDir: string): void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/^[a-z]+:/i.test(url) && !url.startsWith('file:')) return realFetch(input, init);
    const path = url.startsWith('file:') ? new URL(url).pathname : new URL(url, 'http://site.invalid').pathname;
    const file = url.startsWith('file:') ? path : normalize(join(siteDir, decodeURIComponent(path)));
    try {
      return new Response(await readFile(file));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

let loads = 0;

/**
 * The Pagefind API of the index in `siteDir/pagefind/`, ready to search: a new instance each time, with
 * nothing loaded yet, as on a reader's first visit (a module is loaded once per URL, hence the query).
 */
export async function loadPagefind(siteDir: string): Promise<PagefindApi> {
  installFetchShim(siteDir);
  loads += 1;
  const module = (await import(/* @vite-ignore */ `${pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js')).href}?load=${loads}`)) as PagefindApi;
  await module.options({ basePath: '/pagefind/', baseUrl: '/', ...pagefindOptions });
  await module.init?.();
  return module;
}
