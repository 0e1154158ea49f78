// The French and English catalogues have the same keys, and every key the UI asks for exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientGroups } from '../../shared/clientGroups';
import { errorCodes } from '../../shared/errors';
import { roles } from '../../shared/roles';
import { enCA } from '../../web/src/i18n/en-CA';
import { frCA } from '../../web/src/i18n/fr-CA';

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

function has(catalog: Map<string, string>, key: string) {
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
  it('fr-CA and en-CA have exactly the same keys, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
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

  it('has a message for every error code, role and client group', () => {
    for (const code of errorCodes) {
      expect(has(fr, `errors.${code}`), code).toBe(true);
      expect(has(en, `errors.${code}`), code).toBe(true);
    }
    for (const r of roles) expect(fr.has(`roles.${r}`)).toBe(true);
    for (const g of clientGroups) expect(fr.has(`clientGroups.${g}`)).toBe(true);
  });

  it('every literal key passed to t() in the web sources exists', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(__dirname, '../../web/src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) {
        const key = m[1] ?? '';
        if (!has(fr, key) || !has(en, key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
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
