/**
 * The site's configuration with French, Russian and Arabic only, each at its
 * prefix as in the full site (`/fr/`, `/ru/`, `/ar/`), for the whole path of
 * asking through the question gateway (gatewayAskPath.test.ts): one build
 * instead of six locales, the gateway's emails linking where they do.
 */
import config from '../../docusaurus.config';
import type {Config} from '@docusaurus/types';

const i18n = config.i18n!;
const at = (locale: 'fr' | 'ru' | 'ar') => ({...i18n.localeConfigs?.[locale], baseUrl: `/${locale}/`});
export default {...config, i18n: {...i18n, defaultLocale: 'fr', locales: ['fr', 'ru', 'ar'], localeConfigs: {fr: at('fr'), ru: at('ru'), ar: at('ar')}}} satisfies Config;
