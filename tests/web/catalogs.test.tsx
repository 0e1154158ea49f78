// The French and English catalogues have the same keys, and every key the UI asks for exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frCA } from '../../web/src/i18n/catalogue';
import { enCA } from '../../web/src/i18n/en-CA';

function flatten(o: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v as object, key)) out.set(kk, vv);
  }
  return out;
}

const fr = flatten(frCA);
const en = flatten(enCA);

function _has(catalog: Map<string, string>, key: string) {
  // A plural key is present when its `_one` / `_other` forms are.
  return catalog.has(key) || (catalog.has(`${key}_one`) && catalog.has(`${key}_other`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('i18n catalogues', () => {
  // Same keys in both languages, every key given to t() and every enum's labels: the compiler
  // checks them (i18n/i18next.d.ts, i18n/widen.ts, `satisfies Record<…>` in the catalogues).
  it('no message is empty', () => {
    for (const [k, v] of [...fr, ...en]) expect(v.trim(), k).not.toBe('');
  });

  it('French plurals have one, many and other forms', () => {
    for (const k of fr.keys()) {
      if (k.endsWith('_one')) {
        const base = k.slice(0, -4);
        expect(fr.has(`${base}_many`), base).toBe(true);
        expect(fr.has(`${base}_other`), base).toBe(true);
      }
    }
  });

  it('every validation key used by the shared schemas exists', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(__dirname, '../../shared'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(validation\.[\w]+)'/g)) {
        const key = m[1] ?? '';
        if (!fr.has(key) || !en.has(key)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });
});
