import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/precompress.ts';

const apiPort = Number(process.env.API_PORT ?? 3000);

export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // No source maps in what is served: the original sources stay private (issue 11).
    sourcemap: false,
    // Which file each source became: the server names a signed-in page's first chunks in the
    // page itself (server/http/appShell.ts). Read by the server, never served.
    manifest: true,
  },
  server: {
    port: 5173,
    // changeOrigin stays false so the API's Origin check sees the browser's origin (STACK.md).
    proxy: {
      '/trpc': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false },
      '/exports': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false },
      '/files': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          root: '.',
          include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 60_000,
          // Real argon2, demo seeding and child servers: a minute each on a busy shared machine.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          root: '.',
          include: ['tests/web/**/*.test.tsx'],
          environment: 'happy-dom',
          // No test reaches the network: a fixture tRPC link answers (tests/web/fixtureLink.ts).
          setupFiles: ['tests/web/setup.ts'],
        },
      },
    ],
  },
});
