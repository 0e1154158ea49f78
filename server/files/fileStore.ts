// Files kept outside the database, under FILES_DIR, named by the SHA-256 of their bytes
// (content-addressed): proofs of pay and the exact bytes of signed agreements. The same bytes are
// stored once; a file is written to a temporary name, synced and renamed, so a crash never
// leaves half a file under a real name. Rows in the database say which hashes are in use;
// `sweep` removes the files no row refers to any more (anonymisation, retention, staged uploads
// never attached).
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface StoredFile {
  sha256: string;
  byteSize: number;
}

export interface FileStore {
  /** The directory (absolute). */
  readonly dir: string;
  /** Stores the bytes (once per content) and returns their hash. */
  put(bytes: Uint8Array): StoredFile;
  /** The bytes of a stored file, or null when it is not (or no longer) there. */
  read(sha256: string): Buffer | null;
  has(sha256: string): boolean;
  /**
   * Removes the files among `candidates` that `inUse` does not claim; with no candidates, every
   * stored file older than `olderThanMs` (so an upload between its write and its row is safe).
   * Returns the hashes removed.
   */
  sweep(
    inUse: (sha256: string) => boolean,
    candidates?: readonly string[],
    olderThanMs?: number,
  ): string[];
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createFileStore(directory: string): FileStore {
  const dir = resolve(directory);
  const pathOf = (sha: string) => {
    if (!SHA256_HEX.test(sha)) throw new Error(`not a SHA-256: ${sha}`);
    return join(dir, sha.slice(0, 2), sha);
  };

  function listAll(): string[] {
    if (!existsSync(dir)) return [];
    const out: string[] = [];
    for (const prefix of readdirSync(dir)) {
      if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
      for (const name of readdirSync(join(dir, prefix))) if (SHA256_HEX.test(name)) out.push(name);
    }
    return out;
  }

  return {
    dir,
    put(bytes) {
      const sha256 = sha256Hex(bytes);
      const target = pathOf(sha256);
      if (!existsSync(target)) {
        mkdirSync(join(dir, sha256.slice(0, 2)), { recursive: true });
        const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
        const fd = openSync(tmp, 'w', 0o600);
        try {
          writeSync(fd, bytes);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, target);
      }
      return { sha256, byteSize: bytes.byteLength };
    },
    read(sha256) {
      if (!SHA256_HEX.test(sha256)) return null;
      try {
        return readFileSync(pathOf(sha256));
      } catch {
        return null;
      }
    },
    has(sha256) {
      return SHA256_HEX.test(sha256) && existsSync(pathOf(sha256));
    },
    sweep(inUse, candidates, olderThanMs = 3_600_000) {
      const removed: string[] = [];
      const now = Date.now();
      const names = candidates ? [...new Set(candidates)] : listAll();
      for (const sha of names) {
        if (!SHA256_HEX.test(sha) || inUse(sha)) continue;
        const path = pathOf(sha);
        if (!existsSync(path)) continue;
        if (!candidates && now - statSync(path).mtimeMs < olderThanMs) continue;
        rmSync(path, { force: true });
        removed.push(sha);
      }
      return removed;
    },
  };
}
