// Where the article comes from, in the interface language: outlet, country, how sure the attribution is,
// when it was published, and the way back to the original.
import type { Article, AttributionEvidence, LocalisedNote, Outlet } from '../../core/types.ts';
import { quotedLang } from '../../i18n/bidi.ts';
import { countryName } from '../../i18n/countries.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppState } from '../../state/react.tsx';
import { selectOutletById } from '../../state/selectors.ts';
import { ExternalIcon } from '../common/Icons.tsx';
import { keyed } from '../common/keys.ts';
import { OwnBadge } from '../common/OwnBadge.tsx';
import { Swatch } from '../common/Swatch.tsx';
import { useFormatIsoDate } from '../common/use-format-date.ts';
import { useOutletName } from '../common/use-outlet-name.ts';

const linkClass =
  'inline-flex items-center gap-1 text-stone-900 underline decoration-stone-200 underline-offset-4 hover:decoration-stone-900';

/** A label in the interface language before a value quoted from the Arabic page. */
function Quoted({ label, value }: { label: string; value: string }) {
  return (
    <p>
      <span className="text-stone-600">{label}</span>{' '}
      <bdi lang={quotedLang(value)} dir="auto">
        {value}
      </bdi>
    </p>
  );
}

/** A provenance note in the interface language when the file gives one, else in the language it has. */
function LocalNote({ note, lang }: { note: LocalisedNote; lang: 'ar' | 'en' }) {
  if (typeof note === 'string') return <bdi dir="auto">{note}</bdi>;
  const other = lang === 'ar' ? 'en' : 'ar';
  const shown = note[lang] !== undefined ? lang : other;
  return (
    <bdi lang={shown} dir={shown === 'ar' ? 'rtl' : 'ltr'}>
      {note[shown]}
    </bdi>
  );
}

const evidenceKey = (e: AttributionEvidence) => `${e.kind}:${e.text}:${e.line ?? ''}`;

/** One clue to the outlet, worded in the interface language around the marker as found. */
function EvidenceItem({ evidence, own }: { evidence: AttributionEvidence; own: boolean }) {
  const t = useT();
  const outlets = useAppState(selectOutletById);
  const outletName = useOutletName();
  if (evidence.kind === 'provenance') {
    const outlet = outlets.get(evidence.text);
    // On the reader's own article, the "provenance" is the outlet the reader chose in the add dialog.
    if (own) return <>{t('evidence.reader', { outlet: outlet ? outletName(outlet) : evidence.text })}</>;
    return (
      <>
        {t('evidence.provenance', {
          outlet: outlet ? outletName(outlet) : evidence.text,
          level: t(`confidence.${evidence.confidence ?? 'unconfirmed'}`),
        })}
      </>
    );
  }
  return (
    <>
      {t(`evidence.${evidence.kind}`)}{' '}
      <bdi lang={evidence.kind === 'domain' ? 'en' : 'ar'} dir={evidence.kind === 'domain' ? 'ltr' : 'rtl'}>
        {evidence.text}
      </bdi>
      {evidence.line !== undefined ? <> {t('evidence.line', { line: evidence.line })}</> : null}
    </>
  );
}

export function ArticleSource({
  article,
  outlet,
  nameId,
}: {
  article: Article;
  outlet: Outlet;
  nameId: string;
}) {
  const t = useT();
  const lang = useAppState((state) => state.view.lang);
  const outlets = useAppState(selectOutletById);
  const formatDate = useFormatIsoDate();
  const outletName = useOutletName();
  const { attribution } = article;
  const level = t('confidence.label', { level: t(`confidence.${attribution.confidence}`) });
  const readerChose = article.own === true && attribution.method.endsWith('provenance');
  const method = readerChose
    ? t(attribution.method === 'provenance' ? 'method.reader' : 'method.text+reader')
    : t(`method.${attribution.method}`);
  const textOutlet = attribution.textOutletId ? outlets.get(attribution.textOutletId) : undefined;

  return (
    <div className="space-y-1 px-5 pt-4 pb-3 text-sm leading-6 [overflow-wrap:anywhere]">
      <h2 className="flex flex-wrap items-center gap-x-2 text-base font-normal">
        <Swatch outlet={outlet} />
        <span id={nameId} className={`font-bold ${outlet.unidentified ? 'text-stone-600' : ''}`}>
          {outletName(outlet)}
        </span>
        <span className="text-stone-600">
          {outlet.country ? countryName(outlet.country, lang) : t('outlet.countryUnknown')}
        </span>
        {article.own ? <OwnBadge /> : null}
      </h2>
      <p className="text-stone-600">
        <span className="text-stone-900">{level}</span> <span>({method})</span>
      </p>
      <p>
        {article.published ? (
          <time dateTime={article.published}>
            {t('article.published', { date: formatDate(article.published) })}
          </time>
        ) : (
          <span className="text-stone-600">{t('article.dateUnknown')}</span>
        )}
      </p>
      <p className="flex flex-wrap gap-x-4">
        {article.url ? (
          <a className={linkClass} href={article.url} rel="noreferrer">
            {t('article.original')}
            <ExternalIcon />
          </a>
        ) : article.addressHint ? (
          <span className="min-w-0 [overflow-wrap:anywhere]">
            <span className="text-stone-600">{t('article.addressHint')}</span>{' '}
            <bdi dir="ltr" className="select-all">
              {article.addressHint}
            </bdi>
          </span>
        ) : (
          <span className="text-stone-600">{t('article.noAddress')}</span>
        )}
        {!article.url && outlet.homepage ? (
          <a className={linkClass} href={outlet.homepage} rel="noreferrer">
            {t('outlet.homepage', { outlet: outletName(outlet) })}
            <ExternalIcon />
          </a>
        ) : null}
      </p>
      {article.byline ? <Quoted label={t('article.byline')} value={article.byline} /> : null}
      {article.dateline ? <Quoted label={t('article.dateline')} value={article.dateline.raw} /> : null}
      {attribution.evidence.length > 0 || textOutlet || article.provenanceNote ? (
        <details className="text-xs text-stone-600" data-testid="attribution-details">
          <summary className="hover:text-stone-900">{t('attribution.details')}</summary>
          <div className="mt-1 space-y-1 border-s-2 border-stone-200 ps-3">
            {attribution.evidence.length > 0 ? (
              <div>
                <p>{t('attribution.evidence')}</p>
                <ul className="list-disc ps-4">
                  {keyed(attribution.evidence, evidenceKey).map(({ key, item }) => (
                    <li key={key}>
                      <EvidenceItem evidence={item} own={article.own === true} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {textOutlet ? <p>{t('attribution.textOutlet', { outlet: outletName(textOutlet) })}</p> : null}
            {article.provenanceNote ? (
              <p>
                {t('article.note')} <LocalNote note={article.provenanceNote} lang={lang} />
              </p>
            ) : null}
          </div>
        </details>
      ) : null}
    </div>
  );
}
