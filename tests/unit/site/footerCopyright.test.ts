import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {expect, it} from 'vitest';
import FooterCopyright from '../../../src/theme/Footer/Copyright';

// Issue 13: a translated copyright is a translator's text, rendered on every page of the language.
it('renders a translated copyright as text, markup and all', () => {
  const copyright = 'BSG Hub est une base ouverte.<img src=x onerror=alert(1)><script>alert(2)</script>';
  expect(renderToStaticMarkup(React.createElement(FooterCopyright, {copyright}))).toBe(
    '<div class="footer__copyright">BSG Hub est une base ouverte.&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;</div>',
  );
});
