import { describe, expect, it } from 'vitest';
import {
  type Dropped,
  linkNamesOwn,
  MAX_DROPPED,
  MAX_VALUE_LENGTH,
  namesMissingOwn,
  type RawQuery,
  stateFromUrl,
  upgradeQuery,
  urlFromState,
} from '../../src/state/url.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view.ts';

const known = { outletIds: ['alarabiya', 'youm7', 'albayan'] };
const parse = (search: string) => stateFromUrl(search, known);
const kinds = (dropped: Dropped[]) => dropped.map((d) => d.kind);

describe('urlFromState', () => {
  it('writes only the version for the default view', () => {
    expect(urlFromState(DEFAULT_VIEW)).toBe('?v=1');
  });

  it('writes readable parameters for non-default fields', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      outlets: ['alarabiya', 'albayan'],
      lang: 'en',
      digits: 'arab',
    };
    expect(urlFromState(view)).toBe('?v=1&o=alarabiya,albayan&lang=en&digits=arab');
  });

  it('writes an empty o= for "no outlet selected"', () => {
    expect(urlFromState({ ...DEFAULT_VIEW, outlets: [] })).toBe('?v=1&o=');
  });
});

describe('stateFromUrl', () => {
  it('reads an empty query as the default view, silently', () => {
    expect(parse('')).toEqual({ view: DEFAULT_VIEW, dropped: [] });
    expect(parse('?')).toEqual({ view: DEFAULT_VIEW, dropped: [] });
  });

  it('round-trips every kind of view', () => {
    const views: ViewState[] = [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, outlets: [], lang: 'ar', digits: 'latn' },
      { ...DEFAULT_VIEW, outlets: ['youm7'], lang: 'en', digits: 'latn' },
      { ...DEFAULT_VIEW, outlets: ['alarabiya', 'albayan'], lang: 'ar', digits: 'arab' },
      { ...DEFAULT_VIEW, outlets: null, lang: 'en', digits: 'arab' },
    ];
    for (const view of views) expect(parse(urlFromState(view))).toEqual({ view, dropped: [] });
  });

  it('treats a missing version as version 1 without a report', () => {
    expect(parse('?o=youm7&lang=en')).toEqual({
      view: { ...DEFAULT_VIEW, outlets: ['youm7'], lang: 'en', digits: 'latn' },
      dropped: [],
    });
  });

  it('normalises outlet order to corpus order and collapses duplicates', () => {
    expect(parse('?v=1&o=albayan,alarabiya,albayan').view.outlets).toEqual(['alarabiya', 'albayan']);
  });

  it('reads every outlet selected as "all"', () => {
    expect(parse('?v=1&o=youm7,albayan,alarabiya').view.outlets).toBeNull();
  });

  it('reads a hand-written o=all as every outlet, without a complaint', () => {
    expect(parse('?v=1&o=all')).toEqual({ view: { ...DEFAULT_VIEW, outlets: null }, dropped: [] });
    expect(parse('?v=1&o=ALL').view.outlets).toBeNull();
  });

  it('quotes dropped values without bidi controls, which would reorder the notice', () => {
    const { dropped } = parse('?v=1&o=%E2%80%AEcnn%E2%81%A6x');
    expect(dropped).toEqual([{ kind: 'unknown-outlet', param: 'o', value: 'cnnx' }]);
  });

  it('reads an id that differs from a valid one only by invisible characters as that id', () => {
    expect(parse('?v=1&o=%E2%80%AEyoum7,al%E2%80%8Barabiya')).toEqual({
      view: { ...DEFAULT_VIEW, outlets: ['alarabiya', 'youm7'] },
      dropped: [],
    });
  });

  it('round-trips every selection it writes, however many outlets there are', () => {
    const many = { outletIds: Array.from({ length: 300 }, (_, i) => `outlet-with-a-long-id-${i}`) };
    const outlets = many.outletIds.filter((_, i) => i % 3 !== 0);
    const view: ViewState = { ...DEFAULT_VIEW, outlets };
    expect(stateFromUrl(urlFromState(view), many)).toEqual({ view, dropped: [] });
  });

  it('reads a present but empty o= as no outlet selected', () => {
    expect(parse('?v=1&o=').view.outlets).toEqual([]);
  });

  it('drops unknown outlet ids and reports each once', () => {
    const { view, dropped } = parse('?v=1&o=youm7,cnn,cnn,bbc');
    expect(view.outlets).toEqual(['youm7']);
    expect(dropped).toEqual([
      { kind: 'unknown-outlet', param: 'o', value: 'cnn' },
      { kind: 'unknown-outlet', param: 'o', value: 'bbc' },
    ]);
  });

  it('shows every outlet when no named outlet is known', () => {
    const { view, dropped } = parse('?v=1&o=cnn,bbc');
    expect(view.outlets).toBeNull();
    expect(kinds(dropped)).toEqual(['unknown-outlet', 'unknown-outlet']);
  });

  it('drops a malformed or unknown language', () => {
    for (const raw of ['fr', 'e n', '', '%%%']) {
      const { view, dropped } = parse(`?v=1&lang=${raw}`);
      expect(view.lang).toBe('ar');
      expect(kinds(dropped)).toEqual(['bad-lang']);
    }
  });

  it('accepts an explicit default language and a differently cased value', () => {
    expect(parse('?v=1&lang=ar')).toEqual({ view: DEFAULT_VIEW, dropped: [] });
    expect(parse('?v=1&lang=EN').view.lang).toBe('en');
  });

  it('drops unknown digits', () => {
    const { view, dropped } = parse('?v=1&digits=roman');
    expect(view.digits).toBe('latn');
    expect(dropped).toEqual([{ kind: 'bad-digits', param: 'digits', value: 'roman' }]);
  });

  it('reports unknown parameters and keeps the rest', () => {
    const { view, dropped } = parse('?v=1&utm_source=x&lang=en&fbclid=abc');
    expect(view.lang).toBe('en');
    expect(dropped).toEqual([
      { kind: 'unknown-param', param: 'utm_source', value: 'x' },
      { kind: 'unknown-param', param: 'fbclid', value: 'abc' },
    ]);
  });

  it('keeps the first of repeated parameters', () => {
    const { view, dropped } = parse('?v=1&lang=en&lang=ar&o=youm7&o=albayan');
    expect(view).toEqual({ ...DEFAULT_VIEW, outlets: ['youm7'], lang: 'en', digits: 'latn' });
    expect(dropped).toEqual([
      { kind: 'repeated-param', param: 'lang', value: 'ar' },
      { kind: 'repeated-param', param: 'o', value: 'albayan' },
    ]);
  });

  it('decodes what it understands of a future version and says so', () => {
    const { view, dropped } = parse('?v=7&lang=en&zoom=3');
    expect(view.lang).toBe('en');
    expect(dropped).toEqual([
      { kind: 'future-version', param: 'v', value: '7' },
      { kind: 'unknown-param', param: 'zoom', value: '3' },
    ]);
  });

  it('reports a malformed version and reads the rest as version 1', () => {
    for (const raw of ['abc', '0', '-1', '1.5', '']) {
      const { view, dropped } = parse(`?v=${raw}&lang=en`);
      expect(view.lang).toBe('en');
      expect(kinds(dropped)).toEqual(['bad-version']);
    }
  });

  it('drops huge values whole and clips what it quotes back', () => {
    const huge = 'youm7,'.repeat(MAX_VALUE_LENGTH);
    const { view, dropped } = parse(`?v=1&o=${huge}`);
    expect(view.outlets).toBeNull();
    expect(kinds(dropped)).toEqual(['too-long']);
    expect(dropped[0]?.value.length).toBeLessThan(100);
  });

  it('caps the number of reports', () => {
    const junk = Array.from({ length: 40 }, (_, i) => `p${i}=1`).join('&');
    expect(parse(`?${junk}`).dropped).toHaveLength(MAX_DROPPED);
  });

  it('never throws on malformed escapes', () => {
    expect(() => parse('?o=%E0%A4%A&lang=%ZZ&%=&&=x')).not.toThrow();
  });
});

