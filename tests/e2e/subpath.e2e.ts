// The build is served from a sub-path, as on a project page of a static host: it must load its assets
// relative to itself and keep working, and the static server must behave like a real host.
import { type IncomingHttpHeaders, request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  gotoApp,
  type Opened,
  openContext,
  pressedMap,
  pressedToggles,
  SEED_OUTLETS,
  sel,
  setupHarness,
  waitForColumns,
  waitForUrl,
} from './harness.ts';

const h = setupHarness({ base: '/sub/path/' });
let app: Opened;

beforeEach(async () => {
  app = await openContext(h);
});
afterEach(async () => {
  await app.close();
});

describe('served from /sub/path/', () => {
  it('opens /sub/path/index.html?v=1&o=youm7 with youm7 only, and every request stays in the sub-path', async () => {
    const paths: string[] = [];
    app.context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http')) paths.push(url.pathname);
    });
    await gotoApp(app, 'index.html?v=1&o=youm7');
    await waitForColumns(app.page, ['youm7']);
    expect(await pressedToggles(app.page)).toEqual(pressedMap(['youm7']));
    expect(new URL(app.page.url()).pathname).toBe('/sub/path/index.html');
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.filter((p) => !p.startsWith('/sub/path/'))).toEqual([]);

    // The view still changes the query only, under the same path.
    await app.page.click(sel.toggle('alarabiya'));
    await waitForColumns(app.page, ['alarabiya', 'youm7']);
    await waitForUrl(app.page, (url) => url.pathname === '/sub/path/index.html', 'same path');
    app.guard.assertClean();
  });

  it('opens the directory URL /sub/path/ with every outlet', async () => {
    await gotoApp(app, '');
    await waitForColumns(app.page, SEED_OUTLETS);
    app.guard.assertClean();
  });
});

describe('static server', () => {
  it('serves index.html with a content type, gzips text, and 404s outside the sub-path', async () => {
    const index = await fetch(h.server.url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // fetch decodes gzip itself; the header says it was compressed on the wire.
    expect(index.headers.get('content-encoding')).toBe('gzip');
    const html = await index.text();
    expect(html).toContain('<div id="root">');

    const script = html.match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
    expect(script, 'a relative script URL in index.html').toBeTruthy();
    const js = await fetch(`${h.server.url}${script}`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-encoding')).toBeNull();

    for (const missing of ['/', '/index.html', '/sub/path', '/sub/path/nope.js', '/sub/pathindex.html']) {
      const response = await fetch(`${h.server.origin}${missing}`);
      expect(response.status, missing).toBe(404);
    }
  });

  it('sends gzip bytes that decode to the file', async () => {
    const response = await rawGet(`${h.server.base}index.html`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(response.body).toString('utf8')).toContain('<div id="root">');
    const plain = await rawGet(`${h.server.base}index.html`, { 'Accept-Encoding': 'gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toContain('<div id="root">');
  });

  it('never serves a file outside its folder, whatever the raw path', async () => {
    for (const raw of [
      '/sub/path/../../etc/passwd',
      '/sub/path/..%2f..%2f..%2fetc%2fpasswd',
      '/sub/path/%2e%2e/%2e%2e/package.json',
      '/sub/path/%00index.html',
      '/sub/path/%E0%A4%A',
    ]) {
      const response = await rawGet(raw);
      expect(response.status, raw).toBe(404);
    }
    const head = await rawGet(h.server.base, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await rawGet(h.server.base, {}, 'POST')).status).toBe(405);
  });
});

/** A request with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(
  rawPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.server.port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
