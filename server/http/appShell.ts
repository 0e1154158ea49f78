// The page of every HTML navigation: the built index.html with what the app's first render
// needs written in (shared/auth/boot.ts). The data goes in a data block — a script element of
// type application/json, which a browser never runs, so the CSP's script-src 'self' stands —
// with every « < » escaped, so no text in it (a name, say) can close the element. For a
// signed-in person the page also names the catalogue's chunks their first screen waits for
// (modulepreload): the browser fetches them beside the app's code instead of after it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOOT_ELEMENT_ID } from '../../shared/auth/boot';
import type { Locale } from '../../shared/locale';

/** What the page tells the app: who is signed in (auth.me's answer), or null. */
export interface BootData {
  me: { locale: Locale } | null;
}

/** The chunks a signed-in first screen needs: the French catalogue's sections; the English one. */
export interface ShellChunks {
  signedIn: string[];
  english: string[];
}

/** The sources of those chunks, as the build's manifest names them (relative to web/). */
export const SECTIONS_SOURCE = 'src/i18n/fr-CA-sections.ts';
export const ENGLISH_SOURCE = 'src/i18n/en-CA.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** A chunk and the chunks it imports, as URL paths (from Vite's manifest). */
function withImports(manifest: Record<string, ManifestChunk>, key: string): string[] {
  const out = new Set<string>();
  const visit = (k: string) => {
    const chunk = manifest[k];
    if (!chunk || out.has(`/${chunk.file}`)) return;
    out.add(`/${chunk.file}`);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(key);
  return [...out];
}

/** The chunks to name, from the build's manifest (none when the build wrote no manifest). */
export function readShellChunks(webRoot: string): ShellChunks {
  try {
    const manifest = JSON.parse(readFileSync(join(webRoot, '.vite', 'manifest.json'), 'utf8'));
    return {
      signedIn: withImports(manifest, SECTIONS_SOURCE),
      english: withImports(manifest, ENGLISH_SOURCE),
    };
  } catch {
    return { signedIn: [], english: [] };
  }
}

/** The JSON of `data`, safe inside a script element's text. */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function insertBefore(html: string, tag: string, text: string): string {
  const at = html.lastIndexOf(tag);
  return at >= 0 ? `${html.slice(0, at)}${text}${html.slice(at)}` : html + text;
}

/** `template` (the built index.html) with `data` in its data block and its first chunks named. */
export function pageWithBoot(template: string, data: BootData, chunks: ShellChunks): string {
  // A chunk both catalogues import is named once.
  const preload = new Set(
    data.me ? [...chunks.signedIn, ...(data.me.locale === 'en-CA' ? chunks.english : [])] : [],
  );
  const links = [...preload].map((href) => `<link rel="modulepreload" crossorigin href="${href}">`);
  const block = `<script type="application/json" id="${BOOT_ELEMENT_ID}">${scriptSafeJson(data)}</script>`;
  const head = preload.size > 0 ? insertBefore(template, '</head>', links.join('')) : template;
  return insertBefore(head, head.includes('</body>') ? '</body>' : '</html>', block);
}
