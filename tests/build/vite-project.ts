// A throw-away Vite project around a story folder, built with the seeds plugin in memory: what the build tests
// share.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { seedsPlugin } from '../../src/build/seeds-plugin.ts';

/** Writes the project's entry (it prints the corpus it was handed) into `root`, beside `root/seeds`. */
export function writeEntry(root: string): void {
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    path.join(root, 'main.js'),
    "import corpus from 'virtual:corpus';\ndocument.body.textContent = corpus.articles.length;\n",
  );
}

/**
 * Vite colours plugin warnings itself (yellow) whenever picocolors thinks colour is supported, which
 * includes any environment with `CI` set. Those colour codes are Vite's, not the plugin's, so they
 * are taken off before a test looks for control characters the plugin let through.
 */
function uncoloured(msg: string): string {
  return msg.replace(/\u001b\[\d+m/g, '');
}

/** Builds `root` and returns the bundled JavaScript with what the build logged. */
export async function buildOutput(
  root: string,
): Promise<{ js: string; warnings: string[]; infos: string[] }> {
  const warnings: string[] = [];
  const infos: string[] = [];
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [seedsPlugin({ dir: 'seeds' })],
    build: { write: false },
    customLogger: {
      info: (msg) => infos.push(msg),
      warn: (msg) => warnings.push(uncoloured(msg)),
      warnOnce: (msg) => warnings.push(uncoloured(msg)),
      error() {},
      clearScreen() {},
      hasErrorLogged: () => false,
      hasWarned: false,
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const js = outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => ('code' in o ? o.code : ''))
    .join('\n');
  return { js, warnings, infos };
}
