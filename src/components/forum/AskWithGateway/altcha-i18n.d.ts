// altcha ships declarations for some languages' files only (ar, ru, not es-es, fr-fr, zh-cn):
// each file only registers its strings with the widget, and exports nothing.
declare module 'altcha/i18n/*';
