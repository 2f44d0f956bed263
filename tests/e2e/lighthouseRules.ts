import defaultConfig from 'lighthouse/core/config/default-config.js';
import {screenEmulationMetrics} from 'lighthouse/core/config/constants.js';
import type {Page} from 'playwright-core';

/**
 * The axe-core rules that Lighthouse's accessibility score is made of: the
 * audits of its category with a weight (manual checks weigh nothing), each
 * named after its axe rule. Read from the installed Lighthouse, so the guard
 * follows it; Lighthouse runs the same axe-core (one copy in node_modules).
 * Minor and best-practice rules count too: image-redundant-alt weighs 1.
 */
export const LIGHTHOUSE_RULES: string[] = (defaultConfig.categories?.accessibility?.auditRefs ?? [])
  .filter((ref) => ref.weight > 0)
  .map((ref) => ref.id);

/** The phone Lighthouse emulates by default: target-size and reflow depend on it. */
const {width, height, deviceScaleFactor} = screenEmulationMetrics.mobile;
export const LIGHTHOUSE_PHONE = {viewport: {width, height}, deviceScaleFactor, isMobile: true};

type Result = {id: string; help?: string; nodes?: {target: string[]}[]};
type AxeResults = {violations: Result[]; passes: Result[]; incomplete: Result[]; inapplicable: Result[]};

/**
 * Runs exactly LIGHTHOUSE_RULES on the page (axe-core must be loaded, see
 * browser.ts). Returns the violations, and the rules axe reported on at all,
 * so that a caller can tell that every rule ran.
 */
export async function runLighthouseRules(page: Page): Promise<{violations: string[]; ran: string[]}> {
  const results = await page.evaluate(async (rules) => {
    const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<AxeResults>}}).axe;
    // Every result type names its rules; only the violations need all their nodes (and their selectors, axe's slow part).
    return axe.run(document, {runOnly: {type: 'rule', values: rules}, resultTypes: ['violations']});
  }, LIGHTHOUSE_RULES);
  const ran = [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
  const violations = results.violations.map((v) => `${v.id}: ${v.help} at ${(v.nodes ?? []).map((n) => n.target.join(' ')).join(', ')}`);
  return {violations, ran: [...new Set(ran)]};
}
