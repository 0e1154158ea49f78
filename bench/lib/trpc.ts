// A tRPC client over HTTP as the SPA talks to the server (httpBatchLink: `?batch=1`, one call
// per request, JSON bodies for mutations), with its session cookie. Each call is timed into a
// Recorder under the procedure's name; a non-200 answer throws (and is counted as an error).
import type { Recorder } from './stats';

export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

export class CallError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${path}: HTTP ${status} ${body.slice(0, 300)}`);
  }
}

export function queryPath(path: string, input: unknown): string {
  const encoded = encodeURIComponent(JSON.stringify({ 0: input ?? null }));
  return `/trpc/${path}?batch=1&input=${encoded}`;
}

export class Client {
  cookie = '';
  constructor(
    readonly base: string,
    readonly recorder?: Recorder,
    /**
     * The person's own address, as the proxy in front of the server reports it
     * (X-Forwarded-For; the bench's server trusts the loopback proxy as production trusts
     * Caddy): without it every virtual user would sign in from the loopback address.
     */
    readonly ip?: string,
  ) {}

  private headers(): Record<string, string> {
    return {
      ...BROWSER_HEADERS,
      'content-type': 'application/json',
      origin: this.base,
      cookie: this.cookie,
      ...(this.ip ? { 'x-forwarded-for': this.ip } : {}),
    };
  }

  async login(email: string, password: string) {
    await this.mutate('auth.login', { email, password });
    if (!this.cookie) throw new Error(`login ${email}: no session cookie`);
  }

  /**
   * The session cookie kept as a browser keeps it, in the order of the Set-Cookie headers: a
   * sign-in that carried an old cookie answers with its removal (empty, Max-Age=0) and then the
   * new one; a sign-out with the removal.
   */
  private keepCookie(res: Response) {
    for (const header of res.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? '';
      if (!pair.startsWith('passerelle_session=')) continue;
      this.cookie = pair === 'passerelle_session=' ? '' : pair;
    }
  }

  private async send<T>(
    name: string,
    url: string,
    init: RequestInit,
    onResponse?: (res: Response) => void,
  ): Promise<T> {
    const t = performance.now();
    let res: Response;
    let body: string;
    try {
      res = await fetch(url, init);
      body = await res.text();
    } catch (err) {
      const cause = (err as { cause?: unknown }).cause;
      this.recorder?.fail(name, `${String(err)}${cause ? ` (${String(cause)})` : ''}`);
      throw err;
    }
    const ms = performance.now() - t;
    this.keepCookie(res);
    if (res.status !== 200) {
      this.recorder?.fail(name, `HTTP ${res.status} ${body.slice(0, 200)}`, true);
      throw new CallError(name, res.status, body);
    }
    this.recorder?.record(name, ms);
    onResponse?.(res);
    const parsed = JSON.parse(body) as { result: { data: T } }[];
    return parsed[0]?.result.data as T;
  }

  query<T = unknown>(path: string, input?: unknown): Promise<T> {
    return this.send<T>(path, this.base + queryPath(path, input), { headers: this.headers() });
  }

  mutate<T = unknown>(
    path: string,
    input?: unknown,
    onResponse?: (res: Response) => void,
  ): Promise<T> {
    return this.send<T>(
      path,
      `${this.base}/trpc/${path}?batch=1`,
      { method: 'POST', headers: this.headers(), body: JSON.stringify({ 0: input ?? null }) },
      onResponse,
    );
  }
}
