/** decap-server ships no types: the one function the editor's server calls. */
declare module 'decap-server/dist/middlewares.js' {
  import type { Express } from 'express';
  const middlewares: { registerLocalFs(app: Express, options: Record<string, unknown>): Promise<void> };
  export default middlewares;
}
