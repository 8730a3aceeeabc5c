// The reading font, cut to what Arabic news text needs. Noto Naskh Arabic's Arabic file is 52 KB a weight; cut to the
// letters, marks, digits and punctuation of Arabic news (ARABIC_RANGES) it is about 14 KB, and its shaping rules
// come along (hb-subset keeps what the kept letters need). Digits, « » and the punctuation Arabic text borrows
// from Latin come from the font's Latin file, cut to those (about 3.5 KB). Latin letters are left to the system font:
// the English interface reads well in it, and the articles are Arabic.
//
// The cut files are written to node_modules/.cache before Vite reads any CSS; src/fonts.css points at them, so
// Vite hashes and emits them like any asset.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/**
 * Characters kept from the Arabic file: what Arabic news text uses — letters, marks, Arabic-Indic and Persian digits,
 * Arabic punctuation, and the extra letters Arabic outlets borrow to spell foreign names (پ چ ژ ڤ ک گ ی ہ ھ ے).
 * The rest of the Arabic block (letters of Sindhi, Pashto, Kurdish…, Quranic annotation signs) still shows, in the
 * fallback font; leaving it out nearly halves the file (25 → 14 KB a weight).
 */
export const ARABIC_RANGES: [number, number][] = [
  [0x060c, 0x060c],
  [0x061b, 0x061b],
  [0x061f, 0x061f],
  [0x0621, 0x063a],
  [0x0640, 0x0671],
  [0x067e, 0x067e],
  [0x0686, 0x0686],
  [0x0698, 0x0698],
  [0x06a4, 0x06a4],
  [0x06a9, 0x06a9],
  [0x06af, 0x06af],
  [0x06be, 0x06be],
  [0x06c1, 0x06c1],
  [0x06cc, 0x06cc],
  [0x06d2, 0x06d2],
  [0x06d4, 0x06d4],
  [0x06f0, 0x06f9],
  [0x200c, 0x200f],
  [0xfd3e, 0xfd3f],
];
export const ARABIC_TEXT = ARABIC_RANGES.map(([from, to]) => range(from, to)).join('');

/** Characters kept from the Latin file: digits, punctuation and the quotation marks Arabic text uses. */
export const LATIN_TEXT = `${range(0x20, 0x40)}${range(0x5b, 0x60)}${range(0x7b, 0x7e)}\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026`;

export const FONT_WEIGHTS = [400, 700] as const;
const PARTS = [
  { part: 'arabic', text: ARABIC_TEXT },
  { part: 'latin', text: LATIN_TEXT },
] as const;

/** Where the cut files go, relative to the project root (src/fonts.css names the same paths). */
export const FONTS_CACHE = 'node_modules/.cache/tabayyun-fonts';

export function fontFile(part: 'arabic' | 'latin', weight: number): string {
  return `naskh-${part}-${weight}.woff2`;
}

async function cut(root: string): Promise<void> {
  const require = createRequire(path.join(root, 'package.json'));
  const source = path.dirname(require.resolve('@fontsource/noto-naskh-arabic/package.json'));
  const out = path.join(root, FONTS_CACHE);
  mkdirSync(out, { recursive: true });
  // The files are cut again whenever what is kept (or the source package) changes.
  const stamp = path.join(out, 'stamp.txt');
  const wanted = JSON.stringify([
    (JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as { version: string }).version,
    PARTS,
    FONT_WEIGHTS,
  ]);
  const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted;
  const { default: subsetFont } = await import('subset-font');
  for (const weight of FONT_WEIGHTS) {
    for (const { part, text } of PARTS) {
      const target = path.join(out, fontFile(part, weight));
      if (fresh && existsSync(target)) continue;
      const from = path.join(source, 'files', `noto-naskh-arabic-${part}-${weight}-normal.woff2`);
      const font = await subsetFont(readFileSync(from), text, { targetFormat: 'woff2' });
      writeFileSync(target, font);
    }
  }
  writeFileSync(stamp, wanted);
}

export function fontsPlugin(): Plugin {
  return {
    name: 'tabayyun-fonts',
    // `config` is awaited before Vite reads any module, in build and dev alike.
    async config(config) {
      await cut(path.resolve(config.root ?? process.cwd()));
    },
    // Every cut file is needed by the first view (Arabic text, bold headings, digits): each is fetched beside the
    // stylesheet rather than after it. With `font-display: optional` (src/fonts.css), a preloaded font holds the
    // text back for at most ~100 ms and is then used, or, on a slow first visit, not used on that page at all:
    // the prerendered first view (src/build/prerender-plugin.ts) paints before any script, and a font swapped in
    // after that paint would reflow it (a layout shift).
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const wanted = FONT_WEIGHTS.flatMap((weight) =>
          PARTS.map(({ part }) => fontFile(part, weight).replace('.woff2', '')),
        );
        const assets = Object.values(context.bundle ?? {}).filter(
          (file) =>
            file.type === 'asset' &&
            file.fileName.endsWith('.woff2') &&
            wanted.some((name) => path.basename(file.fileName).startsWith(`${name}-`)),
        );
        // The regular Arabic file first: the body text needs it most.
        const first = wanted[0]!;
        assets.sort((a, b) => Number(!a.fileName.includes(first)) - Number(!b.fileName.includes(first)));
        return assets.map((asset) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `./${asset.fileName}`,
            as: 'font',
            type: 'font/woff2',
            crossorigin: 'anonymous',
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
