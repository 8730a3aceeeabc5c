// Independent variations on the Moscow talks (tests/fixtures/variations): articles written for this
// test, in many outlets' styles, with what a reader of Arabic news expects of each. They were written
// and committed before the comparison engine was tuned on them, without reading its rules, so they
// measure how the engine does on articles it has not seen. One test per case; a case marked
// `knownGap` in the JSON is still run and turns red the day it starts passing.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/types.ts';
import {
  checkFact,
  checkTalks,
  factCases,
  groupCorpus,
  talksCases,
  talksCorpus,
} from '../fixtures/variations/evaluate.ts';

const TALKS = talksCases();
const FACTS = factCases();

describe('variations: talks-outcome, one answer per article', () => {
  let corpus: Corpus | undefined;
  const get = () => {
    corpus ??= talksCorpus();
    return corpus;
  };

  it('has at least 30 cases, every answer represented, and a case for every article', () => {
    expect(TALKS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(TALKS.map((c) => c.answer))).toEqual(
      new Set(['signed', 'not-signed', 'expected', 'unreported']),
    );
    expect(get().problems).toEqual([]);
    expect(
      get()
        .articles.map((a) => a.file)
        .sort(),
    ).toEqual(TALKS.map((c) => c.file).sort());
  });

  for (const c of TALKS) {
    const test = c.knownGap ? it.fails : it;
    test(`${c.file}: ${c.answer}${c.details ? ` (${c.details.join(', ')})` : ''} — ${c.why}`, () => {
      expect(checkTalks(get(), c).problems).toEqual([]);
    });
  }
});

describe('variations: reported facts and wire copy, one corpus per group', () => {
  const corpora = new Map<string, Corpus>();
  const get = (group: string) => {
    let corpus = corpora.get(group);
    if (corpus === undefined) {
      corpus = groupCorpus(group);
      corpora.set(group, corpus);
    }
    return corpus;
  };

  it('has at least 10 cases with unique ids', () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(FACTS.map((c) => c.id)).size).toBe(FACTS.length);
  });

  for (const c of FACTS) {
    const test = c.knownGap ? it.fails : it;
    const what = c.kind === 'fact' ? `${c.relation ?? 'fact'}${c.type ? ` (${c.type})` : ''}` : c.kind;
    test(`${c.group} / ${c.id}: ${what} — ${c.why}`, () => {
      expect(checkFact(get(c.group), c)).toEqual([]);
    });
  }
});
