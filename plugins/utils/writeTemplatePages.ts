import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {writeAtomically} from './files';
import {parsePageTemplate} from './pageTemplate';
import type {TemplatePage, TemplateSpec} from './pageTemplate';

/**
 * After the build: reads the template page Docusaurus rendered for the
 * route `<dir>/<parameter>` (`events/:id.html`), writes `<dir>/<value>.html`
 * for every page `render` returns (given the template's labels), each to a
 * temporary name first, then removes the template. Returns the labels.
 */
export async function writeTemplatePages<Labels>(
  dir: string,
  spec: TemplateSpec,
  render: (labels: Labels) => TemplatePage[],
): Promise<Labels> {
  const templateFile = path.join(dir, `${spec.parameter}.html`);
  const template = parsePageTemplate<Labels>(await readFile(templateFile, 'utf8'), path.relative(process.cwd(), templateFile), spec);
  const pages = render(template.labels);
  await Promise.all(pages.map((page) => writeAtomically(path.join(dir, `${page.parameter}.html`), template.fill(page))));
  await rm(templateFile);
  return template.labels;
}
