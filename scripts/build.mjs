// Builds what changed: the web app (Vite) when web/, shared/ or the build settings changed, the
// server bundle (esbuild) when server/ or shared/ changed. What each build was made from is a
// hash of its sources' contents, kept in dist/.build-stamp.json, so `npm start` on an
// up-to-date build starts at once and, after a `git pull`, rebuilds only what the pull touched.
//   node scripts/build.mjs           build what is stale
//   node scripts/build.mjs --force   build everything (npm run build)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'dist', '.build-stamp.json');

const inputs = {
  web: ['web', 'shared', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'],
  server: ['server', 'shared', 'scripts/build-server.mjs', 'package-lock.json'],
};
const outputs = { web: 'dist/web/index.html', server: 'dist/server/main.js' };

function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => files(join(path, e.name)));
}

function fingerprint(paths) {
  const hash = createHash('sha256');
  for (const f of paths.flatMap(files))
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(join(root, f)));
  return hash.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return {};
  }
}

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const builders = {
  web: () => run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build']),
  server: () => run(process.execPath, [join(root, 'scripts/build-server.mjs')]),
};

/** Builds the stale parts (or all with force); returns the names of those built. */
export function buildIfStale({ force = false } = {}) {
  const stamp = readStamp();
  const built = [];
  for (const part of ['web', 'server']) {
    const print = fingerprint(inputs[part]);
    if (!force && stamp[part] === print && existsSync(join(root, outputs[part]))) continue;
    builders[part]();
    stamp[part] = print;
    built.push(part);
    mkdirSync(dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  }
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = buildIfStale({ force: process.argv.includes('--force') });
  console.log(built.length ? `Built: ${built.join(', ')}` : 'Build up to date.');
}
