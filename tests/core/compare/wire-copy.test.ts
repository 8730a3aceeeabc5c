import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWireCopy } from '../../../src/core/compare/wire/wire-copy.ts';
import type { Corpus } from '../../../src/core/types.ts';
import { makeArticle, outletIsArticle } from '../../fixtures/compare-align/articles.ts';
import { ROOT } from '../helpers.ts';

const seeds: Corpus = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/fixtures/golden/seeds-corpus.json'), 'utf8'),
);
const outletOfSeed = (id: string) => seeds.articles.find((a) => a.id === id)?.attribution.outletId ?? id;
const short = (id: string) => `${id.slice(0, 3)}.${id.split('.').slice(1).join('.')}`;

const AGENCY =
  'وبدأت المشاورات متعددة الأطراف في مقر وزارة الخارجية، باجتماع بين وزيري الخارجية والدفاع في البلدين، استمر ثلاث ساعات قبل أن ينضم إليه ممثلو الطرفين لبحث بنود الهدنة وآليات مراقبتها على الأرض.';
// The same paragraph with three words changed, as an outlet edits agency copy.
const EDITED =
  'وانطلقت المشاورات متعددة الأطراف في مقر وزارة الخارجية، باجتماع بين وزيري الخارجية والدفاع في الدولتين، استمر ثلاث ساعات قبل أن ينضم إليه مندوبو الطرفين لبحث بنود الهدنة وآليات مراقبتها على الأرض.';
// The same fact in other words.
const PARAPHRASE =
  'اجتمع وزراء خارجية ودفاع البلدين لثلاث ساعات في مبنى الوزارة، ثم التحق بهم ممثلو طرفي النزاع للتباحث في شروط وقف القتال وكيفية الإشراف عليه.';
const OTHER = 'وقال المتحدث باسم الحكومة إن الوفد سيعود إلى العاصمة مساء الغد بعد انتهاء جولة المباحثات.';

describe('shared wire copy', () => {
  it('finds the two agency sentences Al Bayan and Turkey Now share, and nothing else in the seeds', () => {
    const groups = findWireCopy(seeds.articles, outletOfSeed);
    expect(groups.map((g) => g.sentenceIds.map(short))).toEqual([
      ['003.p4.s1', '004.p2.s1'],
      ['003.p5.s1', '004.p3.s1'],
    ]);
    for (const g of groups) {
      expect(g.articleIds).toHaveLength(2);
      expect(g.similarity).toBeGreaterThanOrEqual(0.6);
      expect(g.id).toMatch(/^w[0-9a-z]+$/);
    }
  });

  it('finds a paragraph copied with three words changed, not a paraphrase of the same fact', () => {
    const articles = [
      makeArticle('agency', [AGENCY, OTHER]),
      makeArticle('edited', ['افتتاحية لا علاقة لها بالموضوع عن الطقس في المدينة اليوم.', EDITED]),
      makeArticle('rewrite', [PARAPHRASE]),
    ];
    const groups = findWireCopy(articles, outletIsArticle);
    expect(groups.map((g) => g.sentenceIds)).toEqual([['agency.p1.s1', 'edited.p2.s1']]);
  });

  it('finds a copied passage inside a longer sentence by its run of identical words', () => {
    const run = 'ينضم إليه ممثلو الطرفين لبحث بنود الهدنة وآليات مراقبتها على الأرض';
    const articles = [
      makeArticle('a', [AGENCY]),
      makeArticle('b', [
        `ونقلت الصحيفة عن مصادر دبلوماسية رفيعة، في تقرير مطول عن خلفيات الأزمة وتاريخ الوساطات السابقة كلها، أن الوزراء سيجتمعون قبل أن ${run}، وأن الجولة المقبلة ستعقد في عاصمة أخرى لم يحدد موعدها بعد.`,
      ]),
    ];
    expect(findWireCopy(articles, outletIsArticle).map((g) => g.sentenceIds)).toEqual([
      ['a.p1.s1', 'b.p1.s1'],
    ]);
  });

  it('does not take one speech quoted by two outlets for a shared copy', () => {
    const quote =
      '"أدعو كل الليبيين إلى طي صفحة الماضي ونبذ الفرقة ورص الصفوف للانطلاق نحو السلام والاستقرار"';
    const articles = [
      makeArticle('a', [`وقبلها، دعا السراج في خطاب متلفز إلى المصالحة: ${quote}.`]),
      makeArticle('b', [`وسبق أن أكد رئيس المجلس الرئاسي، قبيل بدء المحادثات، موقفه داعيا ${quote}.`]),
    ];
    expect(findWireCopy(articles, outletIsArticle)).toEqual([]);
  });

  // tests/fixtures/variations/facts g07: two outlets summing up one document in one stock phrase.
  const COMMITTEE = 'وتنص المسودة على تشكيل لجنة عسكرية مشتركة من 10 أعضاء لمراقبة وقف إطلاق النار.';
  const COMMITTEE_12 = 'وتنص المسودة على تشكيل لجنة عسكرية مشتركة من 12 عضواً لمراقبة وقف إطلاق النار.';

  it('does not take one short sentence alike in two outlets for a copy', () => {
    const articles = [
      makeArticle('a', ['كشفت مصادر روسية عن أبرز ما تضمنته مسودة الاتفاق المطروحة.', COMMITTEE]),
      makeArticle('b', ['اطلعت مصادر دبلوماسية على نص الوثيقة التي عرضت على الطرفين.', COMMITTEE_12]),
    ];
    expect(findWireCopy(articles, outletIsArticle)).toEqual([]);
  });

  it('takes the same short sentence for a copy when the next one is copied too (a passage)', () => {
    const next = 'ودعت الوزارة الجانبين إلى الامتناع عن أي خطوات قد تؤدي إلى تصعيد جديد في البلاد.';
    const nextEdited = 'ودعت الوزارة الطرفين إلى الامتناع عن أي خطوات قد تقود إلى تصعيد جديد في البلاد.';
    // Other sentences around them, as in any article (with four sentences in all, every word is rare).
    const articles = [
      makeArticle('a', [COMMITTEE, next, OTHER]),
      makeArticle('b', [COMMITTEE_12, nextEdited, 'ويأمل الوسطاء أن تمهد المحادثات لمؤتمر برلين المرتقب.']),
      makeArticle('c', [PARAPHRASE]),
    ];
    expect(findWireCopy(articles, outletIsArticle).map((g) => g.sentenceIds)).toEqual([
      ['a.p1.s1', 'b.p1.s1'],
      ['a.p2.s1', 'b.p2.s1'],
    ]);
  });

  it('does not count an outlet repeating itself as wire copy', () => {
    const articles = [makeArticle('one', [AGENCY]), makeArticle('two', [AGENCY])];
    expect(findWireCopy(articles, () => 'same-outlet')).toEqual([]);
    expect(findWireCopy(articles, outletIsArticle)).toHaveLength(1);
  });
});