describe('upgradeQuery', () => {
  it('runs each upgrader from the link version up to the current one', () => {
    const table = {
      2: (q: RawQuery) => {
        q.set('outlets', q.get('o') ?? '');
        q.delete('o');
      },
      3: (q: RawQuery) => q.set('seen3', 'yes'),
    };
    const query: RawQuery = new Map([['o', 'youm7']]);
    upgradeQuery(query, 1, 3, table);
    expect(Object.fromEntries(query)).toEqual({ outlets: 'youm7', seen3: 'yes' });
    const current: RawQuery = new Map([['o', 'youm7']]);
    upgradeQuery(current, 3, 3, table);
    expect(Object.fromEntries(current)).toEqual({ o: 'youm7' });
  });
});

describe('question and highlight mode (q, h)', () => {
  const withQuestions = { ...known, questionIds: ['talks-outcome', 'army-position'] };
  const read = (search: string) => stateFromUrl(search, withQuestions);

  it('omits the defaults and writes the rest after the older fields', () => {
    expect(urlFromState({ ...DEFAULT_VIEW, question: null, highlight: 'essential' })).toBe('?v=1');
    // Marking everything is a choice now (the default marks what needs checking): the link says so.
    expect(urlFromState({ ...DEFAULT_VIEW, highlight: 'all' })).toBe('?v=1&h=all');
    expect(urlFromState({ ...DEFAULT_VIEW, lang: 'en', question: 'talks-outcome', highlight: 'none' })).toBe(
      '?v=1&lang=en&q=talks-outcome&h=none',
    );
  });

  it('round-trips every highlight mode, with and without a question', () => {
    for (const highlight of ['essential', 'all', 'contradictions', 'agreements', 'none'] as const) {
      for (const question of [null, 'army-position']) {
        const view: ViewState = { ...DEFAULT_VIEW, outlets: ['youm7'], question, highlight };
        expect(read(urlFromState(view))).toEqual({ view, dropped: [] });
      }
    }
  });

  it('reads values in any case and with stray spaces or invisible characters', () => {
    expect(read('?v=1&q=%20Talks-Outcome%E2%80%8F&h=AGREEMENTS').view).toEqual({
      ...DEFAULT_VIEW,
      question: 'talks-outcome',
      highlight: 'agreements',
    });
  });

  it('drops an unknown question or mode, says which, and keeps the rest of the link', () => {
    expect(read('?v=1&o=youm7&q=who-won&h=loud')).toEqual({
      view: { ...DEFAULT_VIEW, outlets: ['youm7'] },
      dropped: [
        { kind: 'unknown-question', param: 'q', value: 'who-won' },
        { kind: 'bad-highlight', param: 'h', value: 'loud' },
      ],
    });
  });

  it('knows no question when the corpus has none, so every q is dropped', () => {
    expect(parse('?v=1&q=talks-outcome').dropped).toEqual([
      { kind: 'unknown-question', param: 'q', value: 'talks-outcome' },
    ]);
  });

  it('reads an empty q as no question, silently, and keeps the first of repeated values', () => {
    expect(read('?v=1&q=')).toEqual({ view: DEFAULT_VIEW, dropped: [] });
    expect(read('?v=1&h=none&h=all')).toEqual({
      view: { ...DEFAULT_VIEW, highlight: 'none' },
      dropped: [{ kind: 'repeated-param', param: 'h', value: 'all' }],
    });
  });

  it('does not let a hostile q reach the view or the notice with its bidi controls', () => {
    const { view, dropped } = read('?v=1&q=%E2%80%AE%3Cscript%3E');
    expect(view.question).toBeNull();
    expect(dropped).toEqual([{ kind: 'unknown-question', param: 'q', value: '<script>' }]);
  });
});

