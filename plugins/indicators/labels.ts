import {selectPlural} from '../../locales';
import type {Locale} from '../../locales';

/**
 * Every text the indicators plugin draws into charts, tables and downloads,
 * as a Docusaurus plugin translation file (`i18n/<locale>/indicators/labels.json`):
 * `npm run i18n:extract` writes the English reference, translators the rest.
 * Placeholders in braces are filled in by `fill`; a message with plural forms
 * (`one|other` in English) by `fillCounted`.
 */
const MESSAGES = {
  'section.qa': ['Questions and answers', 'Heading of the Q&A indicators on the indicators page'],
  'section.askers': ['Who asks', 'Heading of the indicators about where askers come from'],
  'section.guidance': ['Guidance', 'Heading of the indicators about guidance pages'],
  'section.languages': ['Languages', 'Heading of the translation indicators'],

  'perMonth.title': ['Questions asked per month', 'Chart title'],
  'perMonth.month': ['Month', 'Table column: a calendar month'],
  'perMonth.questions': ['Questions', 'Table column: number of questions'],

  'states.title': ['Questions by answer status', 'Chart title'],
  'states.status': ['Status', 'Table column: answer status of a question'],
  'states.accepted': ['Accepted answer', 'Answer status: the asker marked an answer as accepted'],
  'states.replied': ['Answered, none accepted', 'Answer status: someone answered but no answer is marked accepted'],
  'states.waiting': ['No answer yet', 'Answer status: nobody but the asker has answered'],

  'firstAnswer.title': ['Days to the first answer', 'Chart title: time from a question to the first answer by someone else'],
  'acceptedAnswer.title': ['Days to an accepted answer', 'Chart title: time from a question to the answer marked accepted'],
  'times.group': ['Study group', 'Table column: the study group questions are about'],
  'times.all': ['All questions', 'Row of the response-time tables covering every question'],
  'times.count': ['Questions with an answer', 'Table column: how many questions got the answer the times are measured to'],
  'times.median': ['Median (days)', 'Table column and chart legend: median time in days'],
  'times.p90': ['90th percentile (days)', 'Table column and chart legend: 90th percentile of the time in days'],

  'roles.title': ['Answers by who gave them', 'Chart title: answers by experts, mentors and other members'],
  'roles.role': ['Given by', 'Table column: who gave the answers'],
  'roles.expert': ['Study-group experts', 'Category: answers by experts listed on the site'],
  'roles.mentor': ['Mentors', 'Category: answers by mentors listed on the site'],
  'roles.member': ['Other members', 'Category: answers by anyone else'],
  'roles.answers': ['Answers', 'Table column: number of answers'],

  'waiting.title': ['Longest-waiting unanswered questions', 'Chart title'],
  'waiting.question': ['Question', 'Table column: the number of a question of the forum'],
  'waiting.questionTitle': ['Title', 'Table column: the title of a question of the forum'],
  'waiting.days': ['Days waiting', 'Table column: days since the question was asked'],

  'groups.title': ['Questions by the asker’s country group', 'Chart title: UN country groups as ITU reports participation'],
  'groups.group': ['Country group', 'Table column'],
  'groups.ldc': ['Least developed countries', 'UN country group (LDC)'],
  'groups.lldc': ['Landlocked developing countries', 'UN country group (LLDC)'],
  'groups.sids': ['Small island developing States', 'UN country group (SIDS)'],
  'groups.other': ['Other countries', 'Country group: a country on none of the three UN lists above'],
  'groups.unclassified': ['Not stated or not recognized', 'Country group: no country stated, or a name no dataset recognizes'],

  'regions.title': ['Questions by the asker’s region (UN M49)', 'Chart title'],
  'regions.region': ['Region', 'Table column'],
  'regions.unknown': ['Not stated or not recognized', 'Region category for questions without a recognized country'],

  'countries.title': ['Questions by the asker’s country', 'Chart title'],
  'countries.country': ['Country', 'Table column: the country of the asker, by its UN short name'],

  'askers.groupsNote': [
    'Countries are grouped as the UN M49 table of {date} lists them: least developed countries (LDC), then landlocked developing countries (LLDC), then small island developing States (SIDS), then other countries; a country on several lists counts once, in the first. The table has no developed or developing classification, so this page makes none. Later LDC graduations ({later}) are not reflected.',
    'Note under the heading of the askers section; {date} is the date of the UN table, {later} one of the two texts that follow',
  ],
  'askers.laterStp': ['São Tomé and Príncipe in December 2024, and those scheduled since', 'Fills {later} in the note on country groups: the graduations after the table'],
  'askers.laterAny': ['any since that date', 'Fills {later} in the note on country groups when the table is newer'],
  'askers.regionsNote': [
    'Regions are the UN M49 regions: ITU’s own six regions (Africa, Americas, Arab States, Asia-Pacific, CIS, Europe) are not published in machine-readable form.',
    'Note under the heading of the askers section',
  ],

  'section.participation': ['Participation in meetings', 'Heading of the indicators about who takes part in ITU-T meetings'],
  'participation.protectionNote': [
    'Only counts are kept, never a person. A count of 1 to {below} participants is shown as “fewer than {threshold}”, and enough other counts are hidden that none of them can be worked out from the others; nothing is added up across meetings.',
    'Note under the participation heading; {threshold} is the smallest count shown (5), {below} the one below it (4)',
  ],
  'participation.incomeNote': [
    'Income groups are the World Bank’s ({fiscalYear}, set on {date}): the closest public, machine-readable proxy for “developing countries”, which neither the UN nor ITU publishes as a list. They are not a UN or ITU classification.',
    'Note under the participation heading; {fiscalYear} is e.g. FY2026, {date} the day it took effect',
  ],
  'participation.meeting': ['Meeting', 'Table column: an ITU-T meeting (its title)'],
  'participation.date': ['Date', 'Table column: the first day of a meeting'],
  'participation.total': ['Participants', 'Table column: all participants of a meeting'],
  'participation.fewer': ['fewer than {threshold}', 'A suppressed small count in a table or chart; {threshold} is 5'],
  'participation.hidden': ['hidden', 'A count hidden so that a small count cannot be worked out from the totals'],
  'participation.mode': ['Took part', 'Table column: in person or remote'],
  'participation.inPerson': ['In person', 'Mode of participation: at the venue'],
  'participation.remote': ['Remote', 'Mode of participation: from afar, online'],
  'participation.groups.title': ['Participants per meeting by country group', 'Chart title'],
  'participation.regions.title': ['Participants per meeting by region (UN M49)', 'Chart title'],
  'participation.income.title': ['Participants per meeting by World Bank income group', 'Chart title'],
  'participation.share.title': ['Share of participants from LDCs, LLDCs and SIDS, meeting by meeting (%)', 'Chart title: least developed, landlocked developing and small island developing countries together'],
  'participation.share.column': ['From LDCs, LLDCs and SIDS (%)', 'Table column: percentage of participants from the three UN groups'],
  'participation.mode.title': ['In person and remote participants by country group', 'Chart title: does remote participation bring in the countries that cannot travel?'],
  'participation.women.title': ['Women’s share of participants, where it was asked (%)', 'Chart title'],
  'participation.women.count': ['Women', 'Table column: number of women participants'],
  'participation.firstTime.title': ['First-time participants, where it was asked (%)', 'Chart title'],
  'participation.firstTime.count': ['First time', 'Table column: participants who took part for the first time'],
  'participation.fellowships.title': ['Fellowships granted by country group', 'Chart title: ITU fellowships for participants'],
  'participation.fellowships.total': ['Fellowships', 'Table column: all fellowships granted for a meeting'],
  'income.low': ['Low income', 'World Bank income group'],
  'income.lower_middle': ['Lower-middle income', 'World Bank income group'],
  'income.upper_middle': ['Upper-middle income', 'World Bank income group'],
  'income.high': ['High income', 'World Bank income group'],
  'income.none': ['No income group', 'Economies the World Bank does not classify (territories, or no data)'],
  'income.unknown': ['Not stated', 'Participants who stated no country'],
  'groups.notStated': ['Not stated', 'Participants who stated no country'],
  'source.participation': ['Participation files of {count} meeting, {first} to {last}; UN country groups and M49 regions of {groupsDate}; World Bank income groups {fiscalYear}|Participation files of {count} meetings, {first} to {last}; UN country groups and M49 regions of {groupsDate}; World Bank income groups {fiscalYear}', 'Data source of the participation indicators; says which meetings a chart covers (plural forms, by {count})'],

  'share': ['Share (%)', 'Table column: percentage of the total'],

  'programmes.title': ['Guidance pages per action-plan programme', 'Chart title: Resolution 44 action-plan programmes'],
  'programmes.programme': ['Programme', 'Table column'],
  'programmes.1': ['1 · Standard-making capabilities', 'Action-plan programme 1 of Resolution 44'],
  'programmes.2': ['2 · Application of standards', 'Action-plan programme 2 of Resolution 44'],
  'programmes.3': ['3 · Human resources and capacity building', 'Action-plan programme 3 of Resolution 44'],
  'programmes.4': ['4 · Fundraising and resource mobilization', 'Action-plan programme 4 of Resolution 44'],
  'pages': ['Pages', 'Table column: number of guidance pages'],

  'studyGroups.title': ['Guidance pages per study group', 'Chart title'],

  'coverage.title': ['Recommendations with and without guidance', 'Chart title'],
  'coverage.kind': ['Recommendations', 'Table column'],
  'coverage.with': ['With guidance', 'Recommendations that at least one guidance page declares or cites'],
  'coverage.without': ['Without guidance', 'Recommendations no guidance page declares or cites'],
  'coverage.count': ['Count', 'Table column: a number of Recommendations'],

  'review.title': ['Guidance pages by last review', 'Chart title'],
  'review.state': ['Last review', 'Table column'],
  'review.recent': ['In the last 12 months', 'Pages reviewed in the last twelve months'],
  'review.overdue': ['More than 12 months ago', 'Pages not reviewed in the last twelve months'],
  'overdue.title': ['Pages not reviewed in the last 12 months', 'Table title: the guidance pages whose review is overdue'],
  'overdue.page': ['Page', 'Table column'],
  'overdue.reviewed': ['Last reviewed', 'Table column: date of the last review'],

  'translations.title': ['Pages whose translation is up to date, per language (%)', 'Chart title: translation coverage over time'],
  'translations.date': ['Date', 'Table column'],

  'source.forum': ['Forum snapshot of {repository} ({category})', 'Data source of the Q&A indicators'],
  'source.countries': ['Forum snapshot; country names, UN M49 regions and country groups from the UNSD M49 overview table of {date}; other spellings from world-countries {version}', 'Data source of the indicators about askers'],
  'source.guidance': ['Front matter of the {count} guidance page|Front matter of the {count} guidance pages', 'Data source of the guidance indicators (plural forms)'],
  'source.catalogue': ['The {count} Recommendation of the catalogue and the guidance pages that declare or cite it|The {count} Recommendations of the catalogue and the guidance pages that declare or cite them', 'Data source of the Recommendation coverage indicator (plural forms)'],
  'source.history': ['Git history of the guidance pages and their translations (points in time: {count})', 'Data source of the translation indicator with history'],
  'source.noHistory': ['Translation status of this build (no git history available)', 'Data source of the translation indicator without history'],

  'sample': ['Sample data', 'Written on charts computed from the made-up sample forum'],
  'chartNote': ['{title}: chart. The same numbers are in the table that follows.', 'Accessible name of a chart'],
} as const;

export type LabelKey = keyof typeof MESSAGES;
export type Labels = Record<LabelKey, string>;

/** The plugin's translation file in Docusaurus's format. */
export const translationFile = () =>
  Object.fromEntries(Object.entries(MESSAGES).map(([key, [message, description]]) => [key, {message, description}]));

/** English labels, overridden by the translated messages Docusaurus found for the locale. */
export function labelsFrom(translated: Record<string, {message: string}> | undefined): Labels {
  return Object.fromEntries(Object.entries(MESSAGES).map(([key, [message]]) => [key, translated?.[key]?.message ?? message])) as Labels;
}

/** `{name}` placeholders replaced by values. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/** A plural message (`{count} meeting|{count} meetings`): the locale's form for `count`, filled. */
export const fillCounted = (locale: Locale, template: string, count: number, values: Record<string, string | number> = {}) =>
  fill(selectPlural(locale, template, count), {...values, count});
