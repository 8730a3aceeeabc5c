import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { stateFromUrl } from '../../src/state/url.ts';
import { type HistoryHost, shareHref, startUrlSync } from '../../src/state/url-sync.ts';
import { DEFAULT_VIEW } from '../../src/state/view.ts';
import { uiCorpus } from '../fixtures/ui-corpus.ts';

/** A minimal in-memory browser history: entries, an index, popstate on back/forward. */
function fakeHost(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const location = {
    pathname: '/app/',
    hash: '',
    get search() {
      return entries[index] ?? '';
    },
    get href() {
      return `http://localhost/app/${entries[index] ?? ''}`;
    },
  };
  const toSearch = (url: string) => url.slice(url.indexOf('?'));
  const host: HistoryHost = {
    location,
    history: {
      pushState(_data, _unused, url) {
        calls.push(`push ${url}`);
        entries.splice(index + 1, entries.length, toSearch(url));
        index++;
      },
      replaceState(_data, _unused, url) {
        calls.push(`replace ${url}`);
        entries[index] = toSearch(url);
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const go = (delta: number) => {
    index += delta;
    for (const listener of listeners) listener();
  };
  return { host, calls, entries, go, listeners, current: () => entries[index] };
}

describe('url-sync', () => {
  it('reads the URL at start and normalises it with replaceState', () => {
    const fake = fakeHost('?lang=en&o=youm7,alarabiya&junk=1');
    const store = createAppStore(uiCorpus);
    startUrlSync(store, fake.host);
    expect(store.getState().view).toEqual({ ...DEFAULT_VIEW, outlets: ['alarabiya', 'youm7'], lang: 'en' });
    expect(store.getState().notices.dropped).toEqual([{ kind: 'unknown-param', param: 'junk', value: '1' }]);
    expect(fake.calls).toEqual(['replace /app/?v=1&o=alarabiya,youm7&lang=en']);
  });

  it('leaves a canonical URL alone at start', () => {
    const fake = fakeHost('?v=1');
    startUrlSync(createAppStore(uiCorpus), fake.host);
    expect(fake.calls).toEqual([]);
  });

  it('pushes a history entry for each change by the reader', () => {
    const fake = fakeHost('?v=1');
    const store = createAppStore(uiCorpus);
    startUrlSync(store, fake.host);
    store.getState().toggleOutlet('youm7');
    store.getState().setLang('en');
    expect(fake.calls).toEqual([
      'push /app/?v=1&o=alarabiya,unidentified-002-c3',
      'push /app/?v=1&o=alarabiya,unidentified-002-c3&lang=en',
    ]);
  });

  it('restores the previous view on Back and the next on Forward, without pushing', () => {
    const fake = fakeHost('?v=1');
    const store = createAppStore(uiCorpus);
    startUrlSync(store, fake.host);
    store.getState().toggleOutlet('youm7');
    fake.go(-1);
    expect(store.getState().view.outlets).toBeNull();
    fake.go(1);
    expect(store.getState().view.outlets).toEqual(['alarabiya', 'unidentified-002-c3']);
    expect(fake.calls.filter((c) => c.startsWith('push'))).toHaveLength(1);
  });

  it('replaces a non-canonical URL reached by Back instead of pushing', () => {
    const fake = fakeHost('?v=1');
    const store = createAppStore(uiCorpus);
    startUrlSync(store, fake.host);
    fake.entries.push('?lang=en&lang=ar');
    fake.go(1);
    expect(store.getState().view.lang).toBe('en');
    expect(fake.current()).toBe('?v=1&lang=en');
    expect(fake.calls).toEqual(['replace /app/?v=1&lang=en']);
  });

  it('reads the question and highlight mode from the URL, and pushes them when the reader picks them', () => {
    const fake = fakeHost('?v=1&q=talks-outcome&h=contradictions');
    const store = createAppStore(uiCorpus);
    startUrlSync(store, fake.host);
    expect(store.getState().view).toEqual({
      ...DEFAULT_VIEW,
      question: 'talks-outcome',
      highlight: 'contradictions',
    });
    expect(fake.calls).toEqual([]);
    store.getState().selectQuestion('army-position');
    store.getState().setHighlight('all');
    expect(fake.calls).toEqual([
      'push /app/?v=1&q=army-position&h=contradictions',
      'push /app/?v=1&q=army-position&h=all',
    ]);
    fake.go(-1);
    expect(store.getState().view.highlight).toBe('contradictions');
    fake.go(-1);
    expect(store.getState().view.question).toBe('talks-outcome');
  });

  it('drops an unknown question from the URL, reports it and writes the address without it', () => {
    const fake = fakeHost('?v=1&q=who-won&h=loud');
    const store = createAppStore(uiCorpus);
    startUrlSync(store, fake.host);
    expect(store.getState().view).toEqual(DEFAULT_VIEW);
    expect(store.getState().notices.dropped.map((d) => d.kind)).toEqual([
      'unknown-question',
      'bad-highlight',
    ]);
    expect(fake.calls).toEqual(['replace /app/?v=1']);
  });

  it('stops listening when stopped', () => {
    const fake = fakeHost('?v=1');
    const store = createAppStore(uiCorpus);
    const stop = startUrlSync(store, fake.host);
    stop();
    store.getState().setLang('en');
    expect(fake.calls).toEqual([]);
    expect(fake.listeners.size).toBe(0);
  });
});

describe('url-sync with several stories', () => {
  const second = {
    ...uiCorpus,
    story: { ...uiCorpus.story, id: 'second', title: { ar: 'ثانية', en: 'Second' } },
    articles: uiCorpus.articles.filter((a) => a.attribution.outletId !== 'alarabiya'),
  };
  const summaries = [uiCorpus, second].map((c) => ({
    id: c.story.id,
    title: c.story.title,
    articles: c.articles.length,
    outlets: c.outlets.length,
  }));
  const storeWith = (loadStory: (id: string) => Promise<typeof uiCorpus>) =>
    createAppStore(uiCorpus, undefined, { stories: summaries, loadStory });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('a link to another story loads it first, then reads its outlets against that story', async () => {
    const fake = fakeHost('?v=1&s=second&o=youm7');
    const store = storeWith(async () => second);
    startUrlSync(store, fake.host);
    await settle();
    expect(store.getState().base.story.id).toBe('second');
    expect(store.getState().view).toMatchObject({ story: 'second', outlets: ['youm7'] });
    expect(fake.current()).toBe('?v=1&s=second&o=youm7');
    expect(store.getState().notices.dropped).toEqual([]);
  });

  it('choosing a story pushes its link; Back reopens the first story', async () => {
    const fake = fakeHost('?v=1');
    const store = storeWith(async (id) => (id === 'second' ? second : uiCorpus));
    startUrlSync(store, fake.host);
    await store.getState().chooseStory('second');
    expect(fake.current()).toBe('?v=1&s=second');
    fake.go(-1);
    await settle();
    expect(store.getState().base.story.id).toBe(uiCorpus.story.id);
    expect(store.getState().view.story).toBeNull();
  });

  it('a story that fails to load leaves the open one and says which could not be loaded', async () => {
    const fake = fakeHost('?v=1&s=second&lang=en');
    const store = storeWith(async () => {
      throw new Error('offline');
    });
    const logged = console.error;
    console.error = () => {};
    try {
      startUrlSync(store, fake.host);
      await settle();
      await settle();
    } finally {
      console.error = logged;
    }
    expect(store.getState().base.story.id).toBe(uiCorpus.story.id);
    expect(store.getState().view.lang).toBe('en');
    expect(store.getState().notices.dropped).toEqual([
      { kind: 'story-unavailable', param: 's', value: 'second' },
    ]);
    expect(fake.current()).toBe('?v=1&lang=en');
  });

  it('a slower load does not overtake a later one', async () => {
    const fake = fakeHost('?v=1');
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const store = storeWith(async (id) => {
      if (id === 'second') await slow;
      return id === 'second' ? second : uiCorpus;
    });
    startUrlSync(store, fake.host);
    const first = store.getState().chooseStory('second');
    // The reader changes their mind before the second story arrives: the first story stays.
    const back = store.getState().openStory(uiCorpus.story.id);
    release();
    expect(await first).toBe(false);
    expect(await back).toBe(true);
    expect(store.getState().base.story.id).toBe(uiCorpus.story.id);
  });
});

describe('shareHref', () => {
  const location = { origin: 'http://x', pathname: '/app/', href: 'http://x/app/?v=1' };
  const withOwn = {
    ...uiCorpus,
    outlets: [
      ...uiCorpus.outlets,
      { id: 'own-abc', name: { ar: 'مقالي', en: 'Mine' }, colour: 9, own: true as const },
    ],
    articles: [
      ...uiCorpus.articles,
      {
        ...uiCorpus.articles[0]!,
        id: 'own-1',
        own: true as const,
        attribution: { ...uiCorpus.articles[0]!.attribution, outletId: 'own-abc' },
      },
    ],
  };

  it('is the current address when the view holds none of the reader’s own articles', () => {
    expect(shareHref(createAppStore(uiCorpus).getState(), location)).toBe(location.href);
  });

  it('lists every outlet when "all" includes the reader’s own, so the recipient is told what is missing', () => {
    const store = createAppStore(withOwn);
    const href = shareHref(store.getState(), location);
    expect(href).toBe('http://x/app/?v=1&o=alarabiya,youm7,unidentified-002-c3,own-abc');
    const { view, dropped } = stateFromUrl(new URL(href).search, {
      outletIds: createAppStore(uiCorpus).getState().outletIds,
    });
    expect(view.outlets).toBeNull();
    expect(dropped).toEqual([{ kind: 'missing-own', param: 'o', value: 'own-abc' }]);
  });

  it('is the current address when the reader chose outlets (the link names them already)', () => {
    const store = createAppStore(withOwn);
    store.getState().setOutlets(['youm7', 'own-abc']);
    expect(shareHref(store.getState(), location)).toBe(location.href);
  });
});
