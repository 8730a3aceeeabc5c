// More dateline forms of Arabic outlets: a publication date after the source (Al Wasat), a place
// and a colon before the source in guillemets (Asharq Al-Awsat), agency forms with a date (LANA,
// MENA), a bare wire name, "/ خاص". And the body sentences that look like them and must stay whole.
import { describe, expect, it } from 'vitest';
import { knownSources, matchDateline, matchDatelineAlone } from '../../src/core/ingest/find-dateline.ts';
import { bodyOf, expectNothingLost, ingestText, registry, removedWith } from './helpers.ts';

const TITLE = 'حفتر يغادر موسكو دون توقيع اتفاق وقف إطلاق النار مع السراج';
const P1 =
  'غادر قائد الجيش الليبي خليفة حفتر العاصمة الروسية موسكو صباح اليوم الثلاثاء دون التوقيع على اتفاق وقف إطلاق النار.';
const P2 =
  'وكانت المحادثات قد استمرت أكثر من سبع ساعات في مقر وزارة الخارجية الروسية بحضور وزراء من تركيا وروسيا.';
const known = knownSources(registry);

const WASAT = 'القاهرة - بوابة الوسط الثلاثاء 14 يناير 2020، 10:12 صباحا';

/** The dateline fields and the paragraph text left after it. */
function opening(text: string) {
  const m = matchDateline(text, known);
  if (!m) return undefined;
  const { rest, sourceAsWritten: _written, ...dateline } = m;
  return { dateline, rest };
}

describe('a dateline opening the paragraph', () => {
  it.each([
    // 1. place, dash, source, publication date and time
    [WASAT, { place: 'القاهرة', source: 'بوابة الوسط', raw: WASAT }],
    [
      'بنغازي - بوابة الوسط الأحد 12 يناير 2020، 09:05 مساء',
      { place: 'بنغازي', source: 'بوابة الوسط', raw: 'بنغازي - بوابة الوسط الأحد 12 يناير 2020، 09:05 مساء' },
    ],
    [
      'طرابلس - (بوابة الوسط) 14 يناير 2020',
      { place: 'طرابلس', source: 'بوابة الوسط', raw: 'طرابلس - (بوابة الوسط) 14 يناير 2020' },
    ],
    [
      'القاهرة - بوابة الأهرام 14-01-2020 10:12 -',
      { place: 'القاهرة', source: 'بوابة الأهرام', raw: 'القاهرة - بوابة الأهرام 14-01-2020 10:12 -' },
    ],
    [
      'تونس - وكالة الأنباء الاثنين 13 يناير/ كانون الثاني 2020',
      {
        place: 'تونس',
        source: 'وكالة الأنباء',
        raw: 'تونس - وكالة الأنباء الاثنين 13 يناير/ كانون الثاني 2020',
      },
    ],
    // An unknown source with a time: the timestamp shows the dateline.
    [
      'مصراتة - الرئاسة الثلاثاء 14 يناير 2020، 10:12 ص',
      { place: 'مصراتة', source: 'الرئاسة', raw: 'مصراتة - الرئاسة الثلاثاء 14 يناير 2020، 10:12 ص' },
    ],
    // 2. place, colon, source in guillemets or quotes
    ['لندن: «الشرق الأوسط»', { place: 'لندن', source: 'الشرق الأوسط', raw: 'لندن: «الشرق الأوسط»' }],
    ['بيروت: "القدس العربي" -', { place: 'بيروت', source: 'القدس العربي', raw: 'بيروت: "القدس العربي" -' }],
    ['الرباط: “هسبريس”', { place: 'الرباط', source: 'هسبريس', raw: 'الرباط: “هسبريس”' }],
    // 3. place, date, agency
    ['طرابلس 14 يناير 2020 (وال) -', { place: 'طرابلس', source: 'وال', raw: 'طرابلس 14 يناير 2020 (وال) -' }],
    ['طرابلس ١٤ يناير ٢٠٢٠ (وال)-', { place: 'طرابلس', source: 'وال', raw: 'طرابلس ١٤ يناير ٢٠٢٠ (وال)-' }],
    [
      'طرابلس الثلاثاء 14 يناير 2020 (وال) -',
      { place: 'طرابلس', source: 'وال', raw: 'طرابلس الثلاثاء 14 يناير 2020 (وال) -' },
    ],
    ['طرابلس في 14 يناير/ وال/', { place: 'طرابلس', source: 'وال', raw: 'طرابلس في 14 يناير/ وال/' }],
    [
      'القاهرة في 14 يناير 2020 /أ ش أ/',
      { place: 'القاهرة', source: 'أ ش أ', raw: 'القاهرة في 14 يناير 2020 /أ ش أ/' },
    ],
    [
      'الدار البيضاء 14 يناير (وال) -',
      { place: 'الدار البيضاء', source: 'وال', raw: 'الدار البيضاء 14 يناير (وال) -' },
    ],
    ['طرابلس 14 يناير 2020 -', { place: 'طرابلس', raw: 'طرابلس 14 يناير 2020 -' }],
    // 4. a bare wire agency, a bracketed agency alone, "/ خاص", a quoted outlet after a dash
    ['موسكو - سبوتنيك', { place: 'موسكو', source: 'سبوتنيك', raw: 'موسكو - سبوتنيك' }],
    ['موسكو – سبوتنيك.', { place: 'موسكو', source: 'سبوتنيك', raw: 'موسكو – سبوتنيك.' }],
    ['القاهرة - أ ش أ', { place: 'القاهرة', source: 'أ ش أ', raw: 'القاهرة - أ ش أ' }],
    ['بنغازي - بوابة الوسط -', { place: 'بنغازي', source: 'بوابة الوسط', raw: 'بنغازي - بوابة الوسط -' }],
    ['(أ ف ب) -', { source: 'أ ف ب', raw: '(أ ف ب) -' }],
    ['(رويترز) ـ', { source: 'رويترز', raw: '(رويترز) ـ' }],
    ['واشنطن - الحرة / خاص', { place: 'واشنطن', source: 'الحرة', raw: 'واشنطن - الحرة / خاص' }],
    ['بيروت - «المدن» / خاص:', { place: 'بيروت', source: 'المدن', raw: 'بيروت - «المدن» / خاص:' }],
    ['الرباط - "هسبريس":', { place: 'الرباط', source: 'هسبريس', raw: 'الرباط - "هسبريس":' }],
  ])('%s', (raw, dateline) => {
    expect(opening(`${raw} ${P1}`)).toEqual({ dateline, rest: P1 });
    // The same dateline on a line of its own, the body on the next.
    if (dateline.raw !== '(أ ف ب) -' && dateline.raw !== '(رويترز) ـ') {
      expect(matchDatelineAlone(raw, known)).toMatchObject(dateline);
    }
  });

  it('the date and time belong to the dateline, not to the body', () => {
    expect(opening(`${WASAT} ${P1}`)?.rest).toBe(P1);
    expect(opening(`${WASAT}: ${P1}`)).toEqual({
      dateline: { place: 'القاهرة', source: 'بوابة الوسط', raw: `${WASAT}:` },
      rest: P1,
    });
  });

  it('the forms read before the registry is known (the page-shape passes) stay the same', () => {
    expect(matchDateline(`طرابلس 14 يناير 2020 (وال) - ${P1}`)?.source).toBe('وال');
    expect(matchDateline(`موسكو - سبوتنيك ${P1}`)?.source).toBe('سبوتنيك');
  });
});

