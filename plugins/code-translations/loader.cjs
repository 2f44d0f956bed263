// Rspack loads a loader with Node's require, which cannot read TypeScript: tsx can.
module.exports = require('tsx/cjs/api').require('./loader.ts', __filename).default;
