import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ParleyError } from '../errors.js';
import { createApp } from './app.js';
import type { AppOptions } from './app.js';

export interface Listening {
  /** `http://host:port/` */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the app on host:port (port 0: any free port). A port in use or a host that
 * cannot be bound is a ParleyError naming it. `onRequest` hears one line per request.
 */
export function listen(
  options: AppOptions & {
    readonly host: string;
    readonly port: number;
    readonly onRequest?: (line: string) => void;
  },
): Promise<Listening> {
  const app = createApp(options);
  const { onRequest } = options;
  const fetch = onRequest
    ? async (request: Request): Promise<Response> => {
        const started = performance.now();
        const response = await app.fetch(request);
        const ms = (performance.now() - started).toFixed(1);
        onRequest(`${request.method} ${new URL(request.url).pathname} ${response.status} ${ms} ms`);
        return response;
      }
    : app.fetch;
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch, hostname: options.host, port: options.port },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}/`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
            }),
        });
      },
    );
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${options.host}:${options.port}`;
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${options.port} is in use (try --port)`
          : error.code === 'EADDRNOTAVAIL'
            ? `host ${options.host} is not an address of this machine`
            : error.message;
      reject(new ParleyError(`cannot serve on ${where}: ${reason}`));
    });
  });
}
