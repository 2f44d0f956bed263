// The ALTCHA widget's SHA worker, bundled as a file of the site: the
// widget's default build starts its workers from blob: and data: URLs,
// which the pages' Content-Security-Policy (`script-src 'self'`) forbids.
import 'altcha/workers/sha';
