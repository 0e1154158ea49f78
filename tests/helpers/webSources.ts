// The web's source files and their text, for guards that read the code (tests/unit/web*.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

export const webRoot = join(process.cwd(), 'web/src');

export function webSources(): { path: string; text: string }[] {
  return sources(webRoot).map((path) => ({
    path: path.slice(process.cwd().length + 1),
    text: readFileSync(path, 'utf8'),
  }));
}

/** "file: match" for every match of `pattern` in the web's sources. */
export function webMatches(pattern: RegExp): string[] {
  return webSources().flatMap(({ path, text }) =>
    [...text.matchAll(pattern)].map((m) => `${path}: ${m[0]}`),
  );
}
