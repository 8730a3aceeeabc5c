// The messages between the page and the analysis worker. Plain data only: they cross by structured clone.
import type { AddedInput, OffTopic, OwnRecord } from '../core/add-articles.ts';
import type { Corpus, InputProblem, LocalisedName } from '../core/types.ts';

/** A registry outlet as the "which outlet?" list offers it. */
export interface OutletOption {
  id: string;
  name: LocalisedName;
  country?: string;
}

export type WorkerRequest =
  /** Add `inputs` to `base`, which already holds `existing` (the reader's articles so far). */
  | { type: 'add'; id: number; base: Corpus; existing: OwnRecord[]; inputs: AddedInput[] }
  /** Analyse stored records again over `base` (a reload, a removal, another story). */
  | { type: 'rejoin'; id: number; base: Corpus; records: OwnRecord[] }
  | { type: 'outlets'; id: number };

export type WorkerResponse =
  | { type: 'progress'; id: number; done: number; total: number; name: string }
  | {
      type: 'added';
      id: number;
      corpus: Corpus;
      added: OwnRecord[];
      problems: InputProblem[];
      offTopic: OffTopic[];
      ms: number;
    }
  | { type: 'rejoined'; id: number; corpus: Corpus; problems: InputProblem[]; ms: number }
  | { type: 'outlets'; id: number; outlets: OutletOption[] }
  | { type: 'error'; id: number; message: string };
