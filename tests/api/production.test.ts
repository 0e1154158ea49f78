// The real server started as in production (NODE_ENV=production) on an empty database, with no
// SEED_DEMO and no SMTP_URL: no demo data is seeded, the server says that email is off, the
// first coordinator is invited from the command line, and no invitation or reset token is ever
// written to the server's output, while the links reach whoever made them.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

/** Port 0: the system picks a free one, read from the server's first line. */
function env(dbPath: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_PATH: dbPath,
    PORT: '0',
    HOST: '127.0.0.1',
    APP_URL: 'https://passerelle.example.ca',
  };
  delete e.SEED_DEMO;
  delete e.SMTP_URL;
  return e;
}

async function start(dbPath: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: env(dbPath),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output = { text: '' };
  child.stdout?.on('data', (d: Buffer) => {
    output.text += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output.text += d.toString();
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    // The line that says it listens: plain text, or a JSON log line (server/observability).
    const port = output.text
      .split('\n')
      .find((line) => line.includes('listening'))
      ?.match(/http:\/\/127\.0\.0\.1:(\d+)/)?.[1];
    if (port) return { output, base: `http://127.0.0.1:${port}` };
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output.text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

class Client {
  cookie = '';
  constructor(readonly base: string) {}
  async call<T>(path: string, input: unknown, mutation = true): Promise<T> {
    const url = mutation
      ? `${this.base}/trpc/${path}`
      : `${this.base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
    const res = await fetch(url, {
      method: mutation ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: mutation ? JSON.stringify(input) : undefined,
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const body = (await res.json()) as { result?: { data: T }; error?: unknown };
    if (!body.result) throw new Error(`${path}: ${res.status} ${JSON.stringify(body.error)}`);
    return body.result.data;
  }
}

const tokenOf = (link: string | null | undefined) => link?.split('#token=')[1] ?? '';

describe('production', { timeout: 90_000 }, () => {
  it('seeds nothing, says email is off, and never logs a token; links reach their makers', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'passerelle-prod-')), 'prod.db');
    const { output, base } = await start(dbPath);
    const visitor = new Client(base);
    expect(await visitor.call('system.demo', {}, false)).toBeNull();
    expect(await visitor.call('system.email', {}, false)).toEqual({ enabled: false });
    await expect(
      visitor.call('auth.login', {
        email: 'coordination@passerelle.test',
        password: 'Passerelle-demo-2026',
      }),
    ).rejects.toThrow(/401/);
    expect(output.text).toContain('Email is off (no SMTP_URL)');
    expect(output.text).not.toMatch(/demo data seeded|demo accounts/i);

    // The first coordinator, from the command line: the link is printed there, to the operator.
    const cli = await run(
      process.execPath,
      ['--import', 'tsx', 'server/createCoordinator.ts', 'premiere@example.test', 'Première C.'],
      { env: env(dbPath) },
    );
    const firstLink = cli.stdout.match(
      /https:\/\/passerelle\.example\.ca\/invitation#token=[\w-]+/,
    )?.[0];
    expect(firstLink).toBeDefined();
    const coordinator = new Client(base);
    await coordinator.call('accounts.acceptInvitation', {
      token: tokenOf(firstLink),
      name: 'Première Coordinatrice',
      password: 'une phrase de passe solide',
    });

    // Invitations and reset links made in the app come back to their maker only.
    const invited = await coordinator.call<{ link: string | null }>('accounts.invite', {
      email: 'invitee@example.test',
      name: 'Invitée',
      role: 'coordinator',
      locale: 'fr-CA',
    });
    expect(invited.link).toMatch(/#token=/);
    const invitee = new Client(base);
    await invitee.call('accounts.acceptInvitation', {
      token: tokenOf(invited.link),
      name: 'Invitée',
      password: 'une autre phrase solide',
    });
    const accounts = await coordinator.call<{ id: number; email: string }[]>(
      'accounts.list',
      {},
      false,
    );
    const inviteeId = accounts.find((a) => a.email === 'invitee@example.test')?.id ?? 0;
    const reset = await coordinator.call<{ link: string | null }>('accounts.resetLink', {
      userId: inviteeId,
    });
    await visitor.call('auth.requestPasswordReset', { email: 'invitee@example.test' });
    await new Promise((r) => setTimeout(r, 300));
    for (const link of [firstLink, invited.link, reset.link]) {
      expect(tokenOf(link).length).toBeGreaterThan(20);
      expect(output.text).not.toContain(tokenOf(link));
    }
    expect(output.text).not.toContain('#token=');
  });
});
