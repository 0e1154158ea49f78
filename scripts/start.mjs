// npm start: builds what changed since the last build (nothing, usually: see build.mjs), then
// runs the built server in this same process.
import { buildIfStale } from './build.mjs';

buildIfStale();
await import('../dist/server/main.js');
