// The app's first render: the signed-in person comes with the page (server/http/appShell.ts), so
// the first screen asks no one who is there; a page without the data block (the dev server)
// still asks auth.me; a lazy page's code can be fetched before it renders.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BOOT_ELEMENT_ID } from '../../shared/auth/boot';
import { readBootMe } from '../../web/src/lib/boot';
import { lazyPage, preloadPage } from '../../web/src/lib/featureRoutes';
import { useMe } from '../../web/src/lib/session';
import { answering, renderWithProviders, withI18n } from './support';

withI18n();

function block(text: string): Document {
  const doc = document.implementation.createHTMLDocument('x');
  const el = doc.createElement('script');
  el.type = 'application/json';
  el.id = BOOT_ELEMENT_ID;
  el.textContent = text;
  doc.body.append(el);
  return doc;
}

function Who() {
  const me = useMe();
  if (me.isPending) return <p>…</p>;
  return <p>{me.data ? `${me.data.name} (${me.data.role})` : 'personne'}</p>;
}

const person = {
  id: 7,
  email: 'employeur@example.test',
  name: 'Marie Tremblay',
  role: 'employer',
  locale: 'fr-CA',
  organisation: null,
};

describe('the data block', () => {
  it('says who is signed in, that no one is, or nothing when it is missing or broken', () => {
    expect(readBootMe(block(JSON.stringify({ me: person })))).toEqual(person);
    expect(readBootMe(block('{"me":null}'))).toBeNull();
    expect(readBootMe(document.implementation.createHTMLDocument('x'))).toBeUndefined();
    expect(readBootMe(block('{"me":'))).toBeUndefined();
    expect(readBootMe(block(''))).toBeUndefined();
  });
});

describe('the first screen', () => {
  // Before the module reads the page (once): this file's page says who is signed in.
  it('knows the signed-in person from the page, without asking auth.me', async () => {
    const el = document.createElement('script');
    el.type = 'application/json';
    el.id = BOOT_ELEMENT_ID;
    el.textContent = JSON.stringify({ me: person });
    document.body.append(el);
    // No fixture for auth.me: a call would fail the test.
    const api = answering();
    renderWithProviders(<Who />, { trpcClient: api.client });
    expect(screen.getByText('Marie Tremblay (employer)')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 20));
    expect(api.calls).toEqual([]);
    el.remove();
  });
});

describe('a lazy page', () => {
  it('has its code fetched by preloadPage before it renders', async () => {
    let loads = 0;
    const Page = lazyPage(async () => {
      loads++;
      return { Here: () => <p>ici</p> };
    }, 'Here');
    preloadPage(Page);
    await Promise.resolve();
    expect(loads).toBe(1);
    // A page already in the app has nothing to fetch.
    expect(() => preloadPage(() => null)).not.toThrow();
  });
});
