// The claims one shown outlet reports alone, listed under the matrix of a story without questions when the
// reader opens them: by outlet in column order, each a button to its sentence in the article. A chunk of its
// own, fetched when the reader opens (or reaches for) the list.
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { dirOf } from '../../i18n/locale.ts';
import { useT } from '../../i18n/use-t.ts';
import { excerpt } from '../../state/comparison.ts';
import type { SingleClaim } from '../../state/comparison-selectors.ts';
import { useAppState } from '../../state/react.tsx';
import { selectOutletById } from '../../state/selectors.ts';
import { Swatch } from '../common/Swatch.tsx';
import { useOutletName } from '../common/use-outlet-name.ts';
import { RELATION_STYLES } from '../highlights/symbols.tsx';

/** Claims of one outlet shown before its "show more". */
const SHOWN = 5;

/** One outlet's claims: the first few, then a button for the rest. */
function OutletClaims({ claims }: { claims: SingleClaim[] }) {
  const t = useT();
  const intl = useIntl();
  const lang = useAppState((state) => state.view.lang);
  const focusSentence = useAppState((state) => state.focusSentence);
  const outlets = useAppState(selectOutletById);
  const outletName = useOutletName();
  const [all, setAll] = useState(false);
  const headingId = useId();
  const first = claims[0];
  if (!first) return null;
  const outletId = first.article.attribution.outletId;
  const outlet = outlets.get(outletId);
  const name = outlet ? outletName(outlet) : outletId;
  const shown = all ? claims : claims.slice(0, SHOWN);
  return (
    <li data-outlet={outletId} className="mt-2">
      <h3 id={headingId} className="inline-flex items-center gap-1.5 text-sm font-bold">
        {outlet ? <Swatch outlet={outlet} /> : null}
        {name}
        <span className="font-normal text-stone-600">({intl.formatNumber(claims.length)})</span>
      </h3>
      <ul aria-labelledby={headingId} className="mt-1 space-y-1">
        {shown.map((claim) => (
          <li key={claim.fact.id} data-fact={claim.fact.id}>
            <button
              type="button"
              data-testid="single-claim"
              data-target={claim.sentenceId}
              className={`w-full rounded-md border px-2 py-1 text-start ${RELATION_STYLES['single-source']} hover:shadow-[0_0_0_2px_rgb(28_25_23/0.25)]`}
              onClick={() => focusSentence(claim.sentenceId)}
            >
              <q lang="ar" dir="rtl" className="block text-sm leading-6">
                {excerpt(claim.label, 140)}
              </q>
              <span className="sr-only"> — {t('matrix.cellAction', { outlet: name })}</span>
            </button>
          </li>
        ))}
      </ul>
      {claims.length > SHOWN ? (
        <button
          type="button"
          aria-expanded={all}
          aria-describedby={headingId}
          dir={dirOf(lang)}
          className="mt-1 text-sm text-blue-800 underline hover:text-blue-950 print:hidden"
          onClick={() => setAll(!all)}
        >
          {all ? t('matrix.fewerFacts') : t('matrix.moreFacts', { count: claims.length - SHOWN })}
        </button>
      ) : null}
    </li>
  );
}

export function SingleClaimsList({ claims }: { claims: SingleClaim[] }) {
  const t = useT();
  // The matrix lists them one outlet after another (comparison-selectors.ts).
  const byOutlet: SingleClaim[][] = [];
  for (const claim of claims) {
    const last = byOutlet[byOutlet.length - 1];
    if (last?.[0]?.article.attribution.outletId === claim.article.attribution.outletId) last.push(claim);
    else byOutlet.push([claim]);
  }
  return (
    <>
      <p className="mt-1 text-sm text-stone-600">{t('matrix.single.hint')}</p>
      <ul>
        {byOutlet.map((list) => (
          <OutletClaims key={list[0]?.fact.id} claims={list} />
        ))}
      </ul>
    </>
  );
}
