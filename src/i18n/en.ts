// English catalog: typed by the Arabic source so a missing or extra id is a type error.
import type { MessageId } from './ar.ts';

export const en: Record<MessageId, string> = {
  'app.name': 'Tabayyun',
  'app.tagline': 'Compare how news outlets told the same event',
  'app.documentTitle': '{story} — Tabayyun',

  'skip.toColumns': 'Skip to the articles',

  'header.eventDate': 'Event date: {date}',
  'header.outletCount': '{count, plural, =0 {no outlets} one {# outlet} other {# outlets}}',
  'header.articleCount': '{count, plural, =0 {no articles} one {# article} other {# articles}}',

  'lang.switch': 'العربية',
  'lang.switchTitle': 'اعرض الواجهة بالعربية',
  'digits.switch': 'Digits ١٢٣',
  'digits.switchTitle': 'Show numbers in Arabic-Indic digits (١٢٣)',

  'filter.label': 'Outlets shown',
  'filter.all': 'All',
  'filter.shown': 'Showing {shown, number} of {total, number}',

  'outlet.unidentified': 'Unidentified source',
  'outlet.unidentifiedNumbered': 'Unidentified source {n, number}',
  'outlet.countryUnknown': 'Country unknown',
  'outlet.homepage': '{outlet} homepage',

  'confidence.label': 'Attribution: {level}',
  'confidence.sure': 'sure',
  'confidence.likely': 'likely',
  'confidence.unconfirmed': 'unconfirmed',
  'confidence.unknown': 'unknown',
  'method.text': 'from the text',
  'method.provenance': 'from the provenance record',
  'method.text+provenance': 'from the text and the provenance record',
  'method.none': 'no evidence',
  'attribution.details': 'Why this outlet?',
  'attribution.evidence': 'Evidence:',
  'attribution.textOutlet': 'The text alone points to: {outlet}',
  'evidence.dateline': 'The dateline credits:',
  'evidence.header': 'Page header above the headline:',
  'evidence.selfReference': 'The text names its own outlet:',
  'evidence.widget': 'A site widget among the clutter:',
  'evidence.domain': 'The site address in the text:',
  'evidence.provenance': 'The provenance record names {outlet} ({level})',
  'evidence.line': '(line {line, number})',

  'article.published': 'Published {date}',
  'article.dateUnknown': 'Publication date unknown',
  'article.original': 'Original article',
  'article.addressHint': 'Original address (incomplete):',
  'article.noAddress': 'Original address unknown',
  'article.byline': 'Byline:',
  'article.dateline': 'Dateline:',
  'article.noTitle': 'No headline in the scraped page',
  'article.captionCredit': 'Photo credit:',
  'article.note': 'Note on the source:',
  'article.emptyBody': 'No text was left on this page once the clutter was removed.',

  'clutter.summary':
    '{count, plural, =0 {No lines of page clutter removed} one {# line of page clutter removed} other {# lines of page clutter removed}}',
  'clutter.line': 'Line {line, number}',
  'clutter.empty': 'The page had no clutter.',

  'reason.template': 'page template leftovers',
  'reason.repeated': 'repeated text',
  'reason.share': 'share buttons',
  'reason.read-also': '“read also” teaser',
  'reason.breaking': 'breaking-news ticker',
  'reason.comments': 'reader comments',
  'reason.font-size': 'font-size widget',
  'reason.latest-news': '“latest news” list',
  'reason.source-line': 'source line',
  'reason.punctuation': 'punctuation only',
  'reason.header': 'site or section name',
  'reason.byline': 'byline (kept above)',
  'reason.caption': 'photo caption (kept above)',
  'reason.title': 'headline (kept above)',

  'reader.label': 'Articles side by side',
  'reader.scrollHint': 'Swipe sideways to move between articles',

  'empty.title': 'No outlet selected',
  'empty.body': 'Choose one or more outlets above to see their coverage.',
  'empty.showAll': 'Show all',
  'empty.noArticles': 'This story has no articles.',

  'notices.label': 'Notices',
  'notices.dismiss': 'Dismiss notices',
  'notices.urlTitle': 'Part of the link was ignored:',
  'notices.problemsTitle': 'Seed files that could not be used:',
  'notices.problem': '{file}: {reason}',

  'dropped.unknown-outlet': 'The outlet “{value}” is not part of this story.',
  'dropped.bad-lang': 'The interface language “{value}” is not known, so Arabic is shown.',
  'dropped.bad-digits': 'The digits “{value}” are not known, so 123 digits are shown.',
  'dropped.unknown-param': 'The parameter “{param}” is not known.',
  'dropped.repeated-param': 'The parameter “{param}” was repeated; only its first value was used.',
  'dropped.future-version':
    'The link comes from a newer version of the app ({value}); what we understand of it is shown.',
  'dropped.bad-version': 'The link version “{value}” is not valid.',
  'dropped.too-long': 'The value of the parameter “{param}” is too long.',

  'copy.button': 'Copy link',
  'copy.done': 'Link copied',
  'copy.failed': 'Could not copy automatically. Copy the link from the field.',
  'copy.fieldLabel': 'Link to this view',

  'error.title': 'Something went wrong',
  'error.body': 'This page could not be shown. Try reloading, or start again from the default view.',
  'error.reload': 'Reload',
  'error.reset': 'Start from the default view',
};
