// What the worker does with one request, apart from the worker itself so tests call it in Node.
import { addArticles, rejoinOwn } from '../core/add-articles.ts';
import type { OutletRegistryEntry } from '../core/types.ts';
import type { WorkerRequest, WorkerResponse } from './messages.ts';

export function handleRequest(
  request: WorkerRequest,
  registry: OutletRegistryEntry[],
  post: (response: WorkerResponse) => void,
  clock: () => number = () => performance.now(),
): void {
  const { id } = request;
  const started = clock();
  try {
    if (request.type === 'outlets') {
      const outlets = registry.map((o) => ({
        id: o.id,
        name: o.name,
        ...(o.country ? { country: o.country } : {}),
      }));
      post({ type: 'outlets', id, outlets });
    } else if (request.type === 'add') {
      const result = addArticles(
        request.base,
        request.inputs,
        registry,
        request.existing,
        (done, total, name) => post({ type: 'progress', id, done, total, name }),
      );
      post({ type: 'added', id, ...result, ms: clock() - started });
    } else {
      const result = rejoinOwn(request.base, request.records, registry);
      post({ type: 'rejoined', id, ...result, ms: clock() - started });
    }
  } catch (error) {
    // The core refuses bad input with problems, not throws; this is a bug, said rather than swallowed.
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}
