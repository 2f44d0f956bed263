import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import NavbarSearch from '@theme-original/Navbar/Search';
import LocaleMenu from '@site/src/components/LocaleMenu';
import styles from './styles.module.css';
import type NavbarSearchType from '@theme/Navbar/Search';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof NavbarSearchType>;

/**
 * The search's place in the navbar, which a phone keeps beside the menu
 * button: the languages go there too, one tap away (src/components/LocaleMenu).
 */
export default function NavbarSearchWrapper({children, className, ...props}: Props): ReactNode {
  return (
    <NavbarSearch {...props} className={clsx(className, styles.withLocales)}>
      <LocaleMenu />
      {children}
    </NavbarSearch>
  );
}
