// Font-size widgets: "ت + ت - الحجم الطبيعي", "حجم الخط", "A+ A-".
import { foldArabic } from '../text/fold-arabic.ts';
import { classifyPending, type Draft } from './draft.ts';

const PIECE = String.raw`(?:[تa]\s*[+\-]|[+\-]\s*[تa]|الحجم الطبيعي|حجم الخط|تكبير الخط|تصغير الخط|تكبير|تصغير|الخط|[\s|:·•])`;
const WHOLE = new RegExp(`^${PIECE}+$`);
const STRONG = /الحجم الطبيعي|حجم الخط|تكبير|تصغير|[تa]\s*[+-]/;

export function isFontSizeWidget(text: string): boolean {
  const folded = foldArabic(text);
  return WHOLE.test(folded) && STRONG.test(folded);
}

export function stripFontSize(draft: Draft): Draft {
  return classifyPending(draft, (text) => (isFontSizeWidget(text) ? 'font-size' : undefined));
}
