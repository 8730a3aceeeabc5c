// Sharing a story that lives in one browser: writing its story file, a link that carries it, and opening either.
// A chunk of its own (the checks, zod): fetched when the reader first shares or opens a story.
import type { AppStore } from '../../state/store.ts';
import { dropFragment, navigateTo, shareHref } from '../../state/url-sync.ts';
import {
  decodeStoryLink,
  encodeStoryLink,
  MAX_LINK_LENGTH,
  MAX_STORY_FILE_BYTES,
  type ReadStoryFile,
  readStoryFile,
  type StoryFile,
} from '../../storage/story-file.ts';
import { downloadText } from '../export/download.ts';

/** The reader's own articles and stories, started if they are not yet. */
async function actionsOf(store: AppStore) {
  if (!store.getState().ownActions) await store.getState().startOwn?.();
  const actions = store.getState().ownActions;
  if (!actions) throw new Error('the reader’s own articles could not start');
  return actions;
}

/** The query part of the address to share (the outlets listed when the view holds the reader's own articles). */
function sharedView(store: AppStore): string {
  return new URL(shareHref(store.getState())).search;
}

/** A file name from the story's title: its letters and digits, then `.tabayyun.json`. */
export function storyFileName(file: StoryFile): string {
  const words = file.story.title.match(/[\p{L}\p{N}]+/gu) ?? [];
  const stem = words.join('-').slice(0, 60) || file.story.id;
  return `${stem}.tabayyun.json`;
}

export async function saveStoryFile(store: AppStore): Promise<string> {
  const file = (await actionsOf(store)).storyFile(sharedView(store));
  const name = storyFileName(file);
  downloadText(name, `${JSON.stringify(file, null, 1)}\n`, 'application/json');
  return name;
}

export type LinkResult =
  | { ok: true; href: string }
  | { ok: false; reason: 'too-long'; length: number }
  | { ok: false; reason: 'nothing' };

/** The link that carries the story shown, when it has articles of the reader's and fits in `MAX_LINK_LENGTH`. */
export async function storyLink(store: AppStore): Promise<LinkResult> {
  const file = (await actionsOf(store)).storyFile(sharedView(store));
  if (file.articles.length === 0) return { ok: false, reason: 'nothing' };
  const href = `${shareHref(store.getState()).split('#')[0]}#${await encodeStoryLink(file)}`;
  if (href.length > MAX_LINK_LENGTH) return { ok: false, reason: 'too-long', length: href.length };
  return { ok: true, href };
}

/** Keeps a checked story file's articles and opens the sender's view. */
async function open(store: AppStore, read: ReadStoryFile, via?: 'link'): Promise<void> {
  const patch = store.getState().patchOwn;
  if (!read.ok) {
    patch({ imported: { ok: false, problem: read.problem, ...(via ? { via } : {}) } });
    return;
  }
  const outcome = await (await actionsOf(store)).importStory(read.file);
  if (via) patch({ imported: { ...outcome, via } });
  if (!outcome.ok) return;
  // A link's view is its own address, already read; a file's is opened like a link followed.
  if (!via) navigateTo(outcome.view || `?s=${outcome.story}`);
}

/** A picked or dropped story file. */
export async function openStoryFile(store: AppStore, file: File): Promise<void> {
  // Over the limit: refused by its size, without reading it.
  const bytes =
    file.size > MAX_STORY_FILE_BYTES
      ? new Uint8Array(MAX_STORY_FILE_BYTES + 1)
      : new Uint8Array(await file.arrayBuffer());
  await open(store, readStoryFile(bytes));
}

/**
 * The story a link carries in its fragment: kept in this browser before the view is read (main.tsx calls this
 * before url-sync starts), so the link's `s=` and `o=` name what is now here.
 */
export async function openLinkStory(store: AppStore, hash: string, search: string): Promise<void> {
  await open(store, await decodeStoryLink(hash, search), 'link');
}

/** Once the view is read, the story no longer needs to ride in the address bar. */
export { dropFragment, MAX_LINK_LENGTH };
