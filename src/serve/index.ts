/** The HTTP API and dashboard server (`parley serve`): Hono routes over the store. */
export { createApp, CODE_LIMIT_BYTES, INGEST_LIMIT_BYTES } from './app.js';
export type { AppOptions } from './app.js';
export type { ServeContext } from './context.js';
export { listen } from './listen.js';
export type { Listening } from './listen.js';
export { SECURITY_HEADERS } from './headers.js';
export * as responses from './responses.js';
