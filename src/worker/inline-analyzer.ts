// The analysis on the calling thread, through the same request handler as the worker: for tests, and for
// runners without workers. Each call still answers asynchronously, as the worker would.
import type { OutletRegistryEntry } from '../core/types.ts';
import type { Analyzer } from './client.ts';
import { handleRequest } from './handle.ts';
import type { WorkerRequest, WorkerResponse } from './messages.ts';

type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

export function createInlineAnalyzer(registry: OutletRegistryEntry[]): Analyzer {
  const run = async (
    request: Unnumbered<WorkerRequest>,
    onProgress?: (d: number, t: number, n: string) => void,
  ) => {
    await Promise.resolve();
    let answer: WorkerResponse | undefined;
    handleRequest({ ...request, id: 0 } as WorkerRequest, registry, (response) => {
      if (response.type === 'progress') onProgress?.(response.done, response.total, response.name);
      else answer = response;
    });
    if (!answer || answer.type === 'error') throw new Error(answer?.message ?? 'no answer');
    return answer;
  };
  return {
    async add(base, existing, inputs, onProgress) {
      const r = await run({ type: 'add', base, existing, inputs }, onProgress);
      if (r.type !== 'added') throw new Error(r.type);
      return { corpus: r.corpus, added: r.added, problems: r.problems, offTopic: r.offTopic, ms: r.ms };
    },
    async rejoin(base, records) {
      const r = await run({ type: 'rejoin', base, records });
      if (r.type !== 'rejoined') throw new Error(r.type);
      return { corpus: r.corpus, problems: r.problems, ms: r.ms };
    },
    async outlets() {
      const r = await run({ type: 'outlets' });
      return r.type === 'outlets' ? r.outlets : [];
    },
  };
}
