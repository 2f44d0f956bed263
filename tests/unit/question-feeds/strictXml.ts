import {SaxesParser} from 'saxes';

/**
 * Parses `xml` as a conformant XML 1.0 processor must, and throws at the
 * first well-formedness error, naming `name`, line and column. saxes checks
 * the Char production (no U+FFFE, U+FFFF, lone surrogate or C0 control but
 * tab and line breaks) and namespaces; @xmldom/xmldom, even with an error
 * handler that throws, reads U+FFFE and U+FFFF without a word, and feed
 * readers built on a strict parser refuse the whole feed.
 */
export function parseStrictXml(xml: string, name: string): void {
  const parser = new SaxesParser({xmlns: true});
  parser.on('error', (error) => {
    throw new Error(`${name} is not well-formed XML: ${error.message}`);
  });
  parser.write(xml).close();
}
