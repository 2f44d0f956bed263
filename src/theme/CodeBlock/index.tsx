import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock';
import styles from './styles.module.css';

/**
 * A code block as plain preformatted text, without the classic theme's Prism
 * highlighter (see plugins/plain-code-blocks). Focusable so that keyboard
 * users can scroll long lines.
 */
export default function CodeBlock({children, className, title}: Props): ReactNode {
  return (
    <figure className={styles.codeBlock}>
      {title && <figcaption className={styles.title}>{title}</figcaption>}
      <pre tabIndex={0} className={clsx(className, styles.pre)} dir="ltr">
        <code>{children}</code>
      </pre>
    </figure>
  );
}
