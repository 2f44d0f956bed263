/**
 * Hashed build files (`assets/js/main.3312df18.js`): their content never
 * changes under their name. A module of its own: every page's bundle carries it
 * (src/clientModules/serviceWorker.ts), and nothing else of the worker's settings.
 */
export const HASHED_ASSET = /\/assets\/.+\.[0-9a-f]{8,}\.\w+$/;
