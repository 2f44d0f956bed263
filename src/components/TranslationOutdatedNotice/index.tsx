import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {OutdatedTranslation} from '@site/plugins/translations/notice/outdatedFrontMatter';

/**
 * Says, in the reader's language, that the English page changed after this
 * translation was made. The build writes the date (see the translations
 * plugin's front matter hook); this only renders it.
 */
export default function TranslationOutdatedNotice({date, label, englishUrl}: OutdatedTranslation & {englishUrl: string}): ReactNode {
  return (
    <div className="alert alert--warning margin-bottom--md" role="note" data-testid="translation-outdated">
      <Translate
        id="bsg.outdated.notice"
        description="Shown at the top of a translated page whose English original changed since; {date} is a date"
        values={{date: <time dateTime={date}>{label}</time>}}>
        {'This translation was made from an earlier version of the English page, last updated on {date}.'}
      </Translate>{' '}
      <a href={englishUrl} hrefLang="en">
        <Translate id="bsg.outdated.readEnglish" description="Link to the English original of an outdated translation">
          Read the English page
        </Translate>
      </a>
    </div>
  );
}
