// The analysis worker: the reader's articles go through the same core as the seeds, off the main thread.
// The outlet registry is imported here, so it lands in this chunk and not in the page's bundle.
import registryJson from '../../seeds/outlets.json';
import { parseRegistry } from '../core/corpus.ts';
import { handleRequest } from './handle.ts';
import type { WorkerRequest, WorkerResponse } from './messages.ts';

const registry = parseRegistry(registryJson);
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

scope.onmessage = (event) => handleRequest(event.data, registry, (response) => scope.postMessage(response));
