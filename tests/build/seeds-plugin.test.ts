// The seeds plugin in a real Vite: `vite build` bundles the corpus and names what it could not use;
// the dev server serves the corpus and rebuilds it when a seed file changes.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { seedsPlugin } from '../../src/build/seeds-plugin.ts';
import { buildOutput, writeEntry } from './vite-project.ts';

const SEEDS = path.resolve('seeds');
const BODY_A = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة.';
const BODY_B = 'قالت الوزارة إن الخطة تبدأ الشهر المقبل وتستمر عامين كاملين في جميع المحافظات.';

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A throw-away Vite project whose entry prints the corpus it was handed. */
function project(articles: Record<string, string | Uint8Array>): { root: string; seeds: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'tabayyun-plugin-'));
  roots.push(root);
  const seeds = path.join(root, 'seeds');
  mkdirSync(seeds);
  for (const name of ['outlets.json', 'story.json'])
    copyFileSync(path.join(SEEDS, name), path.join(seeds, name));
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(seeds, name), text);
  writeEntry(root);
  return { root, seeds };
}

describe('seeds plugin in vite build', () => {
  it('bundles every usable article and names the file it could not use', async () => {
    const { root } = project({
      'a.txt': BODY_A,
      'b.txt': BODY_B,
      'broken.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]),
    });
    const { js, warnings, infos } = await buildOutput(root);
    expect(js).toContain('خطة جديدة لدعم المزارعين');
    expect(js).toContain('تبدأ الشهر المقبل');
    expect(warnings.join('\n')).toMatch(/seed broken\.txt was not used: .+/);
    expect(infos).toContainEqual(
      expect.stringContaining('seeds: 2 articles, 0 outlets, 2 unidentified, 1 file(s) not used'),
    );
  });

  it('warns about a provenance entry for a missing file or an unknown outlet, and still builds', async () => {
    const { root, seeds } = project({ 'a.txt': BODY_A });
    writeFileSync(
      path.join(seeds, 'sources.json'),
      JSON.stringify({
        files: { 'a.txt': { outlet: 'no-such-outlet' }, 'gone.txt': { published: '2020-01-13' } },
      }),
    );
    const { js, warnings } = await buildOutput(root);
    expect(js).toContain('خطة جديدة لدعم المزارعين');
    const log = warnings.join('\n');
    expect(log).toContain('sources.json has an entry for gone.txt, which is not in the folder');
    expect(log).toContain(
      'sources.json names outlet "no-such-outlet" for a.txt, which is not in outlets.json',
    );
  });

  it('escapes control and bidi characters of file names in the build log', async () => {
    const { root } = project({ 'a.txt': BODY_A, 'x\u001b[2Kok\u202Egnp.txt': new Uint8Array([0, 1, 2]) });
    const { warnings } = await buildOutput(root);
    const log = warnings.join('\n');
    expect(log).toContain('seed x\\u{1B}[2Kok\\u{202E}gnp.txt was not used');
    expect(log).not.toMatch(/[\u001b\u202E]/);
  });

  it('stops with one clear message when no seed is usable', async () => {
    const { root } = project({ 'empty.txt': '' });
    await expect(buildOutput(root)).rejects.toThrow(
      /No usable article in seeds: every \.txt file was refused/,
    );
  });
});

describe('seeds plugin in vite dev', () => {
  let server: ViteDevServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the corpus and rebuilds it when a seed changes', async () => {
    const { root, seeds } = project({ 'a.txt': BODY_A });
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [seedsPlugin({ dir: 'seeds' })],
      server: { port: 0, host: '127.0.0.1', ws: false },
    });
    await server.listen();
    const first = await server.transformRequest('virtual:corpus');
    expect(first?.code).toContain('خطة جديدة لدعم المزارعين');

    writeFileSync(path.join(seeds, 'a.txt'), BODY_B);
    let code = '';
    for (let i = 0; i < 100 && !code.includes('تبدأ الشهر المقبل'); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      code = (await server.transformRequest('virtual:corpus'))?.code ?? '';
    }
    expect(code).toContain('تبدأ الشهر المقبل');
    expect(code).not.toContain('خطة جديدة لدعم المزارعين');
  });
});
