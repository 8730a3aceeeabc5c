// A small dependency-free static file server for the production build (dist/), behaving like a plain static
// host: content types, gzip for text when the client accepts it, index.html for a directory, 404 otherwise.
// It can mount the build under a sub-path (e.g. /sub/path/) to prove the app works from any sub-path; nothing
// outside that sub-path is served then. Used by the end-to-end suite and reusable by benchmarks.
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

const FALLBACK_TYPE = 'application/octet-stream';

/** Text-like types worth compressing (fonts and images are already compressed). */
function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(type);
}

export interface StaticServerOptions {
  /** Folder to serve, e.g. the absolute path of dist/. */
  root: string;
  /** Where the folder is mounted, e.g. '/sub/path/'. Default '/'. */
  base?: string;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Host to bind; default 127.0.0.1. */
  host?: string;
  /** Compress text responses when the client accepts gzip. Default true. */
  gzip?: boolean;
  /** Called once per finished request (for logs or benchmarks). */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RequestLogEntry {
  method: string;
  url: string;
  status: number;
  /** Bytes of the body sent (after compression). */
  bytes: number;
  encoding: 'gzip' | 'identity';
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** origin + base, e.g. http://127.0.0.1:41234/sub/path/ */
  url: string;
  port: number;
  base: string;
  server: Server;
  stop(): Promise<void>;
}

function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .some((part) => {
      const [coding, ...params] = part.split(';').map((p) => p.trim());
      if (coding !== 'gzip' && coding !== '*') return false;
      const q = params.find((p) => p.startsWith('q='));
      return q === undefined || Number(q.slice(2)) > 0;
    });
}

/** Resolves a URL path to a file inside root, or null when it escapes root or lies outside base. */
function resolveFile(root: string, base: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // `/sub/path` without the trailing slash: a static host would redirect; we only serve within base.
  if (!decoded.startsWith(base)) return null;
  let relative = decoded.slice(base.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  return file.startsWith(rootWithSep) ? file : null;
}

export async function start(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const base = normaliseBase(options.base);
  const gzip = options.gzip ?? true;
  const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    let status = 200;
    let bytes = 0;
    let encoding: RequestLogEntry['encoding'] = 'identity';
    const finish = () => options.onRequest?.({ method, url: req.url ?? '', status, bytes, encoding });

    const sendPlain = (code: number, message: string, extra: Record<string, string> = {}) => {
      status = code;
      const body = Buffer.from(`${message}\n`);
      bytes = method === 'HEAD' ? 0 : body.length;
      res.writeHead(code, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': String(body.length),
        ...extra,
      });
      res.end(method === 'HEAD' ? undefined : body);
      finish();
    };

    if (method !== 'GET' && method !== 'HEAD') {
      sendPlain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = resolveFile(root, base, pathname);
    let info: Stats | null = null;
    if (file) {
      info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
    }
    if (!file || !info?.isFile()) {
      sendPlain(404, 'Not Found');
      return;
    }

    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? FALLBACK_TYPE;
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Last-Modified': info.mtime.toUTCString(),
      // Hashed assets may be cached forever; the HTML must be revalidated, like on a typical static host.
      'Cache-Control': /\/assets\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    const compressible = isCompressible(type);
    if (compressible) headers.Vary = 'Accept-Encoding';

    if (gzip && compressible && acceptsGzip(req)) {
      let cached = gzipCache.get(file);
      if (!cached || cached.mtimeMs !== info.mtimeMs) {
        // Level 9, as hosts that compress once and serve the result (precompressed assets) do.
        cached = { mtimeMs: info.mtimeMs, body: gzipSync(await readFile(file), { level: 9 }) };
        gzipCache.set(file, cached);
      }
      encoding = 'gzip';
      headers['Content-Encoding'] = 'gzip';
      headers['Content-Length'] = String(cached.body.length);
      res.writeHead(200, headers);
      bytes = method === 'HEAD' ? 0 : cached.body.length;
      res.end(method === 'HEAD' ? undefined : cached.body);
      finish();
      return;
    }

    headers['Content-Length'] = String(info.size);
    res.writeHead(200, headers);
    if (method === 'HEAD') {
      res.end();
      finish();
      return;
    }
    bytes = info.size;
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.on('end', finish);
    stream.pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Internal Server Error: ${String(error)}\n`);
    });
  });
  // Keep-alive sockets must not hold stop() open.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const origin = `http://${host}:${port}`;
  const handleObject: StaticServer = {
    origin,
    url: `${origin}${base}`,
    port,
    base,
    server,
    stop: () => stop(handleObject),
  };
  return handleObject;
}

export function stop(handle: StaticServer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!handle.server.listening) {
      resolve();
      return;
    }
    handle.server.close((error) => (error ? reject(error) : resolve()));
    handle.server.closeAllConnections();
  });
}
