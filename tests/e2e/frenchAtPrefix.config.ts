/**
 * The site's configuration with French at /fr/ even when French is built
 * alone (`--locale fr --config tests/e2e/frenchAtPrefix.config.ts`):
 * Docusaurus puts a one-locale build at the root, the full site has French at
 * /fr/, where the question gateway's emails link (gateway/pages.ts).
 */
import config from '../../docusaurus.config';
import type {Config} from '@docusaurus/types';

const i18n = config.i18n!;
export default {...config, i18n: {...i18n, localeConfigs: {...i18n.localeConfigs, fr: {...i18n.localeConfigs?.fr, baseUrl: '/fr/'}}}} satisfies Config;
