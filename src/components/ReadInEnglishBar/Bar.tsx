import React, {type ReactNode} from 'react';
import styles from './styles.module.css';
import type {TranslatedLocale} from '@site/locales';

/**
 * The bar's words, in the language the reader came from — which the English
 * page's translations (translate()) cannot give: each locale's bundle holds
 * only its own strings. Fetched only by the readers who get the bar.
 */
const WORDS: Record<TranslatedLocale, {region: string; text: string; back: string; undo: string; close: string}> = {
  ar: {
    region: 'القراءة بالإنجليزية',
    text: 'اخترتَ قراءة الصفحات التي لم تُراجَع ترجمتها بعد باللغة الإنجليزية.',
    back: 'قراءة الترجمة هذه المرة',
    undo: 'عرض الترجمات مرة أخرى',
    close: 'إغلاق',
  },
  es: {
    region: 'Lectura en inglés',
    text: 'Ha elegido leer en inglés las páginas cuya traducción aún no se ha revisado.',
    back: 'Leer la traducción esta vez',
    undo: 'Volver a mostrar las traducciones',
    close: 'Cerrar',
  },
  fr: {
    region: 'Lecture en anglais',
    text: "Vous avez choisi de lire en anglais les pages dont la traduction n'a pas encore été relue.",
    back: 'Lire la traduction cette fois-ci',
    undo: 'Afficher de nouveau les traductions',
    close: 'Fermer',
  },
  ru: {
    region: 'Чтение на английском языке',
    text: 'Вы выбрали чтение на английском языке страниц, перевод которых ещё не проверен.',
    back: 'На этот раз открыть перевод',
    undo: 'Снова показывать переводы',
    close: 'Закрыть',
  },
  zh: {
    region: '阅读英文原文',
    text: '您已选择以英文阅读译文尚未经过审校的页面。',
    back: '本次阅读译文',
    undo: '重新显示译文',
    close: '关闭',
  },
};

type Props = {
  locale: TranslatedLocale;
  lang: string;
  dir: string;
  /** The translation of this page. */
  href: string;
  /** Sets the link's address (at the heading being read) as it is followed; `undo` forgets the choice first. */
  onBack: (link: HTMLAnchorElement, undo: boolean) => void;
  onClose: () => void;
};

/** The way back to the translation, this once or for good, fixed to the bottom of the window. */
export default function Bar({locale, lang, dir, href, onBack, onClose}: Props): ReactNode {
  const words = WORDS[locale];
  return (
    <div className={styles.bar} role="region" lang={lang} dir={dir} aria-label={words.region} data-testid="read-in-english-bar">
      <p className={styles.text}>{words.text}</p>
      <a href={href} hrefLang={lang} onClick={(event) => onBack(event.currentTarget, false)} data-testid="read-in-english-back">
        {words.back}
      </a>
      <a href={href} hrefLang={lang} onClick={(event) => onBack(event.currentTarget, true)} data-testid="read-in-english-undo">
        {words.undo}
      </a>
      <button type="button" className="link-button" onClick={onClose}>
        {words.close}
      </button>
    </div>
  );
}
