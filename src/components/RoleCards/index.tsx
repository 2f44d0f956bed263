import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

export type RoleCard = {
  id: string;
  title: string;
  text: string;
  links: {label: string; to: string}[];
};

/** The home page's "who are you?" routes, one card per kind of reader. */
export default function RoleCards({cards}: {cards: RoleCard[]}): ReactNode {
  return (
    <ul className={styles.cards}>
      {cards.map((card) => (
        <li key={card.id} className={styles.card} data-role={card.id}>
          <Heading as="h3">{card.title}</Heading>
          <p>{card.text}</p>
          <ul className={styles.links}>
            {card.links.map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
