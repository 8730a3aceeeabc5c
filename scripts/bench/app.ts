// The app under measurement: the production build (built the way `npm run build` does, into a folder of its
// own so it never overwrites dist/ or another developer's build), served on loopback like a static host.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../tests/e2e/build-app.ts';
import { type RequestLogEntry, type StaticServer, start } from '../../tests/e2e/static-server.ts';

export interface ServedApp {
  server: StaticServer;
  /** Every request the server answered, with the body bytes it sent (after gzip). */
  requests: RequestLogEntry[];
  dist: string;
  buildSeconds: number | null;
  close(): Promise<void>;
}

export async function serveApp(dist?: string): Promise<ServedApp> {
  let folder: string;
  let buildSeconds: number | null = null;
  let temporary = false;
  if (dist) {
    folder = path.resolve(dist);
    if (!existsSync(path.join(folder, 'index.html'))) throw new Error(`--dist ${dist}: no index.html there`);
  } else {
    folder = mkdtempSync(path.join(os.tmpdir(), 'tabayyun-bench-dist-'));
    temporary = true;
    console.log(`building the app into ${folder} …`);
    buildSeconds = buildApp({ outDir: folder });
  }
  const requests: RequestLogEntry[] = [];
  const server = await start({ root: folder, onRequest: (entry) => requests.push(entry) });
  return {
    server,
    requests,
    dist: folder,
    buildSeconds,
    async close() {
      await server.stop();
      if (temporary) rmSync(folder, { recursive: true, force: true });
    },
  };
}
