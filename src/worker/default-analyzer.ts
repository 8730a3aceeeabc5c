// The app's analyzer: one module worker, created on first use, its script address passed through the
// Trusted Types policy. Vite bundles the worker as its own chunk (`?worker&url`).
import workerUrl from './analyze.worker.ts?worker&url';
import { type Analyzer, createWorkerAnalyzer, type WorkerLike } from './client.ts';
import { workerScriptUrl } from './script-url.ts';

let analyzer: Analyzer | undefined;

export function defaultAnalyzer(): Analyzer {
  analyzer ??= createWorkerAnalyzer(
    () => new Worker(workerScriptUrl(workerUrl), { type: 'module' }) as unknown as WorkerLike,
  );
  return analyzer;
}
