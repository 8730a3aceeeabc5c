import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/core/text/segment-sentences.ts';

describe('segmentSentences', () => {
  it('splits at full stops, question and exclamation marks, and trims', () => {
    expect(segmentSentences('  انتهى الاجتماع. هل وقع حفتر؟ لم يوقع!  ')).toEqual([
      'انتهى الاجتماع.',
      'هل وقع حفتر؟',
      'لم يوقع!',
    ]);
  });

  it('does not end a sentence after single-letter abbreviations (أ.ب, أ. ف. ب)', () => {
    expect(segmentSentences('وقالت وكالة أ. ف. ب إن الاجتماع انتهى. ثم غادر الوفد.')).toEqual([
      'وقالت وكالة أ. ف. ب إن الاجتماع انتهى.',
      'ثم غادر الوفد.',
    ]);
    expect(segmentSentences('صورة نشرتها أ.ب للقاء. وبعدها غادر.')).toEqual([
      'صورة نشرتها أ.ب للقاء.',
      'وبعدها غادر.',
    ]);
  });

  it('treats ".." with no following space as no sentence end', () => {
    expect(segmentSentences('تركيا..أسيلسان وهافلسان تبرمان صفقة. ثم أخرى.')).toEqual([
      'تركيا..أسيلسان وهافلسان تبرمان صفقة.',
      'ثم أخرى.',
    ]);
  });

  it('keeps decimal numbers whole', () => {
    expect(segmentSentences('ارتفع التدفق بنسبة 31.5 بالمئة. وهذا رقم قياسي.')).toEqual([
      'ارتفع التدفق بنسبة 31.5 بالمئة.',
      'وهذا رقم قياسي.',
    ]);
  });

  it('does not end a sentence inside an open quotation', () => {
    expect(segmentSentences('وقال «انتهى الأمر. لن نعود» ثم غادر. وبعدها صمت.')).toEqual([
      'وقال «انتهى الأمر. لن نعود» ثم غادر.',
      'وبعدها صمت.',
    ]);
    expect(segmentSentences('وقال "انتهى الأمر. لن نعود" ثم غادر. وبعدها صمت.')).toEqual([
      'وقال "انتهى الأمر. لن نعود" ثم غادر.',
      'وبعدها صمت.',
    ]);
    expect(segmentSentences('وقال “انتهى الأمر. لن نعود” ثم غادر.')).toEqual([
      'وقال “انتهى الأمر. لن نعود” ثم غادر.',
    ]);
  });

  it('does not join forever when a quotation is never closed', () => {
    expect(segmentSentences('قال «انتهى الأمر. ثم غادر.')).toEqual(['قال «انتهى الأمر.', 'ثم غادر.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences('   ')).toEqual([]);
  });
});
