// Precision first: each false contradiction the seeds once showed, as a minimal pair that must stay an
// agreement, and each real difference (seeds' gold, independent variation cases) as a pair that must
// stay a contradiction. Cues are written by hand so the verdicts are tested apart from the detector.
import { describe, expect, it } from 'vitest';
import type { Fact, StoryConfig } from '../../../src/core/types.ts';
import { makeArticle, type SentenceSpec } from '../../fixtures/compare-align/articles.ts';
import { judgeOne } from './judge.ts';

const story: StoryConfig = {
  id: 'test-story',
  title: { ar: 'قصة', en: 'Story' },
  actors: [
    { id: 'haftar', label: { ar: 'حفتر', en: 'Haftar' }, aliases: ['حفتر', 'خليفة حفتر'] },
    { id: 'sarraj', label: { ar: 'السراج', en: 'Sarraj' }, aliases: ['السراج', 'فايز السراج'] },
    { id: 'army', label: { ar: 'الجيش', en: 'The army' }, aliases: ['الجيش الوطني', 'الجيش'] },
    { id: 'gov', label: { ar: 'الحكومة', en: 'The government' }, aliases: ['حكومة الوفاق', 'الوفاق'] },
  ],
};

/** Two one-sentence articles as one aligned fact, judged. */
function judge(a: SentenceSpec, b: SentenceSpec, withStory: StoryConfig = story): Fact {
  const articles = [makeArticle('a', [a]), makeArticle('b', [b])];
  return judgeOne(articles, ['a.p1.s1', 'b.p1.s1'], withStory);
}

describe('false contradictions the seeds showed, as minimal pairs', () => {
  it('a withdrawal set as a condition («بشرط انسحاب») asserts none: no conflict with «لم تنسحب»', () => {
    const f = judge(
      {
        text: 'أكد الجيش الوطني أن قواته باقية في مواقعها ولم تنسحب من طرابلس.',
        cues: [['negation', 'ولم']],
      },
      { text: 'قال السراج إنه يرحب بالمبادرة، ولكن بشرط انسحاب الجيش الوطني من محيط طرابلس.' },
    );
    expect(f.relation).toBe('agreement');
  });

  it('«لم ولن ينسحب» is negated however «ولن» is spelt: it agrees with «لم تنسحب»', () => {
    const f = judge(
      {
        text: 'أكد الجيش أن قواته باقية في مواقعها ولم تنسحب من العاصمة طرابلس.',
        cues: [['negation', 'ولم']],
      },
      {
        text: 'أكد الجيش أن القوات باقية في المواقع في العاصمة طرابلس ولم ولن ينسحب خطوة للوراء.',
        cues: [['negation', 'ولم ولن']],
      },
    );
    expect(f.relation).toBe('agreement');
  });

  it('two refusals of a meeting («رفضه أي لقاء» / «رفضنا أي لقاء … ولن نجلس معه») agree', () => {
    const f = judge(
      { text: 'أعلن المجلس الأعلى لحكومة الوفاق رفضه أي لقاء مع حفتر.', cues: [['negation', 'رفضه']] },
      {
        text: 'قال رئيس المجلس الأعلى: رفضنا أي لقاء مع حفتر، ولن نجلس معه تحت أي ظرف.',
        cues: [['negation', 'ولن']],
      },
    );
    expect(f.relation).toBe('agreement');
  });

  it('"will continue the attack" and a draft calling to stop offensive actions are two claims', () => {
    const f = judge(
      {
        text: 'قال حفتر إنه يرحب بالمبادرة، لكنه سيواصل الهجوم على طرابلس الذي يستمر منذ أبريل.',
        cues: [['future', 'سيواصل']],
      },
      { text: 'ودعت مسودة الاتفاق الطرفين لوقف جميع الأعمال العسكرية الهجومية وتشكيل لجنة عسكرية.' },
    );
    expect(f.relation).toBe('agreement');
  });

  it('a future verb is its own predicate: «ستشرف عليه الأمم المتحدة» is no timing conflict about the UN', () => {
    const f = judge(
      {
        text: 'وكشفت مصادر أن الاتفاق يتضمن وقفا لإطلاق النار ستشرف عليه الأمم المتحدة.',
        cues: [['future', 'ستشرف']],
      },
      { text: 'ورحبت الأمم المتحدة بالاتفاق ودعت إلى احترام وقف إطلاق النار.' },
    );
    expect(f.relation).toBe('agreement');
  });

  it('an adverb of now («الآن موجودون») does not make the word after its verb still going', () => {
    const f = judge(
      {
        text: 'وقال المستشار: الآن موجودون في الخارجية الروسية مع كل طرف على حدة.',
        cues: [['ongoing', 'الآن']],
      },
      { text: 'وبدأت المشاورات في مقر وزارة الخارجية الروسية باجتماع بين الوزراء.' },
    );
    expect(f.relation).toBe('agreement');
  });

  it('the day of another event in a clause of its own is no date conflict', () => {
    const f = judge(
      {
        text: 'وجاء موقف الرئيس الفرنسي خلال مكالمة مع بوتين الذي يجمع في موسكو، الاثنين، حفتر والسراج.',
        cues: [['date', 'الاثنين', '2020-01-13']],
      },
      {
        text: 'وأوضحت الخارجية أن المحادثات تأتي استمرارا لمبادرة بوتين، لوقف إطلاق النار اعتبارا من منتصف ليل 12 يناير.',
        cues: [['date', '12 يناير', '2020-01-12']],
      },
    );
    expect(f.relation).toBe('agreement');
  });

  it('two speakers on one topic are no attribution conflict when their claims differ', () => {
    const f = judge(
      {
        text: 'من جانبه، أعلن المجلس الأعلى لحكومة الوفاق رفضه أي لقاء مع حفتر في طرابلس.',
        cues: [['attribution', 'أعلن', 'المجلس الأعلى لحكومة الوفاق']],
      },
      {
        text: 'من جانبه، ذكر وزير الخارجية في الحكومة المؤقتة أن قوات حفتر لن تنسحب من ضواحي طرابلس.',
        cues: [['attribution', 'ذكر', 'وزير الخارجية في الحكومة المؤقتة']],
      },
    );
    expect(f.contradiction?.type).not.toBe('attribution');
  });

  it('asking for a respite («مهلة حتى صباح الثلاثاء») negates nothing after it', () => {
    const f = judge(
      { text: 'وطلب حفتر مهلة حتى صباح الثلاثاء لدراسة الوثيقة.' },
      { text: 'وقال لافروف إن حفتر طلب وقتا حتى صباح الثلاثاء لدراسة الوثيقة.' },
    );
    expect(f.relation).toBe('agreement');
  });
});

