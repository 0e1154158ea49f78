// Shared by the web tests: the app's i18n in French (Canada) with the DOM emptied after each test,
// rendering inside the query and tRPC providers the screens expect (tRPC answering from
// fixtures, never the network), and checking that labels chosen at run time exist in both
// catalogues.
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, expect } from 'vitest';
import { initI18n, loadLocale, loadSections } from '../../web/src/i18n';
import { frCA } from '../../web/src/i18n/catalogue';
import { enCA } from '../../web/src/i18n/en-CA';
import { makeQueryClient, TRPCProvider } from '../../web/src/lib/trpc';
import { type Answer, type FixtureClient, fixtureClient } from './fixtureLink';

/**
 * In the calling scope (file or describe): i18n set up in fr-CA before its tests, rendered
 * components removed after each. The returned object's `t` is there once the tests run.
 */
export function withI18n(): { readonly t: TFunction } {
  const i18n = {} as { t: TFunction };
  beforeAll(async () => {
    i18n.t = (await initI18n('fr-CA')).t;
    await loadSections();
    await loadLocale('en-CA');
  });
  afterEach(cleanup);
  return i18n;
}

const fixtureClients: FixtureClient[] = [];

/** A tRPC client answering `answers` (procedure path → answer); any other call fails the test. */
export function answering(answers: Record<string, Answer> = {}): FixtureClient {
  const f = fixtureClient(answers);
  fixtureClients.push(f);
  return f;
}

afterEach(() => {
  const unexpected = fixtureClients.splice(0).flatMap((f) => f.unexpected);
  expect(unexpected, 'calls without a fixture').toEqual([]);
});

/**
 * Renders `ui` inside the React Query and tRPC providers: a new query client, and a tRPC client
 * answering from fixtures (none unless given, so any call fails the test).
 */
export function renderWithProviders(
  ui: ReactElement,
  {
    queryClient = makeQueryClient(),
    trpcClient = answering().client,
  }: {
    queryClient?: ReturnType<typeof makeQueryClient>;
    trpcClient?: FixtureClient['client'];
  } = {},
) {
  return render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {ui}
      </TRPCProvider>
    </QueryClientProvider>,
  );
}

/** The value at a dotted key of a catalogue (undefined when a segment is missing). */
export function lookup(catalog: object, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], catalog);
}

/** Each key is a message in the French and in the English catalogue. */
export function expectInBothCatalogs(keys: readonly string[]) {
  for (const key of keys) {
    expect(typeof lookup(frCA, key), `fr ${key}`).toBe('string');
    expect(typeof lookup(enCA, key), `en ${key}`).toBe('string');
  }
}
