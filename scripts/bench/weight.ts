// Bytes on the wire at first load, by type: a fresh browser context (empty cache) opens the app and waits
// until the first view is complete (columns shown, fonts ready, network idle). Every response is counted
// with the bytes Chromium received for it (CDP `Network.loadingFinished` encodedDataLength: headers and
// the gzip body), next to the body alone as the server sent it and the body once decoded.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { corpusFromDir } from '../../src/build/corpus-from-dir.ts';
import type { RequestLogEntry } from '../../tests/e2e/static-server.ts';
import type { ServedApp } from './app.ts';
import { ROOT } from './environment.ts';
import { formatTable, kb } from './format.ts';
import { atMost, TARGETS, type TargetCheck } from './targets.ts';

export const KINDS = ['js', 'css', 'font', 'data', 'html', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface Bytes {
  requests: number;
  /** What crossed the network: headers and the (compressed) body. */
  wire: number;
  /** The body as sent (gzip for text types). */
  body: number;
  /** The body once decoded. */
  decoded: number;
}

export interface Resource {
  url: string;
  kind: Kind;
  wire: number;
  body: number;
  decoded: number;
}

export interface FirstLoad {
  byKind: Record<Kind, Bytes>;
  total: Bytes;
  resources: Resource[];
}

export interface WeightResult {
  viewports: { phone: FirstLoad; desktop: FirstLoad };
  /** The seeds' corpus as JSON, gzipped: what the data weighs wherever the build puts it (today inside the JS). */
  corpusJsonGzipBytes: number;
  checks: TargetCheck[];
}

/** The type of a response, from Chromium's resource type, then its MIME type and address. */
export function kindOf(resourceType: string, mimeType: string, url: string): Kind {
  if (resourceType === 'Document') return 'html';
  if (resourceType === 'Script' || /javascript/.test(mimeType)) return 'js';
  if (resourceType === 'Stylesheet' || mimeType === 'text/css') return 'css';
  if (resourceType === 'Font' || mimeType.startsWith('font/')) return 'font';
  if (/json/.test(mimeType) || /\.json(\?|$)/.test(url)) return 'data';
  return 'other';
}

const empty = (): Bytes => ({ requests: 0, wire: 0, body: 0, decoded: 0 });

async function firstLoad(
  browser: Browser,
  app: ServedApp,
  contextOptions: BrowserContextOptions,
): Promise<FirstLoad> {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const seen = new Map<string, { url: string; kind: Kind; decoded: number }>();
    const finished: { id: string; wire: number }[] = [];
    cdp.on('Network.responseReceived', (e) => {
      seen.set(e.requestId, {
        url: e.response.url,
        kind: kindOf(e.type, e.response.mimeType, e.response.url),
        decoded: 0,
      });
    });
    cdp.on('Network.dataReceived', (e) => {
      const entry = seen.get(e.requestId);
      if (entry) entry.decoded += e.dataLength;
    });
    cdp.on('Network.loadingFinished', (e) => finished.push({ id: e.requestId, wire: e.encodedDataLength }));
    const logged = app.requests.length;
    await page.goto(app.server.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-testid="column"]', { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Anything the first view still asks for once it is shown (a late font, a lazy chunk) is part of it.
    await page.waitForLoadState('networkidle');
    const served: RequestLogEntry[] = app.requests.slice(logged);
    const bodyOf = (url: string) => {
      const pathname = new URL(url).pathname + new URL(url).search;
      return served.find((r) => r.url === pathname)?.bytes ?? 0;
    };
    const resources: Resource[] = finished.flatMap(({ id, wire }) => {
      const entry = seen.get(id);
      if (!entry || entry.url.startsWith('data:')) return [];
      return [{ url: entry.url, kind: entry.kind, wire, body: bodyOf(entry.url), decoded: entry.decoded }];
    });
    const byKind = Object.fromEntries(KINDS.map((k) => [k, empty()])) as Record<Kind, Bytes>;
    const total = empty();
    for (const r of resources) {
      for (const sum of [byKind[r.kind], total]) {
        sum.requests += 1;
        sum.wire += r.wire;
        sum.body += r.body;
        sum.decoded += r.decoded;
      }
    }
    const origin = app.server.origin;
    return { byKind, total, resources: resources.map((r) => ({ ...r, url: r.url.replace(origin, '') })) };
  } finally {
    await context.close();
  }
}

/** The heavier of the two first loads is held to the targets. */
export function weightChecks(phone: FirstLoad, desktop: FirstLoad): TargetCheck[] {
  const worst = phone.total.wire >= desktop.total.wire ? phone : desktop;
  return [
    atMost('first load, all types', worst.total.wire, TARGETS.firstLoadBytes, 'bytes', '200 kB'),
    atMost('first load, JS', worst.byKind.js.wire, TARGETS.firstLoadJsBytes, 'bytes', '110 kB'),
  ];
}

export async function measureWeight(browser: Browser, app: ServedApp): Promise<WeightResult> {
  const phone = await firstLoad(browser, app, {
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const desktop = await firstLoad(browser, app, { viewport: { width: 1440, height: 900 } });
  const corpus = corpusFromDir(`${ROOT}/seeds`);
  const corpusJsonGzipBytes = gzipSync(JSON.stringify(corpus)).length;
  const checks = weightChecks(phone, desktop);
  return { viewports: { phone, desktop }, corpusJsonGzipBytes, checks };
}

export function weightTable(result: WeightResult): string {
  const { phone, desktop } = result.viewports;
  const row = (label: string, p: Bytes, d: Bytes) => [
    label,
    String(p.requests),
    kb(p.wire),
    kb(p.body),
    kb(p.decoded),
    String(d.requests),
    kb(d.wire),
  ];
  const rows = KINDS.map((k) => row(k, phone.byKind[k], desktop.byKind[k]));
  rows.push(row('total', phone.total, desktop.total));
  const header = ['type', 'phone req', 'phone wire', 'phone body', 'phone decoded', 'desk req', 'desk wire'];
  const files = formatTable(
    ['first load (phone)', 'type', 'wire', 'body', 'decoded'],
    [...phone.resources]
      .sort((a, b) => b.wire - a.wire)
      .map((r) => [r.url, r.kind, kb(r.wire), kb(r.body), kb(r.decoded)]),
  );
  return [
    formatTable(header, rows),
    '',
    files,
    '',
    'wire: headers and gzip body as Chromium received them; body: as the server sent it; decoded: unzipped',
    `seeds corpus as JSON, gzipped: ${kb(result.corpusJsonGzipBytes)} (in the JS, or a data file if the build splits it)`,
  ].join('\n');
}
