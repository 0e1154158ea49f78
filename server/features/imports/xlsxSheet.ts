// Reads the first worksheet of an XLSX file as rows of text, fast: an XLSX is a zip of XML
// parts, and an import needs only the cells' values. (exceljs, used to write workbooks, took
// 2–4 s to load 5,000 rows here; this takes a fraction of that.) Decompression is capped so a
// small file cannot expand without limit (zip bomb). Dates typed in Excel arrive as day serials;
// the import converts those of its date columns (excelSerialToIsoDate).
import { inflateRawSync } from 'node:zlib';

/** Decompressed parts larger than this are refused. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export class UnreadableWorkbook extends Error {}

function zipEntries(zip: Buffer): Map<string, () => Buffer> {
  // End of central directory: signature 0x06054b50, within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableWorkbook('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50) {
      throw new UnreadableWorkbook('bad central directory');
    }
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localHeader = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, () => {
      if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== 0x04034b50) {
        throw new UnreadableWorkbook('bad local header');
      }
      const start =
        localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(start, start + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
      throw new UnreadableWorkbook(`compression method ${method}`);
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return entities[e] ?? '';
  });
}

/** The text of every <t> inside a fragment (rich text has several runs). */
function texts(fragment: string): string {
  let out = '';
  for (const m of fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g))
    out += unescapeXml(m[1] ?? '');
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

function firstSheetPath(part: (name: string) => string | null): string {
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  const id = workbook?.match(/<sheet\b[^>]*\br:id="([^"]+)"/)?.[1];
  if (id && rels) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      if (tag.includes(`Id="${id}"`)) {
        const target = tag.match(/Target="([^"]+)"/)?.[1];
        if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      }
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

/** Rows of cell texts of the first worksheet; empty rows are dropped. */
export function readFirstSheet(
  file: Buffer,
  maxRows: number,
): { rows: string[][]; tooMany: number | null } {
  const entries = zipEntries(file);
  const part = (name: string) => {
    const read = entries.get(name);
    return read ? read().toString('utf8') : null;
  };
  const sheetXml = part(firstSheetPath(part));
  if (sheetXml === null) throw new UnreadableWorkbook('no worksheet');
  const shared =
    (part('xl/sharedStrings.xml') ?? '').match(/<si>[\s\S]*?<\/si>/g)?.map(texts) ?? [];
  const rows: string[][] = [];
  for (const rowMatch of sheetXml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells: string[] = [];
    for (const c of (rowMatch[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const body = c[2] ?? '';
      const ref = attrs.match(/\br="([A-Z]+)\d+"/)?.[1];
      const type = attrs.match(/\bt="(\w+)"/)?.[1] ?? 'n';
      const v = body.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      let text = '';
      if (type === 's') text = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') text = texts(body);
      else if (type === 'b') text = v === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'e') text = '';
      else text = v === undefined ? '' : unescapeXml(v);
      cells[ref ? columnIndex(ref) : cells.length] = text;
    }
    if (cells.some((t) => t !== undefined && t.trim() !== '')) {
      rows.push(Array.from(cells, (t) => t ?? ''));
      if (rows.length > maxRows + 1) return { rows, tooMany: rows.length - 1 };
    }
  }
  return { rows, tooMany: null };
}

/** Excel's day serial (1900 system) to YYYY-MM-DD: 1 is 1900-01-01, with Excel's 1900 leap bug. */
export function excelSerialToIsoDate(serial: number): string {
  const ms = Math.round((serial - 25_569) * 86_400_000); // 25569 = 1970-01-01
  return new Date(ms).toISOString().slice(0, 10);
}
