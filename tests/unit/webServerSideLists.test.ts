// A guard over the web's sources: no screen reads a capped list of pairings to join, count or
// filter it in the browser (it was silently wrong past 500 pairings). Pairing data comes from
// server queries correct at any size: paged lists, counts and totals aggregated in SQL.
import { describe, expect, it } from 'vitest';
import { webMatches, webSources } from '../helpers/webSources';

const files = webSources();

describe('lists are read from the server in pages', () => {
  it('no query asks for more than 100 items at once', () => {
    const big = webMatches(/\blimit:\s*(\d+)/g).filter(
      (m) => Number(m.split(':').at(-1)?.trim()) > 100,
    );
    expect(big).toEqual([]);
  });

  it('pairings.list is only read page by page (infinite queries), never as one capped list', () => {
    const capped = files.flatMap(({ path, text }) =>
      text.includes('pairings.list.queryOptions') ? [path] : [],
    );
    expect(capped).toEqual([]);
  });

  it('no screen fetches one pairing per row to assemble a list', () => {
    expect(files.filter(({ text }) => /useQueries\([\s\S]{0,200}pairings\.get/.test(text))).toEqual(
      [],
    );
  });
});
