// Times the import preview of 5,000 rows (the documented maximum), CSV and XLSX, in process and
// over HTTP through the real app (tRPC, JSON body, session cookie), on a migrated in-memory
// database whose organisation already has 5,000 people (so duplicate checks have work to do).
// Run: npm run bench:import. Prints the median and worst of 5 runs each.
import { performance } from 'node:perf_hooks';
import { createApp } from '../server/app';
import { composeDeps } from '../server/compose';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { jobSeekers, organisations, users } from '../server/db/schema';
import { createSession } from '../server/features/auth/sessions';
import { previewImport } from '../server/features/imports/importJobSeekers';
import { csvBase64, personRow, xlsxBase64 } from '../tests/helpers/importFiles';

const RUNS = 5;
const config = loadConfig({ NODE_ENV: 'test', SEED_DEMO: '0', APP_URL: 'http://localhost:3000' });
const deps = composeDeps(config, { db: openDatabase(':memory:'), log: () => {} });
const at = new Date().toISOString();
const org = deps.db
  .insert(organisations)
  .values({ name: 'Organisme banc d’essai', regionCode: '06', city: 'Montréal', createdAt: at })
  .returning()
  .get();
const admin = deps.db
  .insert(users)
  .values({
    email: 'bench@example.test',
    name: 'Banc',
    role: 'org_admin',
    organisationId: org.id,
    passwordHash: 'x',
    status: 'active',
    createdAt: at,
    updatedAt: at,
  })
  .returning()
  .get();
deps.db.transaction((tx) => {
  for (let i = 0; i < 5000; i++) {
    tx.insert(jobSeekers)
      .values({
        organisationId: org.id,
        firstName: 'Déjà',
        lastName: `Suivie${i}`,
        birthDate: '1985-02-02',
        email: `suivie${i}@exemple.ca`,
        regionCode: '06',
        hoursPerWeek: 35,
        availableFrom: '2026-12-01',
        createdAt: at,
        updatedAt: at,
      })
      .run();
  }
});
const actor = {
  userId: admin.id,
  role: 'org_admin' as const,
  organisationId: org.id,
  businessId: null,
  sessionId: 'bench',
};
const rows = Array.from({ length: 5000 }, (_, i) => personRow(i));
const csv = csvBase64(rows);
const xlsx = await xlsxBase64(rows);

async function time(label: string, fn: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(38)} median ${(ms[Math.floor(RUNS / 2)] ?? 0).toFixed(0)} ms, worst ${(ms.at(-1) ?? 0).toFixed(0)} ms`,
  );
}

console.log(
  `5,000 rows: CSV ${(csv.length / 1024).toFixed(0)} KB, XLSX ${(xlsx.length / 1024).toFixed(0)} KB (base64)`,
);
await time('CSV preview, in process', () =>
  previewImport(deps, actor, { format: 'csv', contentBase64: csv }),
);
await time('XLSX preview, in process', () =>
  previewImport(deps, actor, { format: 'xlsx', contentBase64: xlsx }),
);
const app = createApp(deps);
const session = createSession(deps, deps.db, admin.id, { ip: '127.0.0.1', userAgent: 'bench' });
for (const [format, body] of [
  ['csv', csv],
  ['xlsx', xlsx],
] as const) {
  await time(`${format.toUpperCase()} preview, over HTTP (tRPC)`, async () => {
    const res = await app.request('/trpc/imports.preview', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `passerelle_session=${session.token}`,
      },
      body: JSON.stringify({ format, contentBase64: body }),
    });
    if (res.status !== 200)
      throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
    await res.text();
  });
}
