// What the server wrote into the page for the app's first render (shared/auth/boot.ts): the
// signed-in user as auth.me answers, or null when no one is signed in. Read once, when first
// asked; a page without it (Vite's dev server) says nothing, and the app asks auth.me itself.
import { BOOT_ELEMENT_ID } from '../../../shared/auth/boot';
import type { RouterOutputs } from './trpc';

type BootMe = RouterOutputs['auth']['me'];

/** The user in `doc`'s data block: null for no one, undefined when there is no block to read. */
export function readBootMe(doc: Document): BootMe | undefined {
  const text = doc.getElementById(BOOT_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  try {
    return (JSON.parse(text) as { me?: BootMe }).me;
  } catch {
    return undefined;
  }
}

let read = false;
let me: BootMe | undefined;

/** The signed-in user this page came with (read once: later, auth.me's own answers count). */
export function bootMe(): BootMe | undefined {
  if (!read) {
    read = true;
    me = readBootMe(document);
  }
  return me;
}
