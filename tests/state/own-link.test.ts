// A link naming outlets of articles its sender added in their own browser: the recipient who lacks them is told
// so (missing-own), not "unknown outlet"; an unknown registry-like id is still an unknown outlet.
import { describe, expect, it } from 'vitest';
import { stateFromUrl } from '../../src/state/url.ts';

const known = { outletIds: ['alarabiya', 'youm7'] };

describe('links naming the sender’s own articles', () => {
  it('reports own- and unidentified-own- outlets as missing own articles, keeping what the recipient has', () => {
    const { view, dropped } = stateFromUrl(
      '?v=1&o=alarabiya,own-1a2b3c,unidentified-own-0abc123def4567,cnn',
      known,
    );
    expect(view.outlets).toEqual(['alarabiya']);
    expect(dropped.map((d) => [d.kind, d.value])).toEqual([
      ['missing-own', 'own-1a2b3c'],
      ['missing-own', 'unidentified-own-0abc123def4567'],
      ['unknown-outlet', 'cnn'],
    ]);
  });

  it('shows every outlet when the link names only missing own articles', () => {
    const { view, dropped } = stateFromUrl('?v=1&o=own-1a2b3c', known);
    expect(view.outlets).toBeNull();
    expect(dropped).toHaveLength(1);
  });
});
