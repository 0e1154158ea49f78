// Sort keys for names, computed by the database itself. better-sqlite3 cannot register a
// collation, and a function registered per connection would make the schema unreadable to any
// connection without it (the sqlite3 shell, a restored backup). So a name's sort key is a
// generated column whose expression uses SQLite's built-ins only: every accented Latin letter
// (Latin-1 and Latin Extended-A: French, and the other languages of the people FIT serves) is
// replaced by its base letter(s), then lower() folds ASCII case. « Élan » sorts with the E's,
// « Œuvre » as "oeuvre". The column is always in step with the name,
// whoever writes it, and an index on it serves the list sorts and their keyset cursors.
import { type SQL, sql } from 'drizzle-orm';

/** Letters whose key is not their ASCII lowercase decomposition. */
const SPECIAL: Record<string, string> = {
  Æ: 'ae',
  æ: 'ae',
  Œ: 'oe',
  œ: 'oe',
  Ø: 'o',
  ø: 'o',
  Ð: 'd',
  ð: 'd',
  Đ: 'd',
  đ: 'd',
  Ħ: 'h',
  ħ: 'h',
  ı: 'i',
  Ĳ: 'ij',
  ĳ: 'ij',
  ĸ: 'k',
  Ŀ: 'l',
  ŀ: 'l',
  Ł: 'l',
  ł: 'l',
  ŉ: 'n',
  Ŋ: 'n',
  ŋ: 'n',
  ß: 'ss',
  Þ: 'th',
  þ: 'th',
  Ŧ: 't',
  ŧ: 't',
  ſ: 's',
};

/** [letter, key] for every letter of U+00C0–U+017F that has an ASCII key. */
export const FOLDS: ReadonlyArray<readonly [string, string]> = (() => {
  const out: [string, string][] = [];
  for (let cp = 0xc0; cp <= 0x17f; cp++) {
    const ch = String.fromCodePoint(cp);
    const key = SPECIAL[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (/^[a-z]+$/.test(key)) out.push([ch, key]);
  }
  return out;
})();

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** replace() for each letter of folds, innermost first, applied to the SQL expression x. */
function chain(x: string, folds: ReadonlyArray<readonly [string, string]>): string {
  let out = x;
  for (const [ch, key] of folds) out = `replace(${out}, ${quote(ch)}, ${quote(key)})`;
  return out;
}

/** x, with the replacements done only when x holds a letter of the block [from-to]. */
function foldBlock(x: string, from: number, to: number): string {
  const folds = FOLDS.filter(([ch]) => {
    const cp = ch.codePointAt(0) ?? 0;
    return cp >= from && cp <= to;
  });
  const range = `[${String.fromCodePoint(from)}-${String.fromCodePoint(to)}]`;
  return `(CASE WHEN ${x} GLOB '*${range}*' THEN ${chain(x, folds)} ELSE ${x} END)`;
}

/**
 * The SQL of the key of a text expression (column names as written in SQL, e.g.
 * `last_name || char(1) || first_name`): deterministic, built-ins only, usable in a generated
 * column and an index. Most names are plain ASCII or use a few Latin-1 letters: each block's
 * replacements run only when the name holds a letter of that block (GLOB is one pass).
 */
export function sortKeySql(expression: string): SQL {
  const x = `(${expression})`;
  return sql.raw(`lower(${foldBlock(foldBlock(x, 0x100, 0x17f), 0xc0, 0xff)})`);
}

/** The same key computed in JavaScript (the specification the SQL is tested against). */
export function sortKey(text: string): string {
  let out = text;
  for (const [ch, key] of FOLDS) out = out.split(ch).join(key);
  return out.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Separates the last name from the first in a person's key: it sorts before any character. */
export const NAME_PARTS_SEPARATOR = '\u0001';
