import {translate} from '@docusaurus/Translate';
import type {Status} from '@site/plugins/catalogue/types';

export const statusLabel = (): Record<Status, string> => ({
  'in-force': translate({id: 'catalogue.status.inForce', message: 'In force', description: 'Status of an ITU-T Recommendation that applies today'}),
  superseded: translate({id: 'catalogue.status.superseded', message: 'Superseded', description: 'Status of an ITU-T Recommendation replaced by a newer one'}),
  withdrawn: translate({id: 'catalogue.status.withdrawn', message: 'Withdrawn', description: 'Status of an ITU-T Recommendation that no longer applies'}),
});

export const policyLabel = (): string =>
  translate({id: 'catalogue.policy', message: 'Policy or regulatory relevance', description: 'Badge on a Recommendation with regulatory or policy implications'});
