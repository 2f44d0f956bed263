import React, {type ReactNode} from 'react';
import styles from './styles.module.css';
import type {SuggestionAnswer} from '@site/src/lib/languageSuggestion';

/**
 * The offer, written in the language it offers — which the English page's
 * translations (translate()) cannot give: each locale's bundle holds only its
 * own strings. The type asks for every language the site has but English.
 */
const WORDS: Record<'ar' | 'es' | 'fr' | 'ru' | 'zh', {region: string; text: string; follow: string; dismiss: string}> = {
  ar: {region: 'اختيار اللغة', text: 'موقع BSG Hub متاح أيضًا باللغة العربية.', follow: 'اقرأه بالعربية', dismiss: 'لا، شكرًا'},
  es: {region: 'Idioma', text: 'BSG Hub también está en español.', follow: 'Leer en español', dismiss: 'No, gracias'},
  fr: {region: 'Langue', text: 'BSG Hub existe aussi en français.', follow: 'Lire en français', dismiss: 'Non merci'},
  ru: {region: 'Язык', text: 'BSG Hub есть и на русском языке.', follow: 'Читать на русском', dismiss: 'Нет, спасибо'},
  zh: {region: '语言', text: 'BSG Hub 也有中文版。', follow: '阅读中文版', dismiss: '不用了，谢谢'},
};

type Props = {locale: string; lang: string; dir: string; href: string; onAnswer: (answer: Extract<SuggestionAnswer, 'dismissed' | 'followed'>) => void};

export default function Offer({locale, lang, dir, href, onAnswer}: Props): ReactNode {
  const words = WORDS[locale as keyof typeof WORDS];
  if (!words) return null;
  return (
    <aside className={styles.offer} lang={lang} dir={dir} aria-label={words.region} data-testid="language-suggestion">
      <p className={styles.text}>{words.text}</p>
      <a className="button button--primary button--sm" href={href} hrefLang={lang} onClick={() => onAnswer('followed')}>
        {words.follow}
      </a>
      <button type="button" className="button button--secondary button--sm" onClick={() => onAnswer('dismissed')}>
        {words.dismiss}
      </button>
    </aside>
  );
}
