// The baseline: a raw Hono "hello" endpoint, the ceiling for one Node process on this machine.
// Started by bench/run.ts in its own process: PORT (and HOST, loopback by default) from the env.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.text('hello'));

const port = Number(process.env.PORT ?? 0);
serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
  console.log(`hello listening on ${info.port}`);
});
process.on('SIGTERM', () => process.exit(0));
