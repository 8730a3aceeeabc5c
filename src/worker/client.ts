// The page's side of the analysis worker: a promise per request, progress per file, and a newer analysis
// cancelling an older one (the worker is stopped, so a stale analysis does not keep a core busy).
import type { AddedInput, OffTopic, OwnRecord } from '../core/add-articles.ts';
import type { Corpus, InputProblem } from '../core/types.ts';
import type { OutletOption, WorkerRequest, WorkerResponse } from './messages.ts';

/** A request before the client numbers it. */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface AddOutcome {
  corpus: Corpus;
  added: OwnRecord[];
  problems: InputProblem[];
  offTopic: OffTopic[];
  /** Time the worker spent, in milliseconds. */
  ms: number;
}

export interface RejoinOutcome {
  corpus: Corpus;
  problems: InputProblem[];
  ms: number;
}

export type Progress = (done: number, total: number, name: string) => void;

/** What the rest of the app asks of the analysis, wherever it runs. */
export interface Analyzer {
  add(base: Corpus, existing: OwnRecord[], inputs: AddedInput[], onProgress?: Progress): Promise<AddOutcome>;
  rejoin(base: Corpus, records: OwnRecord[]): Promise<RejoinOutcome>;
  outlets(): Promise<OutletOption[]>;
}

/** The rejection of a request a newer one replaced. */
export class StaleRequest extends Error {
  override name = 'StaleRequest';
  constructor() {
    super('replaced by a newer analysis');
  }
}

export const isStale = (error: unknown): boolean => error instanceof StaleRequest;

/** The part of a Worker the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending {
  resolve(response: WorkerResponse): void;
  reject(error: Error): void;
  onProgress?: Progress;
  analysis: boolean;
}

export function createWorkerAnalyzer(makeWorker: () => WorkerLike): Analyzer {
  let worker: WorkerLike | undefined;
  let next = 1;
  const pending = new Map<number, Pending>();

  const stop = (error: Error) => {
    worker?.terminate();
    worker = undefined;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const ensure = (): WorkerLike => {
    if (worker) return worker;
    const created = makeWorker();
    created.onmessage = ({ data }) => {
      const p = pending.get(data.id);
      if (!p) return;
      if (data.type === 'progress') {
        p.onProgress?.(data.done, data.total, data.name);
        return;
      }
      pending.delete(data.id);
      if (data.type === 'error') p.reject(new Error(data.message));
      else p.resolve(data);
    };
    // The script failed to load or threw at the top: every waiting request learns it, the next starts afresh.
    created.onerror = (event) => {
      event.preventDefault?.();
      stop(new Error(event.message || 'the analysis worker failed'));
    };
    worker = created;
    return created;
  };

  const send = (request: Unnumbered<WorkerRequest>, analysis: boolean, onProgress?: Progress) => {
    // A newer analysis makes the older one pointless: stop the worker rather than wait for it.
    if (analysis && [...pending.values()].some((p) => p.analysis)) stop(new StaleRequest());
    const id = next++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      pending.set(id, { resolve, reject, analysis, ...(onProgress ? { onProgress } : {}) });
      try {
        ensure().postMessage({ ...request, id } as WorkerRequest);
      } catch (error) {
        pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  };

  let outlets: Promise<OutletOption[]> | undefined;
  return {
    async add(base, existing, inputs, onProgress) {
      const r = await send({ type: 'add', base, existing, inputs }, true, onProgress);
      if (r.type !== 'added') throw new Error(`unexpected answer ${r.type}`);
      return { corpus: r.corpus, added: r.added, problems: r.problems, offTopic: r.offTopic, ms: r.ms };
    },
    async rejoin(base, records) {
      const r = await send({ type: 'rejoin', base, records }, true);
      if (r.type !== 'rejoined') throw new Error(`unexpected answer ${r.type}`);
      return { corpus: r.corpus, problems: r.problems, ms: r.ms };
    },
    outlets() {
      outlets ??= send({ type: 'outlets' }, false).then((r) => (r.type === 'outlets' ? r.outlets : []));
      // A failed list is asked again next time.
      outlets.catch(() => {
        outlets = undefined;
      });
      return outlets;
    },
  };
}
