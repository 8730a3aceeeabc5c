// What a marked sentence's explanation says: the verdict, the cue, how sure, and the other sentences with a
// way to jump to each.
import type { Cue } from '../../core/types.ts';
import { useT } from '../../i18n/use-t.ts';
import type { EvidenceMark, MarkStatus, SentenceMark } from '../../state/comparison.ts';
import { excerpt } from '../../state/comparison.ts';
import { selectSentenceIndex } from '../../state/comparison-selectors.ts';
import { useAppState } from '../../state/react.tsx';
import { selectOutletById } from '../../state/selectors.ts';
import { keyed } from '../common/keys.ts';
import { Swatch } from '../common/Swatch.tsx';
import { useOutletName } from '../common/use-outlet-name.ts';
import { useVerdictLabel } from './use-verdict-label.ts';

function CueLine({ cue }: { cue: Pick<Cue, 'text' | 'kind'> }) {
  const t = useT();
  return (
    <span className="block">
      {t('explain.cue', { text: `\u2068${cue.text}\u2069`, kind: t(`cue.${cue.kind}`) })}
    </span>
  );
}

/** Other sentences, each with its outlet, a short quote and a button that shows it in its column. */
function SentenceList({ ids, from }: { ids: readonly string[]; from: string }) {
  const t = useT();
  const index = useAppState(selectSentenceIndex);
  const outlets = useAppState(selectOutletById);
  const outletName = useOutletName();
  const focusSentence = useAppState((state) => state.focusSentence);
  const fromArticle = index.get(from)?.article.id;
  return (
    <span className="mt-1 block space-y-1.5 ps-1">
      {ids.map((id) => {
        const info = index.get(id);
        if (!info) return null;
        const outlet = outlets.get(info.outletId);
        const name = outlet ? outletName(outlet) : info.outletId;
        return (
          <span key={id} className="block border-s-2 border-stone-200 ps-2">
            <span className="flex items-center gap-1.5 text-xs text-stone-700">
              {outlet ? <Swatch outlet={outlet} /> : null}
              {name}
              {info.article.id === fromArticle ? ` (${t('explain.sameArticle')})` : null}
            </span>
            <q lang="ar" dir="rtl" className="block text-[0.9375rem] leading-7">
              {excerpt(info.sentence.text, 110)}
            </q>
            <button
              type="button"
              data-testid="explain-go"
              data-target={id}
              className="text-xs text-blue-800 underline hover:text-blue-950"
              onClick={() => focusSentence(id)}
            >
              {t('explain.goTo', { outlet: name })}
            </button>
          </span>
        );
      })}
    </span>
  );
}

export interface ExplanationProps {
  sentenceId: string;
  mark: SentenceMark | undefined;
  status: MarkStatus | null;
  wire: boolean;
  evidence: EvidenceMark | undefined;
}

export function Explanation({ sentenceId, mark, status, wire, evidence }: ExplanationProps) {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const verdict = useVerdictLabel();
  return (
    <span className="mt-2 block space-y-3">
      {evidence ? (
        <span className="block" data-part="evidence">
          <span className="block">
            {t('explain.answer', {
              question: evidence.question.label[lang],
              answer: evidence.answerLabel[lang],
            })}
          </span>
          {evidence.detail ? (
            <span className="block">
              {t('explain.detail')}{' '}
              <q lang="ar" dir="rtl">
                {evidence.detail}
              </q>
            </span>
          ) : null}
          {evidence.cues.map((cue) => (
            <CueLine key={`${cue.start}-${cue.end}`} cue={cue} />
          ))}
        </span>
      ) : null}
      {status === 'contradiction' && mark
        ? keyed(mark.contradictions, (c) => `${c.type}-${c.questionId ?? ''}-${c.others.join()}`).map(
            ({ key, item: c }) => (
              <span key={key} className="block" data-part="contradiction">
                <span className="block font-bold">{verdict('contradiction', c)}</span>
                <span className="block">
                  {t('explain.strength', { strength: t(`strength.${c.strength}`) })}
                </span>
                {c.cue ? <CueLine cue={c.cue} /> : null}
                {c.others.length > 0 ? (
                  <>
                    <span className="mt-1 block">{t('explain.contradiction')}</span>
                    {c.otherCues.map((cue) => (
                      <CueLine key={`${cue.sentenceId}-${cue.start}`} cue={cue} />
                    ))}
                    <SentenceList ids={c.others} from={sentenceId} />
                  </>
                ) : null}
              </span>
            ),
          )
        : null}
      {status === 'agreement' && mark?.agreement ? (
        <span className="block" data-part="agreement">
          <span className="block font-bold">
            {verdict('agreement', undefined, mark.agreement.independent || undefined)}
          </span>
          {mark.agreement.similarity > 0 ? (
            <span className="block">{t('explain.similarity', { value: mark.agreement.similarity })}</span>
          ) : null}
          <span className="mt-1 block">{t('explain.agreement')}</span>
          <SentenceList ids={mark.agreement.others} from={sentenceId} />
        </span>
      ) : null}
      {status === 'single' ? (
        <span className="block" data-part="single">
          <span className="block font-bold">{t('verdict.single-source')}</span>
          <span className="block">{t('explain.single')}</span>
        </span>
      ) : null}
      {wire && mark?.wire ? (
        <span className="block" data-part="wire">
          <span className="block font-bold">{t('mark.wire')}</span>
          <span className="block">{t('explain.similarity', { value: mark.wire.similarity })}</span>
          <span className="mt-1 block">{t('explain.wire')}</span>
          <SentenceList ids={mark.wire.others} from={sentenceId} />
        </span>
      ) : null}
    </span>
  );
}
