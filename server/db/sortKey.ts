// Sort keys for names, computed by the database itself. better-sqlite3 cannot register a
// collation, and a function registered per connection would make the schema unreadable to any
// connection without it (the sqlite3 shell, a restored backup, Litestream). So a name's sort key
// is a column that triggers keep in step with the name, whoever writes it, using SQLite's
// built-ins only: every accented Latin letter (Latin-1 and Latin Extended-A: French, and the
// other languages of the people FIT serves) is replaced by its base letter(s), then lower()
// folds ASCII case. « Élan » sorts with the E's, « Œuvre » as "oeuvre". An index on the key
// serves the list sorts and their keyset cursors.
//
// The replacements run in stages of a few letters, one UPDATE each: one expression nesting
// ~190 replace() calls overflows the parser of older SQLite builds — Litestream's (3.4x) could
// not read the schema and stopped replicating. No statement of the schema nests more than
// STAGE_LETTERS + 3 calls (tests/api/sortKeys.test.ts checks it).

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

/** Letters folded by one UPDATE of the key. */
export const STAGE_LETTERS = 16;

/** FOLDS in stages of STAGE_LETTERS letters. */
const STAGES: ReadonlyArray<ReadonlyArray<readonly [string, string]>> = (() => {
  const out: (readonly [string, string])[][] = [];
  for (let i = 0; i < FOLDS.length; i += STAGE_LETTERS) out.push(FOLDS.slice(i, i + STAGE_LETTERS));
  return out;
})();

/** x with the stage's letters replaced, only when x holds one of them (GLOB is one pass). */
function foldStage(x: string, folds: ReadonlyArray<readonly [string, string]>): string {
  let chain = x;
  for (const [ch, key] of folds) chain = `replace(${chain}, ${quote(ch)}, ${quote(key)})`;
  const letters = folds.map(([ch]) => ch).join('');
  return `CASE WHEN ${x} GLOB '*[${letters}]*' THEN ${chain} ELSE ${x} END`;
}

/**
 * The statements that compute the key of the row `id = NEW.id` of `table` from `expression`
 * (columns as written in SQL, prefixed by `row.`; e.g. `row.last_name || char(1) ||
 * row.first_name`), for a trigger body (`row` = NEW) or a backfill (`row` = the table itself,
 * every row).
 */
function keyStatements(table: string, expression: string, forTrigger: boolean): string[] {
  const row = forTrigger ? 'NEW.' : '';
  const where = forTrigger ? ' WHERE `id` = NEW.`id`' : '';
  const first = expression.replaceAll('row.', row);
  const out = [`UPDATE \`${table}\` SET \`name_key\` = ${first}${where};`];
  for (const stage of STAGES) {
    out.push(`UPDATE \`${table}\` SET \`name_key\` = ${foldStage('`name_key`', stage)}${where};`);
  }
  out.push(`UPDATE \`${table}\` SET \`name_key\` = lower(\`name_key\`)${where};`);
  return out;
}

/**
 * The migration SQL that keeps `table`.name_key in step with `expression` (see keyStatements):
 * a trigger after each insert and after each change of the name's columns, and the backfill
 * of the rows already there.
 */
export function sortKeyTriggersSql(table: string, expression: string, nameColumns: string[]) {
  const body = keyStatements(table, expression, true)
    .map((s) => `  ${s}`)
    .join('\n');
  const changed = nameColumns.map((c) => `OLD.\`${c}\` IS NOT NEW.\`${c}\``).join(' OR ');
  const columns = nameColumns.map((c) => `\`${c}\``).join(', ');
  return [
    `CREATE TRIGGER \`${table}_name_key_insert\` AFTER INSERT ON \`${table}\`\nBEGIN\n${body}\nEND;`,
    `CREATE TRIGGER \`${table}_name_key_update\` AFTER UPDATE OF ${columns} ON \`${table}\`\nWHEN ${changed}\nBEGIN\n${body}\nEND;`,
    ...keyStatements(table, expression, false),
  ];
}

/** The same key computed in JavaScript (the specification the SQL is tested against). */
export function sortKey(text: string): string {
  let out = text;
  for (const [ch, key] of FOLDS) out = out.split(ch).join(key);
  return out.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Separates the last name from the first in a person's key: it sorts before any character. */
export const NAME_PARTS_SEPARATOR = '\u0001';
