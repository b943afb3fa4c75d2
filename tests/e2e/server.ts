// Starts the real server for browser tests: a fresh temporary data folder, a free port, the
// built app from ./dist (the e2e script builds it first) and the demo catalogues at version 1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type ServerOptions } from '../../src/server/server.ts';

const DIST = resolve(fileURLToPath(import.meta.url), '../../../dist');

export interface TestServer {
  url: string;
  publishToken: string;
  dataDir: string;
  /** Calls the editing API with the publish token; a failed call throws with the server's answer. */
  api(method: string, path: string, body?: unknown): Promise<Response>;
  /** Stops the server and removes its data folder. */
  close(): Promise<void>;
}

/** The editing API of the server at `url`, called with its publish token (tests and the bench). */
export function publisherApi(url: string, publishToken: string): TestServer['api'] {
  return async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${publishToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
}

export async function startTestServer(options: Partial<Omit<ServerOptions, 'dataDir' | 'port'>> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tilbud-e2e-'));
  try {
    const server = await startServer({ distDir: DIST, ...options, dataDir, port: 0 });
    return {
      url: server.url,
      publishToken: server.publishToken,
      dataDir,
      api: publisherApi(server.url, server.publishToken),
      close: async () => {
        await server.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
