// Combine what the text says about the outlet with the provenance file: provenance
// confirms the text, or overrides it (and the text's own answer is kept), or stands alone.

import { shortHash } from '../text/hash.ts';
import type {
  AttributionConfidence,
  AttributionEvidence,
  OutletAttribution,
  OutletRegistryEntry,
  Provenance,
} from '../types.ts';
import type { DetectedOutlet } from './detect-outlet.ts';

/** The start of a placeholder outlet's id; the registry may not use it. */
export const UNIDENTIFIED_PREFIX = 'unidentified-';
/** Article ids longer than this get a hash in their placeholder outlet id, which goes into shared links. */
const MAX_PLAIN_PLACEHOLDER = 24;

/**
 * The placeholder outlet of an article nothing identifies: `unidentified-<article id>`, or, for an article
 * id over 24 characters (a long file name), `unidentified-<short stable hash of the article id>`.
 */
export function placeholderOutletId(articleId: string): string {
  const tail = articleId.length > MAX_PLAIN_PLACEHOLDER ? shortHash(articleId) : articleId;
  return `${UNIDENTIFIED_PREFIX}${tail}`;
}

const ORDER: AttributionConfidence[] = ['unknown', 'unconfirmed', 'likely', 'sure'];
const stronger = (a: AttributionConfidence, b: AttributionConfidence) =>
  ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;

/** Evidence in plain English, for build notes and the CLI (the interface words it itself). */
export function describeEvidence(e: AttributionEvidence): string {
  if (e.kind === 'provenance') return `provenance file: ${e.text} (${e.confidence ?? 'unconfirmed'})`;
  const kind = e.kind === 'selfReference' ? 'self-reference' : e.kind;
  return `${kind} "${e.text}"${e.line !== undefined ? ` (line ${e.line})` : ''}`;
}

export function attributeOutlet(
  articleId: string,
  detected: DetectedOutlet | undefined,
  provenance: Provenance | undefined,
  registry: OutletRegistryEntry[],
): { attribution: OutletAttribution; notes: string[] } {
  const notes = (detected?.rivals ?? []).map(
    (c) => `the text also points to ${c.outletId}: ${describeEvidence(c.evidence)}`,
  );
  let claimed = provenance?.outlet;
  if (claimed !== undefined && !registry.some((o) => o.id === claimed)) {
    notes.push(`the provenance file names outlet "${claimed}", which is not in the registry; ignored`);
    claimed = undefined;
  }
  if (claimed === undefined) {
    if (!detected) {
      const attribution: OutletAttribution = {
        outletId: placeholderOutletId(articleId),
        confidence: 'unknown',
        method: 'none',
        evidence: [],
      };
      return { attribution, notes };
    }
    const { outletId, confidence, evidence } = detected;
    return { attribution: { outletId, confidence, method: 'text', evidence }, notes };
  }
  const fileConfidence = provenance?.confidence ?? 'unconfirmed';
  const fileEvidence: AttributionEvidence = { kind: 'provenance', text: claimed, confidence: fileConfidence };
  if (detected?.outletId === claimed) {
    const attribution: OutletAttribution = {
      outletId: claimed,
      confidence: stronger(detected.confidence, fileConfidence),
      method: 'text+provenance',
      evidence: [...detected.evidence, fileEvidence],
    };
    return { attribution, notes };
  }
  const attribution: OutletAttribution = {
    outletId: claimed,
    confidence: fileConfidence,
    method: 'provenance',
    evidence: [fileEvidence],
  };
  if (detected) {
    attribution.textOutletId = detected.outletId;
    notes.push(
      `the provenance file overrides the text, which points to ${detected.outletId}: ${detected.evidence.map(describeEvidence).join('; ')}`,
    );
  }
  return { attribution, notes };
}
