// The second talks-outcome set (tests/fixtures/variations-blind): twenty articles by a tester who read neither the
// engine's rules nor the story's questions nor the first set's articles, committed before the engine ever ran on
// them. Blind, the engine answered 11 of 20 right. The misses were then used to add general families of outcome
// phrasing (each tested on new sentences in tests/core/compare/questions-idioms.test.ts), so this set no longer
// measures unseen text: a third set would have to.
import { BLIND_DIR } from '../fixtures/variations/evaluate.ts';
import { describeTalks } from './talks-cases.ts';

describeTalks('blind variations: talks-outcome, one answer per article', 20, BLIND_DIR);
