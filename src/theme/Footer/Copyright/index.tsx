import React, {type ReactNode} from 'react';
import type {Props} from '@theme/Footer/Copyright';

/**
 * The footer's copyright line, as text. The classic theme sets it as HTML
 * (`dangerouslySetInnerHTML`), trusting the site's author; but each language
 * takes it from a translator's `footer.json`, and markup there would run on
 * every page of that language (issue 13). Our English message is plain text.
 */
export default function FooterCopyright({copyright}: Props): ReactNode {
  return <div className="footer__copyright">{copyright}</div>;
}