describe('stories made in a browser (s=mine-…)', () => {
  const known = { outletIds: ['a', 'b'], storyIds: ['moscow', 'mine-abcdef123456'] };
  it('opens one this browser has, like any story', () => {
    expect(stateFromUrl('?v=1&s=mine-abcdef123456', known)).toEqual({
      view: { ...DEFAULT_VIEW, story: 'mine-abcdef123456' },
      dropped: [],
    });
  });

  it('says a story another browser made is missing, unlike a mistyped one, and keeps such a link as written', () => {
    const missing = stateFromUrl('?v=1&s=mine-zzzzzz999999&o=own-abc', known);
    expect(missing.dropped.map((d) => d.kind)).toEqual(['missing-own-story', 'missing-own']);
    expect(namesMissingOwn(missing.dropped)).toBe(true);
    const typo = stateFromUrl('?v=1&s=mosc', known);
    expect(typo.dropped.map((d) => d.kind)).toEqual(['unknown-story']);
    expect(namesMissingOwn(typo.dropped)).toBe(false);
  });

  it('waits for the reader’s stories before reading a link that names one', () => {
    expect(linkNamesOwn('?v=1&s=mine-abcdef123456')).toBe(true);
    expect(linkNamesOwn('?v=1&s=MINE-ABCDEF123456')).toBe(true);
    expect(linkNamesOwn('?v=1&s=moscow&o=a')).toBe(false);
    expect(linkNamesOwn('?v=1&s=mine-x')).toBe(false);
  });
});
