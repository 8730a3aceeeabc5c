// How many outlets report a fact independently: copies of one agency text count once. Small and pure, so the
// interface can count over the outlets a reader shows (src/state/among.ts) without the aligner.
import type { WireGroup } from '../../types.ts';

// Wire groups by sentence id, kept per group list (every fact asks).
const groupsMemo = new WeakMap<readonly WireGroup[], Map<string, number>>();
function wireGroups(wire: readonly WireGroup[]): Map<string, number> {
  let hit = groupsMemo.get(wire);
  if (!hit) {
    hit = new Map();
    for (const [k, g] of wire.entries()) for (const id of g.sentenceIds) hit.set(id, k);
    groupsMemo.set(wire, hit);
  }
  return hit;
}

/** Outlets that report independently: those that carry one wire text count once (also over a reader's selection). */
export function countIndependent(
  units: readonly { sentenceId: string; outlet: string }[],
  wire: readonly WireGroup[],
): number {
  const outlets = [...new Set(units.map((u) => u.outlet))];
  const parent = new Map(outlets.map((o) => [o, o]));
  const find = (o: string): string => {
    let r = o;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const groupOf = wireGroups(wire);
  const first = new Map<number, string>();
  for (const u of units) {
    const g = groupOf.get(u.sentenceId);
    if (g === undefined) continue;
    const head = first.get(g);
    if (head === undefined) {
      first.set(g, u.outlet);
      continue;
    }
    const a = find(head);
    const b = find(u.outlet);
    if (a !== b) parent.set(b, a);
  }
  return new Set(outlets.map(find)).size;
}