describe('real differences kept', () => {
  it('met face to face / did not meet, explained by a second clause: negation', () => {
    const f = judge(
      { text: 'والتقى حفتر والسراج وجهاً لوجه في قاعة واحدة، في أول لقاء بينهما منذ أشهر.' },
      {
        text: 'ولم يلتق حفتر والسراج وجهاً لوجه، إذ جلس كل وفد في قاعة منفصلة وتنقل الوزراء بينهما.',
        cues: [['negation', 'ولم']],
      },
    );
    expect(f.contradiction).toMatchObject({ type: 'negation', strength: 'clear' });
  });

  it('a denial («نفى أن تكون أرسلت») negates its whole clause', () => {
    const f = judge(
      { text: 'وأكدت أنقرة أنها أرسلت قوات عسكرية إلى ليبيا لدعم حكومة الوفاق.' },
      {
        text: 'ونفى مسؤول تركي أن تكون بلاده أرسلت قوات عسكرية إلى ليبيا لدعم حكومة الوفاق.',
        cues: [['negation', 'ونفى']],
      },
    );
    expect(f.contradiction).toMatchObject({ type: 'negation' });
  });

  it('«ووقع السراج» against «ولم يوقع السراج»: the doubled waw is the conjunction', () => {
    const f = judge(
      { text: 'ووقع السراج على وثيقة الهدنة مساء الاثنين.', cues: [['outcome', 'ووقع']] },
      { text: 'ولم يوقع السراج على وثيقة الهدنة مساء الاثنين، بحسب مصدر مطلع.', cues: [['negation', 'ولم']] },
    );
    expect(f.contradiction).toMatchObject({ type: 'negation', strength: 'clear' });
  });

  it('numbers as the cue detector writes them: «~6 ساعات» / «~8 ساعات», «10 اعضاء» / «12 عضو»', () => {
    const hours = judge(
      {
        text: 'واستمرت المحادثات في مقر الخارجية نحو 6 ساعات.',
        cues: [['number', 'نحو 6 ساعات', '~6 ساعات']],
      },
      {
        text: 'واستمرت المحادثات نحو ثماني ساعات في مقر الخارجية.',
        cues: [['number', 'نحو ثماني ساعات', '~8 ساعات']],
      },
    );
    expect(hours.contradiction).toMatchObject({ type: 'number', strength: 'soft' });
    const members = judge(
      { text: 'وتنص المسودة على تشكيل لجنة عسكرية من 10 أعضاء.', cues: [['number', '10 أعضاء', '10 اعضاء']] },
      { text: 'وتنص المسودة على تشكيل لجنة عسكرية من 12 عضواً.', cues: [['number', '12 عضواً', '12 عضو']] },
    );
    expect(members.contradiction).toMatchObject({ type: 'number', strength: 'clear' });
  });

  it('a number of another thing in another clause is no number conflict (decoy)', () => {
    const f = judge(
      { text: 'واستمرت المحادثات 6 ساعات في مقر الخارجية.', cues: [['number', '6 ساعات', '6 ساعات']] },
      {
        text: 'واستمرت المحادثات في مقر الخارجية، فيما انتظر الصحفيون خارج المبنى 3 ساعات.',
        cues: [['number', '3 ساعات', '3 ساعات']],
      },
    );
    expect(f.relation).toBe('agreement');
  });

  it('may sign this evening / signed: timing, with no actor named by the story too', () => {
    const may: SentenceSpec = {
      text: 'وقد يوقع الطرفان على اتفاق وقف إطلاق النار مساء اليوم في موسكو.',
      cues: [['modality', 'وقد يوقع']],
    };
    const did: SentenceSpec = {
      text: 'ووقع الطرفان على اتفاق وقف إطلاق النار مساء الاثنين في موسكو.',
      cues: [['outcome', 'ووقع']],
    };
    expect(judge(may, did).contradiction).toMatchObject({ type: 'timing', strength: 'clear' });
    const bare: StoryConfig = { id: 'bare', title: { ar: 'ق', en: 'S' } };
    expect(judge(may, did, bare).contradiction).toMatchObject({ type: 'timing' });
  });
});
