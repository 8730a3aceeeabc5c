// What a careful editor expects of a scraped page, and the tests that check it: shared by the suites of pages
// the pipeline was not written on (tests/fixtures/unseen, tests/fixtures/holdout-moscow). Each expectation is
// its own test, so a failure names exactly what was missed.
import { describe, expect, it } from 'vitest';
import type { Article, RemovalReason } from '../../src/core/types.ts';
import { bodyOf, expectNothingLost, ingestText, readFixture, txtFiles } from './helpers.ts';

export type Reasons = RemovalReason[];
export const HEADER: Reasons = ['header'];
export const DATE: Reasons = ['header'];
export const SHARE: Reasons = ['share'];
export const NOTICE: Reasons = ['site-notice'];
export const TAGS: Reasons = ['tags', 'latest-news'];
export const RELATED: Reasons = ['latest-news', 'read-also'];
export const COMMENTS: Reasons = ['comments'];

export interface PageExpectation {
  title: string | null;
  byline?: string;
  /** `null`: the page has no dateline. */
  dateline?: { place?: string; source?: string; raw?: string } | null;
  captions?: { includes: string; credit?: string }[];
  /** The outlet the text identifies; `null`: none (unidentified); absent: not checked. */
  outlet?: string | null;
  /** Why the outlet is not found yet: the expectation stays, as a todo. */
  outletTodo?: string;
  /** Text that must be in the body (substring of one paragraph). */
  body: string[];
  /** Sentences that must come out whole, as one sentence (quotes, abbreviations, numbers). */
  sentences?: string[];
  /** Exact clutter lines and the reasons that would be sensible for them. */
  clutter: [string, Reasons][];
}

/** Registers, for every page of `dir`, one test per expectation in `expected`. */
export function describePages(dir: string, expected: Record<string, PageExpectation>): void {
  const articles = new Map<string, { text: string; article: Article }>();
  const load = (file: string) => {
    let entry = articles.get(file);
    if (entry === undefined) {
      const text = readFixture(dir, file);
      entry = { text, article: ingestText(text, { file }) };
      articles.set(file, entry);
    }
    return entry;
  };
  const files = Object.keys(expected);

  it('every fixture has expectations, and the other way round', () => {
    expect(txtFiles(dir)).toEqual([...files].sort());
  });

  describe.each(files)('%s', (file) => {
    const want = expected[file]!;

    it('nothing is lost', () => {
      const { text, article } = load(file);
      expectNothingLost(text, article);
    });

    it('title', () => {
      expect(load(file).article.title).toBe(want.title);
    });

    if (want.byline !== undefined) {
      it('byline', () => {
        expect(load(file).article.byline).toBe(want.byline);
      });
    }

    if (want.dateline !== undefined) {
      it('dateline', () => {
        const { dateline } = load(file).article;
        if (want.dateline === null) expect(dateline).toBeUndefined();
        else expect(dateline).toMatchObject(want.dateline!);
      });
    }

    for (const c of want.captions ?? []) {
      it(`caption: ${c.includes}`, () => {
        const { captions } = load(file).article;
        const found = captions.find((k) => k.text.includes(c.includes));
        expect(found, `caption with "${c.includes}" in ${JSON.stringify(captions)}`).toBeDefined();
        if (c.credit !== undefined) expect(found?.credit).toBe(c.credit);
      });
    }

    if (want.outletTodo !== undefined) it.todo(`outlet from the text: ${want.outletTodo}`);
    else if (want.outlet !== undefined) {
      it('outlet from the text', () => {
        const { attribution } = load(file).article;
        if (want.outlet === null) expect(attribution.method).toBe('none');
        else expect(attribution.outletId).toBe(want.outlet);
      });
    }

    for (const needle of want.body) {
      it(`body has: ${needle}`, () => {
        expect(bodyOf(load(file).article).some((p) => p.includes(needle))).toBe(true);
      });
    }

    for (const s of want.sentences ?? []) {
      it(`one whole sentence: ${s.slice(0, 40)}…`, () => {
        const { article } = load(file);
        expect(article.paragraphs.flatMap((p) => p.sentences.map((x) => x.text))).toContain(s);
      });
    }

    it('a body paragraph never appears twice', () => {
      const body = bodyOf(load(file).article);
      expect(new Set(body).size).toBe(body.length);
    });

    for (const [line, reasons] of want.clutter) {
      it(`clutter removed: ${line}`, () => {
        const { article } = load(file);
        const removed = article.removed.filter((r) => r.text === line);
        expect(removed.length, `"${line}" removed`).toBeGreaterThan(0);
        for (const r of removed) expect(reasons, `reason for "${line}"`).toContain(r.reason);
        expect(bodyOf(article)).not.toContain(line);
      });
    }

    it('nothing else is removed: no body line is lost', () => {
      const { article } = load(file);
      const body = new Set(bodyOf(article));
      const clutter = new Set(want.clutter.map(([line]) => line));
      const unexpected = article.removed.filter((r) => {
        if (clutter.has(r.text)) return false;
        if (r.reason === 'title') return r.text !== want.title;
        if (r.reason === 'caption') return !article.captions.some((c) => r.text.includes(c.text));
        if (r.reason === 'byline') return article.byline === undefined || !r.text.includes(article.byline);
        // A second copy of a body paragraph.
        if (r.reason === 'repeated') {
          const raw = article.dateline?.raw;
          const rest = raw !== undefined && r.text.startsWith(raw) ? r.text.slice(raw.length).trim() : r.text;
          return !body.has(r.text) && !body.has(rest);
        }
        return true;
      });
      expect(unexpected).toEqual([]);
    });
  });
}
