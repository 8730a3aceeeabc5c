// Outlet attribution: each marker kind only where it belongs, cited outlets, provenance.
import { describe, expect, it } from 'vitest';
import type { OutletRegistryEntry, Provenance } from '../../src/core/types.ts';
import { ingestText } from './helpers.ts';

// A made-up registry, so these tests hold whatever the real one says.
const registry: OutletRegistryEntry[] = [
  {
    id: 'alpha',
    name: { ar: 'صحيفة ألفا', en: 'Alpha' },
    markers: {
      dateline: ['ألفا نت'],
      header: ['صحيفة ألفا'],
      selfReference: ['لـ«ألفا»'],
      widget: ['تعليقات ألفا'],
      domain: ['alpha.example'],
    },
  },
  {
    id: 'beta',
    name: { ar: 'بيتا', en: 'Beta' },
    markers: { dateline: ['بيتا'], selfReference: ['لـ«بيتا»'] },
  },
];

const TITLE = 'الحكومة تطلق خطة لدعم المزارعين في المناطق الريفية';
const P1 = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة.';
const P2 = 'وقال وزير الزراعة إن الخطة ستنفذ على ثلاث مراحل خلال العام المقبل.';
const ingest = (text: string, provenance?: Provenance) =>
  ingestText(text, { registry, provenance, file: 'x.txt' });

describe('markers, each only where its kind belongs', () => {
  it('dateline marker in the dateline → sure', () => {
    const a = ingest(`${TITLE}\nدبي - (ألفا نت): ${P1}\n${P2}`);
    expect(a.attribution).toEqual({
      outletId: 'alpha',
      confidence: 'sure',
      method: 'text',
      evidence: [expect.objectContaining({ kind: 'dateline', text: '(ألفا نت)' })],
    });
  });

  it('a dateline marker elsewhere in the body is not evidence', () => {
    const a = ingest(`${TITLE}\n${P1}\nوقال موقع ألفا نت إن الخطة جيدة.`);
    expect(a.attribution.method).toBe('none');
  });

  it('header marker as a line above the headline → sure; below it → not evidence', () => {
    expect(ingest(`صحيفة ألفا\n${TITLE}\n${P1}`).attribution).toMatchObject({
      outletId: 'alpha',
      confidence: 'sure',
    });
    expect(ingest(`${TITLE}\n${P1}\nصحيفة ألفا`).attribution.method).toBe('none');
  });

  it('self-reference in the body → likely', () => {
    const a = ingest(`${TITLE}\n${P1}\nوأكد مصدر مطلع لـ«ألفا» أن الخطة ستبدأ قريبا.`);
    expect(a.attribution).toMatchObject({ outletId: 'alpha', confidence: 'likely', method: 'text' });
    expect(a.attribution.evidence).toEqual([{ kind: 'selfReference', text: 'لـ«ألفا»', line: 3 }]);
  });

  it('an outlet cited as a source is not a self-reference', () => {
    const a = ingest(`${TITLE}\n${P1}\nوذلك بحسب ما قاله مصدر لـ«بيتا» في وقت سابق.`);
    expect(a.attribution.method).toBe('none');
  });

  it('widget marker only among removed clutter', () => {
    const clutter = ingest(`${TITLE}\n${P1}\n${P2}\nالتعليقات\nتعليقات ألفا\nرائع`);
    expect(clutter.attribution).toMatchObject({ outletId: 'alpha', confidence: 'likely' });
    expect(clutter.attribution.evidence[0]).toMatchObject({ kind: 'widget', text: 'تعليقات ألفا' });
    const inBody = ingest(`${TITLE}\n${P1}\nوانتشرت تعليقات ألفا على الخطة في كل مكان اليوم.`);
    expect(inBody.attribution.method).toBe('none');
  });

  it('domain anywhere → likely', () => {
    const a = ingest(`${TITLE}\n${P1}\nwww.alpha.example/news/123`);
    expect(a.attribution).toMatchObject({ outletId: 'alpha', confidence: 'likely' });
    expect(ingest(`${TITLE}\n${P1}\nnotalpha.example.org`).attribution.method).toBe('none');
  });

  it('a sure clue beats likely ones for another outlet, and the rival is noted', () => {
    const a = ingest(`${TITLE}\nالقاهرة - (بيتا): ${P1}\nوأكد مصدر لـ«ألفا» أن الخطة جيدة.`);
    expect(a.attribution.outletId).toBe('beta');
    expect(a.notes.some((n) => n.includes('alpha'))).toBe(true);
  });
});

describe('provenance', () => {
  const text = `${TITLE}\nدبي - (ألفا نت): ${P1}`;

  it('confirms the text: method text+provenance, the stronger confidence', () => {
    const a = ingest(text, { outlet: 'alpha', confidence: 'unconfirmed' });
    expect(a.attribution).toMatchObject({ outletId: 'alpha', method: 'text+provenance', confidence: 'sure' });
  });

  it('overrides the text: method provenance, its confidence, textOutletId kept', () => {
    const a = ingest(text, { outlet: 'beta', confidence: 'likely' });
    expect(a.attribution).toMatchObject({
      outletId: 'beta',
      method: 'provenance',
      confidence: 'likely',
      textOutletId: 'alpha',
    });
  });

  it('stands alone when the text says nothing; confidence defaults to unconfirmed', () => {
    const a = ingest(`${TITLE}\n${P1}`, { outlet: 'beta' });
    expect(a.attribution).toMatchObject({
      outletId: 'beta',
      method: 'provenance',
      confidence: 'unconfirmed',
    });
    expect(a.attribution.textOutletId).toBeUndefined();
  });

  it('copies published, url, address hint and note into the article', () => {
    const a = ingest(`${TITLE}\n${P1}`, {
      published: '2020-01-13',
      url: 'https://alpha.example/1',
      addressHint: 'alpha.example/…',
      note: 'n',
    });
    expect(a).toMatchObject({
      published: '2020-01-13',
      url: 'https://alpha.example/1',
      addressHint: 'alpha.example/…',
    });
    expect(a.provenanceNote).toBe('n');
  });

  it('an outlet the registry does not know is ignored with a note', () => {
    const a = ingest(`${TITLE}\n${P1}`, { outlet: 'gamma' });
    expect(a.attribution.method).toBe('none');
    expect(a.notes.join(' ')).toContain('gamma');
  });
});

describe('unidentified', () => {
  it('nothing found and no provenance: kept, with a placeholder outlet id', () => {
    const a = ingest(`${TITLE}\n${P1}`);
    expect(a.attribution).toEqual({
      outletId: 'unidentified-x',
      confidence: 'unknown',
      method: 'none',
      evidence: [],
    });
  });
});
