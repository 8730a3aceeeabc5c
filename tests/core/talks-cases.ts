// One describe block per talks-outcome set (tests/fixtures/variations*, judged by evaluate.ts): a test that the set is
// whole, then one test per article. A case marked `knownGap` still runs and turns red the day it starts passing.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/types.ts';
import { checkTalks, talksCases, talksCorpus } from '../fixtures/variations/evaluate.ts';

export function describeTalks(title: string, minCases: number, setDir?: string): void {
  const cases = talksCases(setDir);
  describe(title, () => {
    let corpus: Corpus | undefined;
    const get = () => {
      corpus ??= talksCorpus(setDir);
      return corpus;
    };

    it(`has at least ${minCases} cases, every answer represented, and a case for every article`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(minCases);
      expect(new Set(cases.map((c) => c.answer))).toEqual(
        new Set(['signed', 'not-signed', 'expected', 'unreported']),
      );
      expect(get().problems).toEqual([]);
      expect(
        get()
          .articles.map((a) => a.file)
          .sort(),
      ).toEqual(cases.map((c) => c.file).sort());
    });

    for (const c of cases) {
      const test = c.knownGap ? it.fails : it;
      test(`${c.file}: ${c.answer}${c.details ? ` (${c.details.join(', ')})` : ''} — ${c.why}`, () => {
        expect(checkTalks(get(), c).problems).toEqual([]);
      });
    }
  });
}
