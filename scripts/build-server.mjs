// Bundles the server into dist/server/main.js, and the operator's command that invites a
// coordinator into dist/server/createCoordinator.js (dependencies stay external, in
// node_modules). Both sit in dist/server/, where the migrations folder is found (../../drizzle).
import { build } from 'esbuild';

await build({
  entryPoints: ['server/main.ts', 'server/createCoordinator.ts'],
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
