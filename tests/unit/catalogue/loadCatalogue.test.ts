import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalogue} from '../../../plugins/catalogue/loadCatalogue';
import {formatProblems} from '../../../plugins/utils/problems';

const fixture = (name: string) => path.join(__dirname, '../../fixtures', name);

describe('loadCatalogue', () => {
  it('reads a valid catalogue into typed entries', () => {
    const siteDir = fixture('catalogue-site');
    const {catalogue, problems} = loadCatalogue(siteDir, path.join(siteDir, 'data'));
    expect(problems).toEqual([]);
    expect(catalogue.recommendations.map((r) => r.id)).toEqual(['E.164', 'G.709/Y.1331', 'G.984.1', 'X.509']);
    expect(catalogue.studyGroups.map((g) => g.id)).toEqual(['SG2', 'SG15', 'SG17']);
    expect(Object.keys(catalogue.glossary)).toEqual(['en', 'fr', 'zh']);
    expect(catalogue.products[0]).toMatchObject({id: 'sample-ont', sample: true});
  });

  it('reports every problem of every file with file, line, entry, field and expectation', () => {
    const siteDir = fixture('invalid-catalogue-site');
    const {problems} = loadCatalogue(siteDir, path.join(siteDir, 'data'));
    expect(formatProblems('Invalid catalogue data', problems, '')).toMatchInlineSnapshot(`
      "Invalid catalogue data: 14 problem(s) in 5 file(s).
      - data/glossary/fr.yml:4 entry bdt, id: found 'bdt', expected an id that data/glossary/en.yml defines
      - data/glossary/fr.yml:5 entry bdt, abbr: found 'TSB', expected an abbreviation not already in this glossary
      - data/products/bad.yml:4 entry bad-product, recommendations: found 'Q.9999', expected a Recommendation in data/recommendations/ (add it there first)
      - data/products/bad.yml:6 entry bad-product, evidence.type: found 'rumour', expected one of test-report, certificate, interoperability-event, declaration
      - data/products/bad.yml:8 entry bad-product, date: found '01/02/2026', expected a date YYYY-MM-DD
      - data/recommendations/e-series.yml:4 entry E.164, status: found 'active', expected one of in-force, superseded, withdrawn
      - data/recommendations/e-series.yml:5 entry E.164, policy: found 'yes', expected true or false: whether it has regulatory or policy implications
      - data/recommendations/e-series.yml:6 entry E.164, summary: found 'Too short.', expected an original summary of 80 to 500 characters
      - data/recommendations/e-series.yml:7 entry G.652, id: found 'G.652', expected a Recommendation of the E series: move it to the file of its series
      - data/recommendations/e-series.yml:9 entry G.652, study_group: found 'SG9', expected one of TSAG, SG2, SG3, SG5, SG11, SG12, SG13, SG15, SG17, SG20, SG21
      - data/recommendations/e-series.yml:13 entry E.164, title: found nothing (the field is missing), expected the official title, as text
      - data/recommendations/e-series.yml:13 entry E.164, id: found 'E.164', expected an identifier not already in the catalogue (E.164 is listed twice)
      - data/recommendations/y-series.yml:3 (yaml): is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
      - data/study-groups.yml:8 entry SG2, regional_groups.0.region: found 'sub-saharan-africa', expected one of africa, americas, arab-states, asia-oceania, eecat, europe-mediterranean, latin-america-caribbean
      "
    `);
  });
});
