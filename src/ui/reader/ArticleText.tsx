// The article itself, always Arabic and right-to-left whatever the interface language.
import { Fragment, memo } from 'react';
import type { Article } from '../../core/types.ts';
import { dirOf } from '../../i18n/locale.ts';
import { useT } from '../../i18n/use-t.ts';
import { selectQuestionEvidence, selectSentenceMarks } from '../../state/comparison-selectors.ts';
import { useAppState } from '../../state/react.tsx';
import { keyed } from '../common/keys.ts';
import { MarkedSentence } from '../highlights/MarkedSentence.tsx';

function ArticleTextView({ article }: { article: Article }) {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  // One subscription per article for what its sentences show (see MarkedSentence).
  const marks = useAppState(selectSentenceMarks);
  const evidence = useAppState(selectQuestionEvidence);
  const mode = useAppState((state) => state.view.highlight);
  const focus = useAppState((state) => state.focus);
  // Interface text inside the Arabic block carries the interface language.
  const ui = { lang, dir: dirOf(lang) };
  return (
    // overflow-wrap:anywhere: a scraped "word" of thousands of letters (or a bare URL) wraps inside the column.
    <div dir="rtl" lang="ar" className="border-t border-stone-200 px-5 pt-4 pb-5 [overflow-wrap:anywhere]">
      {article.title === null ? (
        <p {...ui} className="text-base leading-8 text-stone-600" data-testid="no-title">
          {t('article.noTitle')}
        </p>
      ) : (
        <h3 className="text-xl leading-9 font-bold">{article.title}</h3>
      )}
      {keyed(article.captions, (c) => c.text).map(({ key, item: caption }) => (
        <figure key={key} className="mt-3 border-s-2 border-stone-200 ps-3 text-sm leading-7 text-stone-600">
          <figcaption>
            {caption.text}
            {caption.credit ? (
              <>
                {' '}
                <small>
                  <span {...ui} className="sr-only">
                    {t('article.captionCredit')}
                  </span>
                  ({caption.credit})
                </small>
              </>
            ) : null}
          </figcaption>
        </figure>
      ))}
      <div className="mt-4 space-y-4 text-[1.0625rem] leading-[1.9]">
        {article.paragraphs.length === 0 ? (
          <p {...ui} className="text-stone-600">
            {t('article.emptyBody')}
          </p>
        ) : null}
        {article.paragraphs.map((paragraph) => (
          <p key={paragraph.id} data-paragraph-id={paragraph.id}>
            {paragraph.sentences.map((sentence, i) => (
              <Fragment key={sentence.id}>
                {i > 0 ? ' ' : null}
                <MarkedSentence
                  sentence={sentence}
                  mark={marks.get(sentence.id)}
                  evidence={evidence.get(sentence.id)}
                  mode={mode}
                  lang={lang}
                  focusSeq={focus?.sentenceId === sentence.id ? focus.seq : 0}
                />
              </Fragment>
            ))}
          </p>
        ))}
      </div>
    </div>
  );
}

/** Memoised: its props are the corpus's own objects, so a parent's re-render (a toggle, a question) skips it. */
export const ArticleText = memo(ArticleTextView);
