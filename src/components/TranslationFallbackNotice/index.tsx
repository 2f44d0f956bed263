import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';

type Props = {
  /**
   * The page that opens GitHub's prefilled form for the missing translation.
   * A plain link: it is written after the build, in the default locale, so
   * neither the locale prefix nor the route check apply.
   */
  translateUrl: string;
};

/** Says, in the reader's language, that the page below is the English original. */
export default function TranslationFallbackNotice({translateUrl}: Props): ReactNode {
  return (
    <div className="alert alert--info margin-bottom--md" role="note" data-testid="translation-fallback">
      <Translate
        id="bsg.fallback.notice"
        description="Shown at the top of a page that has no translation in the reader's language yet">
        This page has not been translated into your language yet, so it is shown in English.
      </Translate>{' '}
      <a href={translateUrl}>
        <Translate id="bsg.fallback.helpTranslate" description="Link that opens GitHub's editor to translate the current page">
          Help translate it
        </Translate>
      </a>
    </div>
  );
}
