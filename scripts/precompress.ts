// Precompression of the built web app: beside every text file of dist/web worth compressing,
// a brotli (.br, quality 11) and a gzip (.gz, level 9) copy, made once at build time at the
// highest settings, so the server (server/http/staticAssets.ts) only picks one per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files the browser downloads; source maps are for developer tools only. */
const EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.xml']);
/** Below this a compressed copy saves less than the bytes of its headers. */
const MIN_BYTES = 1024;

export interface Precompressed {
  file: string;
  raw: number;
  gzip: number | null;
  br: number | null;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Vite's manifest (.vite/) is read by the server, never sent to a browser.
    if (entry.isDirectory() && entry.name === '.vite') continue;
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Writes file.br and file.gz beside each compressible file of dir; a copy that would not be
 * smaller than the file is not written (the server then sends the file as it is).
 */
export function precompressDir(dir: string): Precompressed[] {
  const done: Precompressed[] = [];
  for (const file of walk(dir)) {
    if (!EXTENSIONS.has(extname(file)) || statSync(file).size < MIN_BYTES) continue;
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
      },
    });
    const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    const entry: Precompressed = { file, raw: raw.byteLength, gzip: null, br: null };
    if (br.byteLength < raw.byteLength) {
      writeFileSync(`${file}.br`, br);
      entry.br = br.byteLength;
    }
    if (gz.byteLength < raw.byteLength) {
      writeFileSync(`${file}.gz`, gz);
      entry.gzip = gz.byteLength;
    }
    done.push(entry);
  }
  return done;
}

/** Vite plugin: precompresses the output directory once the bundle is written. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'passerelle:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = precompressDir(outDir);
      const kb = (n: number) => (n / 1024).toFixed(1);
      const total = files.reduce(
        (t, f) => ({
          raw: t.raw + f.raw,
          gzip: t.gzip + (f.gzip ?? f.raw),
          br: t.br + (f.br ?? f.raw),
        }),
        { raw: 0, gzip: 0, br: 0 },
      );
      this.info?.(
        `precompressed ${files.length} files: ${kb(total.raw)} KB → gzip ${kb(total.gzip)} KB, brotli ${kb(total.br)} KB`,
      );
    },
  };
}
