// Interaction latency, input to next paint, with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), on a
// desktop-sized page showing every column. Two measures per click:
// - Event Timing (what INP is built on): the longest `duration` among the entries of the click's interaction
//   (pointerdown, pointerup, click …), from the input's hardware time to the next paint after its handlers.
//   Entries shorter than 16 ms are not reported by the browser, so such a click counts as "≤ 16 ms";
// - a frame measure: from the click event's time stamp to a task queued in the next animation frame,
//   which runs once that frame has been painted.
import type { Browser, Page } from 'playwright-core';
import { duration, formatTable, median } from './format.ts';
import { atMost, TARGETS, type TargetCheck } from './targets.ts';

const THROTTLE = 4;
/** Event Timing reports nothing shorter than this; the smallest threshold the API allows. */
const EVENT_THRESHOLD_MS = 16;

// A string, not a function: tsx may wrap named functions in helpers the page does not have.
const INIT_SCRIPT = `
window.__bench = { events: [], frames: [] };
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__bench.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId || 0 });
    }
  }).observe({ type: 'event', durationThreshold: ${EVENT_THRESHOLD_MS}, buffered: true });
} catch (error) { window.__bench.unsupported = String(error); }
window.addEventListener('click', (event) => {
  const start = event.timeStamp;
  requestAnimationFrame(() => setTimeout(() => window.__bench.frames.push({ start, latency: performance.now() - start }), 0));
}, true);
`;

export interface Sample {
  /** Event Timing: the interaction's longest entry, or null when every entry was under 16 ms. */
  eventMs: number | null;
  /** Click to the task after the next frame. */
  frameMs: number | null;
}

export interface InteractionStats {
  samples: Sample[];
  /** Event Timing with a click under the threshold counted as 16 ms (an upper bound). */
  eventMedianMs: number;
  eventWorstMs: number;
  /** How many clicks were under the Event Timing threshold. */
  underThreshold: number;
  frameMedianMs: number;
  frameWorstMs: number;
}

export interface InteractionResult {
  cpuThrottling: number;
  viewport: { width: number; height: number };
  toggleOutlet: InteractionStats;
  chooseQuestion: InteractionStats;
  pageErrors: string[];
  checks: TargetCheck[];
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
  // Event Timing entries are delivered a little after the paint they end with.
  await page.waitForTimeout(200);
}

async function clickAndMeasure(page: Page, selector: string): Promise<Sample> {
  const since = await page.evaluate(() => performance.now());
  await page.click(selector, { timeout: 30_000 });
  await settle(page);
  type Seen = {
    events: { name: string; start: number; duration: number; id: number }[];
    frames: { start: number; latency: number }[];
  };
  const seen = await page.evaluate((t) => {
    const bench = (window as unknown as { __bench: Seen }).__bench;
    return {
      events: bench.events.filter((e) => e.start >= t),
      frames: bench.frames.filter((f) => f.start >= t),
    };
  }, since);
  const interaction = seen.events.filter((e) => e.id > 0);
  return {
    eventMs: interaction.length > 0 ? Math.max(...interaction.map((e) => e.duration)) : null,
    frameMs:
      seen.frames.length > 0 ? Math.round(Math.max(...seen.frames.map((f) => f.latency)) * 10) / 10 : null,
  };
}

function stats(samples: Sample[]): InteractionStats {
  const events = samples.map((s) => s.eventMs ?? EVENT_THRESHOLD_MS);
  const frames = samples.flatMap((s) => (s.frameMs === null ? [] : [s.frameMs]));
  return {
    samples,
    eventMedianMs: median(events),
    eventWorstMs: Math.max(...events),
    underThreshold: samples.filter((s) => s.eventMs === null).length,
    frameMedianMs: median(frames),
    frameWorstMs: frames.length > 0 ? Math.max(...frames) : Number.NaN,
  };
}

export async function measureInteraction(
  browser: Browser,
  url: string,
  repeats: number,
): Promise<InteractionResult> {
  const viewport = { width: 1440, height: 900 };
  const context = await browser.newContext({ viewport });
  const pageErrors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-testid="matrix-cell"]', { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const unsupported = await page.evaluate(
      () => (window as unknown as { __bench: { unsupported?: string } }).__bench.unsupported,
    );
    if (unsupported) throw new Error(`Event Timing is not available in this Chromium: ${unsupported}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

    const toggles = await page.$$eval('[data-testid^="outlet-toggle-"][aria-pressed]', (els) =>
      els.map((el) => el.getAttribute('data-testid') ?? ''),
    );
    if (toggles.length === 0)
      throw new Error('no outlet toggle ([data-testid^="outlet-toggle-"]) on the page');
    const toggleSamples: Sample[] = [];
    // Each outlet off, then on again, so the page ends as it began.
    for (let i = 0; i < repeats; i++) {
      const id = toggles[Math.floor(i / 2) % toggles.length]!;
      toggleSamples.push(await clickAndMeasure(page, `[data-testid="${id}"]`));
    }

    const cells = await page.$$eval('[data-testid="matrix-cell"]', (els) =>
      els.map((el) => ({
        q: el.getAttribute('data-question') ?? '',
        a: el.getAttribute('data-article') ?? '',
      })),
    );
    if (cells.length === 0) throw new Error('no matrix cell ([data-testid="matrix-cell"]) on the page');
    const cellSamples: Sample[] = [];
    // A stride through the cells, so each click chooses another question or another outlet's answer.
    for (let i = 0; i < repeats; i++) {
      const cell = cells[(i * 7) % cells.length]!;
      const selector = `[data-testid="matrix-cell"][data-question="${cell.q}"][data-article="${cell.a}"]`;
      cellSamples.push(await clickAndMeasure(page, selector));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    const toggleOutlet = stats(toggleSamples);
    const chooseQuestion = stats(cellSamples);
    return {
      cpuThrottling: THROTTLE,
      viewport,
      toggleOutlet,
      chooseQuestion,
      pageErrors,
      checks: [
        atMost(
          'toggle an outlet, worst (Event Timing)',
          toggleOutlet.eventWorstMs,
          TARGETS.interactionMs,
          'ms',
        ),
        atMost(
          'choose a question, worst (Event Timing)',
          chooseQuestion.eventWorstMs,
          TARGETS.interactionMs,
          'ms',
        ),
      ],
    };
  } finally {
    await context.close();
  }
}

export function interactionTable(result: InteractionResult): string {
  const row = (label: string, s: InteractionStats) => [
    label,
    String(s.samples.length),
    `${s.eventMedianMs <= EVENT_THRESHOLD_MS ? '≤' : ''}${duration(s.eventMedianMs)}`,
    `${s.eventWorstMs <= EVENT_THRESHOLD_MS ? '≤' : ''}${duration(s.eventWorstMs)}`,
    String(s.underThreshold),
    duration(s.frameMedianMs),
    duration(s.frameWorstMs),
  ];
  return [
    `CPU slowed ${result.cpuThrottling}×, viewport ${result.viewport.width}×${result.viewport.height}`,
    formatTable(
      ['interaction', 'clicks', 'event median', 'event worst', 'under 16 ms', 'frame median', 'frame worst'],
      [row('toggle an outlet', result.toggleOutlet), row('choose a question', result.chooseQuestion)],
    ),
    ...(result.pageErrors.length > 0 ? ['page errors during the clicks:', ...result.pageErrors] : []),
  ].join('\n');
}
