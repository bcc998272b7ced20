/** What tests need to start a dev server of their own: a free loopback port, and an environment without Vitest's. */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** This process's environment without what Vitest sets (VITEST, NODE_ENV=test), which puts Astro's dev server in test mode. */
export function devEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(key)));
  return { ...env, NO_COLOR: '1' };
}
