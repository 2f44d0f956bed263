// The ALTCHA widget's SHA worker, bundled as a file of the site: the
// widget starts its own from blob: and data: URLs, which the pages'
// Content-Security-Policy (`script-src 'self'`) forbids (see loadAltcha.ts).
import 'altcha/workers/sha';
