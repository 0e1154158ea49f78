// Partner API tokens for tests, created through the real procedure, and calls to /api/v1.
import type { createApp } from '../../server/app';
import type { ApiScope } from '../../shared/apiTokens/scopes';

type Caller = {
  apiTokens: {
    create: (input: { name: string; scopes: ApiScope[]; expiresOn: string }) => Promise<{
      id: number;
      token: string;
    }>;
  };
};

export async function aToken(caller: Caller, scopes: ApiScope[], expiresOn = '2027-06-30') {
  return caller.apiTokens.create({ name: `Jeton ${scopes.join('+')}`, scopes, expiresOn });
}

export async function apiCall(
  app: ReturnType<typeof createApp>,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(`/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return {
    status: res.status,
    body: json as Record<string, unknown> & { data?: { appCode?: string } },
  };
}
