// The agreement's PDF read back with pdf.js: the parties, the person as the employer knows them,
// the terms and the amounts, in each language; the same bytes every time (so the fingerprint
// shown is the fingerprint signed); the exact bytes signed served afterwards.
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { agreementSignatures, businesses } from '../../server/db/schema';
import { sha256Hex } from '../../server/files/fileStore';
import { accept } from '../helpers/agreements';
import { signIn } from '../helpers/callers';
import { aPairingWorld } from '../helpers/pairingWorld';
import { pdfText } from '../helpers/pdfText';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let world: Awaited<ReturnType<typeof aPairingWorld>>;
let pairingId: number;
let app: ReturnType<typeof createApp>;

const NBSP = '\u00a0';

async function download(userId: number, path: string) {
  const { token } = signIn(deps, userId);
  return app.request(path, { headers: { cookie: `passerelle_session=${token}` } });
}

beforeEach(async () => {
  deps = testDeps();
  world = await aPairingWorld(deps);
  // 50 % × 20,00 $ × 35 h × 12 weeks = 4 200,00 $
  pairingId = (await world.hire({}, { firstName: 'Amina', lastName: 'Zébulon' })).pairingId;
  app = createApp(deps);
});

describe('the agreement as a PDF', () => {
  it('reads back in French with the parties, the terms and the amounts', async () => {
    const { w } = world;
    const res = await download(
      w.users.employer1.id,
      `/files/agreements/${pairingId}/v1.pdf?locale=fr-CA`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(
      `entente-jumelage-${pairingId}-v1.pdf`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await pdfText(bytes);
    const business = deps.db.select().from(businesses).get();
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Entente de jumelage');
    expect(text).toContain(`${business?.legalName} (NEQ ${business?.neq})`);
    expect(text).toContain('Amina Z.');
    expect(text).not.toContain('Zébulon');
    expect(text).toContain('7 décembre 2026');
    expect(text).toContain(`4${NBSP}200,00${NBSP}$`.replace(/\s+/g, ' '));
    expect(text).toContain(`1${NBSP}500,00${NBSP}$`.replace(/\s+/g, ' '));
    expect(text).toContain(`600,00${NBSP}$`.replace(/\s+/g, ' '));
    expect(text).toContain(`300,00${NBSP}$`.replace(/\s+/g, ' '));
    expect(text).toContain('20,00');
    expect(text).toContain('12 semaines');
    expect(text).toContain('Protection des renseignements personnels');
    expect(pdf.info.Title).toBe('Entente de jumelage');
  });

  it('reads back in English, as the English reader asks', async () => {
    const res = await download(
      world.w.users.employer1.id,
      `/files/agreements/${pairingId}/v1.pdf?locale=en-CA`,
    );
    const text = (await pdfText(new Uint8Array(await res.arrayBuffer()))).text.replace(/\s+/g, ' ');
    expect(text).toContain('Placement agreement');
    expect(text).toContain('$4,200.00');
    expect(text).toContain('$1,500.00');
    expect(text).toContain('December 7, 2026');
    expect(text).toContain('Protection of personal information');
  });

  it('is the same bytes each time, whose hash is the fingerprint the page shows and the signature keeps', async () => {
    const { w } = world;
    const path = `/files/agreements/${pairingId}/v1.pdf?locale=fr-CA`;
    const first = new Uint8Array(await (await download(w.users.employer1.id, path)).arrayBuffer());
    deps.clock.advanceMinutes(90);
    const again = await download(w.users.coordinator.id, path);
    const second = new Uint8Array(await again.arrayBuffer());
    expect(sha256Hex(second)).toBe(sha256Hex(first));
    const shown = await w.e1.agreements.get({ pairingId, locale: 'fr-CA' });
    expect(shown.current?.documentSha256).toBe(sha256Hex(first));
    expect(again.headers.get('x-document-sha256')).toBe(sha256Hex(first));

    await accept(w.e1, pairingId);
    const signature = deps.db.select().from(agreementSignatures).get();
    expect(signature?.documentSha256).toBe(sha256Hex(first));
    // The exact bytes signed are kept in FILES_DIR and served from there.
    expect(deps.files.read(sha256Hex(first))?.equals(Buffer.from(first))).toBe(true);
    const served = new Uint8Array(await (await download(w.users.admin1.id, path)).arrayBuffer());
    expect(sha256Hex(served)).toBe(signature?.documentSha256);
  });

  it('prints any alphabet: a name outside Latin-1 embeds a font that has it', async () => {
    const other = (await world.hire({}, { firstName: 'Thảo', lastName: 'Nguyễn' })).pairingId;
    const res = await download(
      world.w.users.employer1.id,
      `/files/agreements/${other}/v1.pdf?locale=fr-CA`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect((await pdfText(bytes)).text).toContain('Thảo N.');
    expect(Buffer.from(bytes).toString('latin1')).toContain('DejaVuSans');
    // The usual document needs no embedded font.
    const usual = await download(
      world.w.users.employer1.id,
      `/files/agreements/${pairingId}/v1.pdf`,
    );
    expect(Buffer.from(await usual.arrayBuffer()).toString('latin1')).toContain('/Helvetica');
  });

  it('is refused to another business and to anonymous visitors', async () => {
    const path = `/files/agreements/${pairingId}/v1.pdf?locale=fr-CA`;
    expect((await download(world.w.users.employer2.id, path)).status).toBe(404);
    expect((await app.request(path)).status).toBe(401);
    expect(
      (await download(world.w.users.employer1.id, `/files/agreements/${pairingId}/v9.pdf`)).status,
    ).toBe(404);
  });
});
