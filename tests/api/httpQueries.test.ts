// Queries over GET and JSON mutations through the HTTP app: one call answers what the same call
// in a batch answers — success or error — with the right statuses for odd requests.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { aUser, postingFields, TEST_PASSWORD } from '../helpers/builders';
import { as } from '../helpers/callers';
import { testDeps } from '../helpers/testDeps';

const ORIGIN = 'http://localhost:3000';

async function setup() {
  const deps = testDeps();
  const app = createApp(deps);
  const employer = await aUser(deps.db, 'employer');
  await as(deps, employer.id).postings.create(postingFields({ publish: true }));
  const counsellor = await aUser(deps.db, 'counsellor');
  const login = await app.request(`${ORIGIN}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email: counsellor.email, password: TEST_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const get = (path: string, headers: Record<string, string> = { cookie }) =>
    app.request(`${ORIGIN}${path}`, { headers });
  return { get, cookie };
}

const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));

describe('single GET queries', () => {
  it('answer the same body, batched or not, for successes and every kind of error', async () => {
    const { get, cookie } = await setup();
    const cases: [string, unknown, Record<string, string>][] = [
      ['postings.list', { limit: 5 }, { cookie }],
      ['postings.list', { sort: { by: 'nope', dir: 'asc' } }, { cookie }],
      ['postings.list', { cursor: 'garbage' }, { cookie }],
      ['postings.list', { limit: 5 }, {}],
      ['money.reviewQueue', undefined, { cookie }],
      ['auth.me', undefined, { cookie }],
      ['postings.get', { postingId: 999 }, { cookie }],
    ];
    for (const [path, input, headers] of cases) {
      const single = await get(
        `/trpc/${path}${input === undefined ? '' : `?input=${q(input)}`}`,
        headers,
      );
      const batched = await get(
        `/trpc/${path}?batch=1&input=${q(input === undefined ? {} : { 0: input })}`,
        headers,
      );
      expect(single.status, path).toBe(batched.status);
      const one = await single.json();
      const many = (await batched.json()) as unknown[];
      expect(one, path).toEqual(many[0]);
      expect(single.headers.get('content-type')).toContain('application/json');
      expect(single.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('returns a page and its cursor; the cursor leads to the next page', async () => {
    const { get } = await setup();
    const res = await get(`/trpc/postings.list?input=${q({ limit: 1 })}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { items: unknown[]; nextCursor: null } } };
    expect(body.result.data.items).toHaveLength(1);
    expect(body.result.data.nextCursor).toBeNull();
  });

  it('leaves mutations, unknown paths, several calls and unreadable input to the adapter', async () => {
    const { get, cookie } = await setup();
    expect((await get('/trpc/auth.logout', { cookie })).status).toBe(405);
    expect((await get('/trpc/nope.nothing', { cookie })).status).toBe(404);
    for (const odd of ['constructor', '__proto__', 'toString', 'postings', 'postings.list.x']) {
      expect((await get(`/trpc/${odd}`, { cookie })).status, odd).toBe(404);
    }
    expect((await get(`/trpc/postings.list?input=${encodeURIComponent('{bad')}`)).status).toBe(400);
    const two = await get(
      `/trpc/auth.me,postings.list?batch=1&input=${q({ 0: undefined, 1: { limit: 1 } })}`,
    );
    expect(two.status).toBe(200);
    expect((await two.json()) as unknown[]).toHaveLength(2);
  });
});

describe('single JSON mutations', () => {
  it('answer like the adapter, batched or not, and set cookies', async () => {
    const deps = testDeps();
    const app = createApp(deps);
    const user = await aUser(deps.db, 'counsellor');
    const post = (path: string, body: string, type = 'application/json') =>
      app.request(`${ORIGIN}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': type, origin: ORIGIN },
        body,
      });
    const good = JSON.stringify({ email: user.email, password: TEST_PASSWORD });
    const single = await post('auth.login', good);
    expect(single.status).toBe(200);
    expect(single.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const batched = await post('auth.login?batch=1', JSON.stringify({ 0: JSON.parse(good) }));
    expect(batched.status).toBe(200);
    expect(((await batched.json()) as unknown[])[0]).toEqual(await single.json());
    // Errors: a bad input field by field, the same through the adapter (two calls in a batch).
    const bad = { email: 'not-an-email', password: '' };
    const alone = await post('auth.login', JSON.stringify(bad));
    const pair = await post('auth.login,auth.login?batch=1', JSON.stringify({ 0: bad, 1: bad }));
    expect(alone.status).toBe(400);
    const viaAdapter = ((await pair.json()) as unknown[])[0];
    expect(await alone.json()).toEqual(viaAdapter);
  });

  it('leave queries posted, form posts, empty and unreadable bodies to the adapter', async () => {
    const deps = testDeps();
    const app = createApp(deps);
    const post = (path: string, body: string, type = 'application/json') =>
      app.request(`${ORIGIN}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': type, origin: ORIGIN },
        body,
      });
    expect((await post('auth.me', '')).status).toBe(405);
    expect((await post('auth.login', 'email=a', 'application/x-www-form-urlencoded')).status).toBe(
      415,
    );
    expect((await post('auth.login', '{bad')).status).toBe(400);
    // An empty body is no input: the call goes on to the procedure, which wants a session.
    expect((await post('auth.logout', '')).status).toBe(401);
  });
});