describe('body sentences that look like a dateline', () => {
  // A place and a dash before a sentence: at most the place is the dateline, never a word of the sentence.
  it.each([
    'القاهرة - قال مسؤول مصري إن الاتفاق بات قريبا جدا',
    'القاهرة - قال مسؤول الثلاثاء 14 يناير 2020 إن الاتفاق بات قريبا',
    'القاهرة - أعلن المجلس الثلاثاء 14 يناير 2020، 10:12 صباحا أن الاتفاق تأجل',
    'القاهرة - الرئاسة الثلاثاء 14 يناير 2020 أعلنت أن الاتفاق تأجل',
    'القاهرة - الشرق الأوسط يشهد توترا متصاعدا منذ أسابيع',
    'القاهرة - البيان الصادر اليوم أكد أن الاتفاق قريب',
    'غزة - "نحن هنا" هتف المتظاهرون أمام مقر الأمم المتحدة',
    'موسكو - معا نحو اتفاق جديد قال لافروف للصحفيين',
  ])('%s', (text) => {
    const m = opening(text)!;
    const place = text.split(' - ')[0]!;
    expect(m.dateline).toEqual({ place, raw: `${place} -` });
    expect(m.rest).toBe(text.slice(place.length + 3));
  });

  it.each([
    'حفتر: «لن نوقع» على الاتفاق قبل انسحاب الميليشيات',
    'موسكو: «لا اتفاق» حتى الآن بين الطرفين',
    'وأضاف: «الشرق الأوسط» يمر بمرحلة صعبة',
    'قال: "الجزيرة" نقلت الخبر أولا',
    'الجيش الليبي 14 يناير - موعد انسحاب القوات',
    'موعد الانتخابات 14 يناير 2020 (تقرير) أعلنت المفوضية',
    'أعلنت الحكومة الثلاثاء 14 يناير 2020، 10:12 صباحا عن خطة جديدة',
    'الثلاثاء 14 يناير 2020، 10:12 صباحا',
    P1,
  ])('no dateline: %s', (text) => {
    expect(matchDateline(text, known)).toBeUndefined();
    expect(matchDatelineAlone(text, known)).toBeUndefined();
  });

  it.each([
    'القاهرة - قال مسؤول',
    'حفتر: «لن نوقع»',
    'موسكو: «لا اتفاق»',
    'ليبيا - (تقرير)',
    'القاهرة - الرئاسة الثلاثاء 14 يناير 2020',
  ])('not a dateline line of its own: %s', (text) => {
    expect(matchDatelineAlone(text, known)).toBeUndefined();
  });
});

