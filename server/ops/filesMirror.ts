// Mirrors the uploaded files' directory into the replica: copies what is new or changed (size or
// modification time differ), through a temporary name so a reader never sees half a file, and
// removes what was removed (files erased at the end of their retention are erased from the
// replica too). Asynchronous, so it never holds up requests.
import { copyFile, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';

export interface MirrorResult {
  copied: number;
  removed: number;
}

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

export async function mirrorDirectory(source: string, target: string): Promise<MirrorResult> {
  const result: MirrorResult = { copied: 0, removed: 0 };
  await mkdir(target, { recursive: true });
  const wanted = new Set<string>();
  for (const e of await entries(source)) {
    const from = join(source, e.name);
    const to = join(target, e.name);
    wanted.add(e.name);
    if (e.isDirectory()) {
      const sub = await mirrorDirectory(from, to);
      result.copied += sub.copied;
      result.removed += sub.removed;
    } else if (e.isFile()) {
      const s = await stat(from);
      const t = await stat(to).catch(() => null);
      if (t && t.size === s.size && Math.trunc(t.mtimeMs) === Math.trunc(s.mtimeMs)) continue;
      const temporary = `${to}.partial`;
      await copyFile(from, temporary);
      await utimes(temporary, s.atime, s.mtime);
      await rename(temporary, to);
      result.copied++;
    }
  }
  for (const e of await entries(target)) {
    if (!wanted.has(e.name)) {
      await rm(join(target, e.name), { recursive: true, force: true });
      result.removed++;
    }
  }
  return result;
}
