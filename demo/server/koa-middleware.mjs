// @ts-check
/** Mounts the local API server in @web/test-runner (a Koa server). */
import { createApiHandler, isApiPath } from './api.mjs';

/**
 * Koa middleware answering every `/api/` request with the API handler; other paths go on.
 * @param {{ count?: number, seed?: number }} [options] defaults of new sessions
 * @returns {(ctx: import('koa').Context, next: import('koa').Next) => Promise<void>}
 */
export function apiMiddleware(options) {
  const handle = createApiHandler(options);
  return async (ctx, next) => {
    if (!isApiPath(ctx.path)) {
      await next();
      return;
    }
    // The handler writes the Node response itself.
    ctx.respond = false;
    await handle(ctx.req, ctx.res);
  };
}