describe('in an article', () => {
  const WASAT_DATELINE = { place: 'القاهرة', source: 'بوابة الوسط', raw: WASAT };

  it.each([
    ['on the body line', [TITLE, `${WASAT} ${P1}`, P2]],
    ['on a line of its own', [TITLE, WASAT, P1, P2]],
    ['on a line of its own, no headline', [WASAT, P1, P2]],
    ['on the body line, no headline', [`${WASAT} ${P1}`, P2]],
  ])('Al Wasat: dateline %s; the outlet from its source', (_name, lines) => {
    const text = lines.join('\n');
    const a = ingestText(text);
    expect(a.dateline).toEqual(WASAT_DATELINE);
    expect(bodyOf(a)).toEqual([P1, P2]);
    expect(a.title).toBe(lines[0] === TITLE ? TITLE : null);
    expect(a.attribution).toMatchObject({ method: 'text', outletId: 'alwasat', confidence: 'sure' });
    expect(a.attribution.evidence).toContainEqual(
      expect.objectContaining({ kind: 'dateline', text: 'بوابة الوسط' }),
    );
    expectNothingLost(text, a);
  });

  it('the dateline line of its own is removed as a header line', () => {
    const a = ingestText([TITLE, WASAT, P1, P2].join('\n'));
    expect(removedWith(a, 'header')).toEqual([WASAT]);
  });

  it.each([
    ['on the body line', [TITLE, `لندن: «الشرق الأوسط» ${P1}`, P2]],
    ['on a line of its own', [TITLE, 'لندن: «الشرق الأوسط»', P1, P2]],
    ['on a line of its own, no headline', ['لندن: «الشرق الأوسط»', P1, P2]],
  ])('Asharq Al-Awsat: dateline %s', (_name, lines) => {
    const text = lines.join('\n');
    const a = ingestText(text);
    expect(a.dateline).toEqual({ place: 'لندن', source: 'الشرق الأوسط', raw: 'لندن: «الشرق الأوسط»' });
    expect(bodyOf(a)).toEqual([P1, P2]);
    expect(a.attribution).toMatchObject({ method: 'text', outletId: 'aawsat', confidence: 'sure' });
    expect(a.attribution.evidence).toContainEqual(
      expect.objectContaining({ kind: 'dateline', text: '«الشرق الأوسط»' }),
    );
    expectNothingLost(text, a);
  });

  it.each([
    ['طرابلس 14 يناير 2020 (وال) -', 'وال'],
    ['طرابلس في 14 يناير/ وال/', 'وال'],
    ['موسكو - سبوتنيك', 'سبوتنيك'],
    ['واشنطن - الحرة / خاص', 'الحرة'],
  ])('%s: read, the body whole, and no outlet claimed from a wire or unlisted source', (raw, source) => {
    for (const lines of [
      [TITLE, `${raw} ${P1}`, P2],
      [TITLE, raw, P1, P2],
    ]) {
      const text = lines.join('\n');
      const a = ingestText(text);
      expect(a.dateline).toMatchObject({ source, raw });
      expect(bodyOf(a)).toEqual([P1, P2]);
      expect(a.attribution.method).toBe('none');
      expectNothingLost(text, a);
    }
  });

  it('the source first, the place after, on a line of its own: "الحرة / خاص - واشنطن"', () => {
    const text = [TITLE, 'الحرة / خاص - واشنطن', P1, P2].join('\n');
    const a = ingestText(text);
    expect(a.dateline).toEqual({ place: 'واشنطن', source: 'الحرة', raw: 'الحرة / خاص - واشنطن' });
    expect(bodyOf(a)).toEqual([P1, P2]);
    expectNothingLost(text, a);
  });

  it.each([
    'القاهرة - قال مسؤول الثلاثاء 14 يناير 2020 إن الاتفاق بات قريبا من التوقيع.',
    'القاهرة - الشرق الأوسط يشهد توترا متصاعدا منذ أسابيع بسبب الحرب في ليبيا.',
  ])('a body sentence keeps every word after its place: %s', (line) => {
    const text = [TITLE, line, P2].join('\n');
    const a = ingestText(text);
    expect(a.dateline).toEqual({ place: 'القاهرة', raw: 'القاهرة -' });
    expect(bodyOf(a)).toEqual([line.slice('القاهرة - '.length), P2]);
    expect(a.attribution.method).toBe('none');
    expectNothingLost(text, a);
  });

  it('a quoted remark under the headline is no dateline and names no outlet', () => {
    const line = 'السراج: «الجزيرة» نقلت موقفنا كما هو، ولن نوقع قبل انسحاب القوات المهاجمة.';
    const text = [TITLE, line, P1].join('\n');
    const a = ingestText(text);
    expect(a.dateline).toBeUndefined();
    expect(bodyOf(a)).toEqual([line, P1]);
    expect(a.attribution.method).toBe('none');
    expectNothingLost(text, a);
  });
});
