// Stories made in the browser, driven through the store with the analysis on this thread and storage in memory:
// created empty and opened, articles added to them, renamed, deleted and undone; a story file written and opened
// in another "browser" (a second store on fresh storage) gives the same comparison.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/core/schema.ts';
import type { Corpus } from '../../src/core/types.ts';
import { startOwnArticles } from '../../src/state/own-sync.ts';
import { createAppStore } from '../../src/state/store.ts';
import { createInlineAnalyzer } from '../../src/worker/inline-analyzer.ts';
import { ROOT, registry } from '../core/helpers.ts';
import { memoryStorage } from './memory-storage.ts';

const base: Corpus = parseCorpus(
  JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8')),
);
const BEIRUT = path.join(ROOT, 'tests/fixtures/stories/beirut-port-blast-2020');
const beirut = (file: string) => readFileSync(path.join(BEIRUT, file), 'utf8');
const analyzer = createInlineAnalyzer(registry);
const summary = { id: base.story.id, title: base.story.title, articles: 5, outlets: 5 };

async function browser(storage = memoryStorage().storage) {
  const store = createAppStore(base, undefined, { stories: [summary], loadStory: async () => base });
  await startOwnArticles(store, { analyzer, storage });
  return store;
}

describe('stories made in the browser', { timeout: 60_000 }, () => {
  it('creates an empty story, opens it, and compares the articles added to it', async () => {
    const { storage, stories } = memoryStorage();
    const store = await browser(storage);
    const actions = store.getState().ownActions!;
    const id = await actions.createStory('  انفجار   مرفأ بيروت ', '2020-08-04');
    expect(id).toMatch(/^mine-/);
    expect(store.getState().base.story).toEqual({
      id,
      title: { ar: 'انفجار مرفأ بيروت', en: 'انفجار مرفأ بيروت' },
      date: '2020-08-04',
    });
    expect(store.getState().view.story).toBe(id);
    expect(store.getState().corpus.articles).toEqual([]);
    expect(stories.get(id!)?.title).toBe('انفجار مرفأ بيروت');
    await store.getState().ownLoaded!();
    await actions.add(
      ['report-a.txt', 'report-b.txt', 'report-c.txt'].map((name) => ({ name, text: beirut(name) })),
    );
    const { corpus } = store.getState();
    expect(corpus.articles).toHaveLength(3);
    expect(corpus.facts.length).toBeGreaterThan(0);
    expect(corpus.questions).toEqual([]);
    expect(store.getState().stories.find((s) => s.id === id)).toMatchObject({ articles: 3, own: true });

    // Another session in the same browser: the story is in the picker and opens with its articles.
    const again = await browser(storage);
    expect(again.getState().stories.map((s) => s.id)).toEqual([base.story.id, id]);
    await again.getState().chooseStory(id!);
    await again.getState().ownLoaded!();
    expect(again.getState().corpus.articles.map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
  });

  it('renames without analysing again, deletes (the default story shown) and undoes', async () => {
    const { storage, rows } = memoryStorage();
    const store = await browser(storage);
    const actions = store.getState().ownActions!;
    const id = (await actions.createStory('قصة'))!;
    await store.getState().ownLoaded!();
    await actions.add([{ name: 'a.txt', text: beirut('report-a.txt') }]);
    const analysed = store.getState().corpus.articles;
    await actions.renameStory(id, 'قصة المرفأ', '2020-08-05');
    expect(store.getState().corpus.story.title.ar).toBe('قصة المرفأ');
    expect(store.getState().corpus.story.date).toBe('2020-08-05');
    expect(store.getState().corpus.articles).toBe(analysed);

    await actions.deleteStory(id);
    expect(store.getState().base.story.id).toBe(base.story.id);
    expect(store.getState().stories.map((s) => s.id)).toEqual([base.story.id]);
    expect(rows.size).toBe(0);
    expect(store.getState().own.removedStory?.story.title).toBe('قصة المرفأ');
    await actions.undoDeleteStory();
    await store.getState().ownLoaded!();
    expect(store.getState().base.story.id).toBe(id);
    expect(store.getState().corpus.articles.map((a) => a.id)).toEqual(analysed.map((a) => a.id));
    expect(rows.size).toBe(1);
  });

  it('a story file opened in another browser gives the same comparison; opening it twice adds nothing', async () => {
    const sender = await browser();
    const actions = sender.getState().ownActions!;
    const id = (await actions.createStory('انفجار المرفأ'))!;
    await sender.getState().ownLoaded!();
    await actions.add(['report-a.txt', 'report-d.txt'].map((name) => ({ name, text: beirut(name) })));
    const file = actions.storyFile(`?v=1&s=${id}`);
    expect(file.articles).toHaveLength(2);

    const recipient = await browser();
    const outcome = await recipient.getState().ownActions!.importStory(JSON.parse(JSON.stringify(file)));
    expect(outcome).toEqual({ ok: true, story: id, title: 'انفجار المرفأ', added: 2, view: `?v=1&s=${id}` });
    await recipient.getState().chooseStory(id);
    await recipient.getState().ownLoaded!();
    const strip = (c: Corpus) => ({ ...c, articles: c.articles.map((a) => ({ ...a })) });
    expect(strip(recipient.getState().corpus)).toEqual(strip(sender.getState().corpus));
    const twice = await recipient.getState().ownActions!.importStory(file);
    expect(twice).toMatchObject({ ok: true, added: 0 });

    // A file that adds to a bundled story puts its articles there; one naming a story nobody has is refused.
    const bundled = { ...file, story: { ...file.story, id: base.story.id } };
    expect(await recipient.getState().ownActions!.importStory(bundled)).toMatchObject({ ok: true, added: 2 });
    expect(recipient.getState().stories.filter((s) => s.own)).toHaveLength(1);
    const foreign = { ...file, story: { ...file.story, id: 'somewhere-else' } };
    expect(await recipient.getState().ownActions!.importStory(foreign)).toEqual({
      ok: false,
      problem: { code: 'unknown-story', id: 'somewhere-else' },
    });
  });
});
