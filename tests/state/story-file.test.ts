// Story files and story links: what is written reads back the same; damaged, foreign, newer, oversized or
// tampered input is refused with its reason; a link's inflated size is capped (no decompression bomb).
import { describe, expect, it } from 'vitest';
import type { OwnRecord } from '../../src/core/add-articles.ts';
import { ownArticleId } from '../../src/core/own-id.ts';
import {
  checkStoryFile,
  decodeStoryLink,
  encodeStoryLink,
  MAX_STORY_FILE_BYTES,
  makeStoryFile,
  newStoryId,
  readStoryFile,
} from '../../src/storage/story-file.ts';
import { hasStoryLink, MINE_STORY } from '../../src/storage/story-id.ts';

/** A record whose id is its text's, as the app writes them; `id` only names the text apart. */
const record = (name: string, text = `نص المقال ${name} عن الحدث`): OwnRecord => ({
  id: ownArticleId(text),
  name: `${name}.txt`,
  text,
  notes: ['decoded as UTF-8'],
  outlet: { kind: 'name', name: 'مدونتي' },
  addedAt: '2026-12-07T10:00:00.000Z',
});
const story = {
  id: 'mine-abc123def456',
  title: 'انفجار المرفأ',
  date: '2020-08-04',
  createdAt: '2026-12-07',
};
const file = makeStoryFile(story, [record('a'), record('b')], '?v=1&s=mine-abc123def456', 'now');
const bytes = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('story file', () => {
  it('reads back what it writes', () => {
    expect(readStoryFile(bytes(file))).toEqual({ ok: true, file });
  });

  it('refuses non-JSON, foreign, newer, damaged and oversized files with their reason', () => {
    expect(readStoryFile(bytes('{"format": "tabayyun-story",'))).toEqual({
      ok: false,
      problem: { code: 'not-json' },
    });
    expect(readStoryFile(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({
      problem: { code: 'not-json' },
    });
    expect(readStoryFile(bytes({ hello: 1 }))).toEqual({ ok: false, problem: { code: 'foreign' } });
    expect(readStoryFile(bytes([1, 2]))).toMatchObject({ problem: { code: 'foreign' } });
    expect(readStoryFile(bytes({ ...file, version: 2 }))).toEqual({
      ok: false,
      problem: { code: 'newer', version: 2 },
    });
    expect(readStoryFile(bytes({ ...file, articles: [{ ...record('x'), id: 'x' }] }))).toMatchObject({
      problem: { code: 'damaged' },
    });
    expect(readStoryFile(bytes({ ...file, extra: true }))).toMatchObject({ problem: { code: 'damaged' } });
    expect(readStoryFile(bytes({ ...file, story: { ...story, date: 'yesterday' } }))).toMatchObject({
      problem: { code: 'damaged' },
    });
    expect(checkStoryFile({ ...file, articles: [record('a'), record('a')] })).toMatchObject({
      problem: { code: 'damaged', detail: expect.stringMatching(/twice/) },
    });
    expect(readStoryFile(new Uint8Array(MAX_STORY_FILE_BYTES + 1))).toEqual({
      ok: false,
      problem: { code: 'too-large', limitMb: 50 },
    });
  });

  it('makes ids of stories made in a browser that the URL codec recognises', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newStoryId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(MINE_STORY);
  });
});

describe('story link', () => {
  it('carries a story in the fragment and reads it back with the link’s own view', async () => {
    const fragment = await encodeStoryLink(file);
    expect(fragment).toMatch(/^story=[A-Za-z0-9_-]+$/);
    expect(hasStoryLink(`#${fragment}`)).toBe(true);
    expect(hasStoryLink('#other')).toBe(false);
    const read = await decodeStoryLink(`#${fragment}`, '?v=1&s=mine-abc123def456&o=own-x');
    expect(read).toEqual({ ok: true, file: { ...file, view: '?v=1&s=mine-abc123def456&o=own-x' } });
  });

  it('compresses Arabic text well below its size', async () => {
    const text = 'قال المتحدث باسم الحكومة إن المحادثات ستستأنف يوم الأحد المقبل في العاصمة. '.repeat(40);
    const big = makeStoryFile(story, [record('c', text)], '', 'now');
    const fragment = await encodeStoryLink(big);
    expect(fragment.length).toBeLessThan(new TextEncoder().encode(text).length / 4);
  });

  it('refuses damaged fragments, and stops inflating a bomb at the file limit', async () => {
    expect(await decodeStoryLink('#story=%%%', '')).toMatchObject({
      ok: false,
      problem: { code: 'damaged' },
    });
    expect(await decodeStoryLink('#story=', '')).toMatchObject({ ok: false, problem: { code: 'damaged' } });
    expect(await decodeStoryLink('#story=AAAAAAAA', '')).toMatchObject({ ok: false });
    // 60 MB of spaces deflate to a few dozen kilobytes: inflating stops at 50 MB.
    const stream = new Blob([new Uint8Array(60 * 1024 * 1024).fill(32)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (const b of packed) binary += String.fromCharCode(b);
    const fragment = `story=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(await decodeStoryLink(fragment, '')).toMatchObject({ ok: false, problem: { code: 'too-large' } });
    expect(await decodeStoryLink(`story=${'A'.repeat(300_000)}`, '')).toMatchObject({
      problem: { code: 'too-large' },
    });
  });
});
