// Which outlet published the article, from registry markers found where their kind belongs:
// `dateline` in the dateline's source, `header` as a line above the headline, `selfReference`
// in the body, `widget` in removed clutter, `domain` anywhere.

import { findWhole, foldArabic } from '../text/fold-arabic.ts';
import type { AttributionEvidence, OutletRegistryEntry } from '../types.ts';
import { sourceKey } from './dateline-words.ts';
import { type Draft, isPending } from './draft.ts';

export interface Clue {
  outletId: string;
  strength: 'sure' | 'likely';
  evidence: AttributionEvidence;
}

export interface DetectedOutlet {
  outletId: string;
  confidence: 'sure' | 'likely';
  evidence: AttributionEvidence[];
  /** Other outlets the text also pointed to, with their evidence. */
  rivals: Clue[];
}

// Reported speech naming an outlet as someone else's source: "بحسب …", "نقلت …", "في تصريحات سابقة …".
const CITATION_CUES =
  /(?:^|\s)(?:بحسب|حسب|وفق|وفقا|نقلا|نقلت|نقلته|ذكرت|ذكرته|افادت|اوردت|اوردته|سابقه|سابق)(?:\s|$)/;
const NOT_CLUTTER = new Set(['title', 'byline', 'caption', 'repeated']);

type Fold = (text: string) => string;

/** `fn` with a memory, for one detection: each line is folded once, not once per marker. */
function memo(fn: Fold): Fold {
  const done = new Map<string, string>();
  return (text) => {
    let f = done.get(text);
    if (f === undefined) {
      f = fn(text);
      done.set(text, f);
    }
    return f;
  };
}

function selfReferences(draft: Draft, outlet: OutletRegistryEntry, fold: Fold): Clue[] {
  const clues: Clue[] = [];
  for (const marker of outlet.markers.selfReference ?? []) {
    const key = foldArabic(marker);
    for (const l of draft.lines) {
      if (!isPending(l)) continue;
      const text = fold(l.text);
      const at = findWhole(text, key);
      if (at < 0) continue;
      const before = text.slice(0, at).split(' ').slice(-5).join(' ');
      if (CITATION_CUES.test(before)) continue;
      clues.push({
        outletId: outlet.id,
        strength: 'likely',
        evidence: { kind: 'selfReference', text: marker, line: l.line },
      });
      break;
    }
  }
  return clues;
}

function cluesFor(draft: Draft, outlet: OutletRegistryEntry, fold: Fold, lower: Fold): Clue[] {
  const clue = (strength: Clue['strength'], evidence: AttributionEvidence): Clue => ({
    outletId: outlet.id,
    strength,
    evidence,
  });
  const clues: Clue[] = [];
  const source = draft.dateline?.source;
  if (source !== undefined) {
    // The key the dateline was found with: "العربية.نت" and "العربية نت" are one name.
    const key = sourceKey(source);
    if ((outlet.markers.dateline ?? []).some((m) => findWhole(key, sourceKey(m)) >= 0)) {
      clues.push(
        clue('sure', {
          kind: 'dateline',
          text: draft.datelineSourceAsWritten ?? source,
          ...(draft.datelineIndex !== undefined ? { line: draft.lines[draft.datelineIndex]!.line } : {}),
        }),
      );
    }
  }
  const headerEnd = draft.titleIndex ?? draft.bodyStart;
  draft.lines.slice(0, headerEnd).forEach((l) => {
    if (l.reason !== 'header') return;
    const key = fold(l.text);
    if ((outlet.markers.header ?? []).some((m) => foldArabic(m) === key)) {
      clues.push(clue('sure', { kind: 'header', text: l.text, line: l.line }));
    }
  });
  clues.push(...selfReferences(draft, outlet, fold));
  for (const marker of outlet.markers.widget ?? []) {
    const key = foldArabic(marker);
    const hit = draft.lines.find(
      (l) => l.reason && !NOT_CLUTTER.has(l.reason) && findWhole(fold(l.text), key) >= 0,
    );
    if (hit) clues.push(clue('likely', { kind: 'widget', text: marker, line: hit.line }));
  }
  for (const domain of outlet.markers.domain ?? []) {
    const re = new RegExp(
      `(?:^|[^a-z0-9-])${domain.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![a-z0-9-])`,
    );
    const hit = draft.lines.find((l) => re.test(lower(l.text)));
    if (hit) clues.push(clue('likely', { kind: 'domain', text: domain, line: hit.line }));
  }
  return clues;
}

const rank = (clues: Clue[]) => [clues.some((c) => c.strength === 'sure') ? 1 : 0, clues.length] as const;

/** The outlet the text points to most strongly (a sure clue beats any number of likely ones). */
export function detectOutlet(draft: Draft): DetectedOutlet | undefined {
  const fold = memo(foldArabic);
  const lower = memo((text) => text.toLowerCase());
  const candidates = draft.registry
    .map((outlet) => ({ outlet, clues: cluesFor(draft, outlet, fold, lower) }))
    .filter((c) => c.clues.length > 0);
  let best = candidates[0];
  for (const c of candidates.slice(1)) {
    const [bs, bn] = rank(best!.clues);
    const [cs, cn] = rank(c.clues);
    if (cs > bs || (cs === bs && cn > bn)) best = c;
  }
  if (!best) return undefined;
  return {
    outletId: best.outlet.id,
    confidence: rank(best.clues)[0] === 1 ? 'sure' : 'likely',
    evidence: best.clues.map((c) => c.evidence),
    rivals: candidates.filter((c) => c !== best).flatMap((c) => c.clues),
  };
}
