// npm run restore — two modes, one command:
//
//   npm run restore -- --from-replica [--timestamp <ISO time>] [--replica file|s3] [--output <file>]
//       Rebuilds the database from the Litestream replica (latest state, or as it was at the
//       given time) into a NEW file (default: restored/passerelle-<time>.db beside the
//       database), with the uploaded files mirrored in the local replica beside it, checks it
//       (integrity_check, foreign_key_check) and says how to put it in place. Touches nothing live.
//
//   npm run restore -- <database file>
//       Puts a file made by `npm run backup` or by the mode above in place of DATABASE_PATH (and
//       its `.files/` directory in place of FILES_DIR). Stop the server first. What it replaces is
//       kept beside it as *.before-restore-<time>. Start the server again: it applies any newer
//       migrations.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config';
import { checkDatabaseFile, filesBeside, timestampForNames } from '../server/ops/databaseChecks';
import {
  databasePath,
  litestreamBinary,
  litestreamEnv,
  litestreamYaml,
  replicaFilesDir,
  replicaNames,
} from '../server/ops/litestream';

const usage = `Usage:
  npm run restore -- --from-replica [--timestamp 2026-12-06T15:30:00Z] [--replica file|s3] [--output <file>]
  npm run restore -- <database file made by npm run backup or --from-replica>`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  fail(err instanceof ConfigError ? err.message : String(err));
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'from-replica': { type: 'boolean', default: false },
    timestamp: { type: 'string' },
    replica: { type: 'string' },
    output: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

function report(file: string): void {
  const check = checkDatabaseFile(file);
  console.log(`integrity_check: ${check.integrity}`);
  console.log(`foreign_key_check: ${check.foreignKeyViolations} violation(s)`);
  if (!check.ok) fail(`Refused: ${file} fails its checks.`);
}

function fromReplica(): void {
  const binary = litestreamBinary(config);
  if (!binary) fail('The litestream binary is missing (npm install, or set LITESTREAM_PATH).');
  let timestamp: string | undefined;
  if (values.timestamp) {
    const t = new Date(values.timestamp);
    if (Number.isNaN(t.getTime()) || !/[zZ]|[+-]\d\d:?\d\d$/.test(values.timestamp))
      fail(
        `--timestamp needs a time with its zone, e.g. 2026-12-06T15:30:00Z or 2026-12-06T10:30:00-05:00 (got ${values.timestamp})`,
        2,
      );
    timestamp = t.toISOString();
  }
  if (values.replica && !replicaNames(config).includes(values.replica))
    fail(`--replica is one of: ${replicaNames(config).join(', ')}`, 2);
  const output = resolve(
    values.output ??
      join(dirname(databasePath(config)), 'restored', `passerelle-${timestampForNames()}.db`),
  );
  if (existsSync(output)) fail(`Refused: ${output} already exists (restore into a new file).`);
  mkdirSync(dirname(output), { recursive: true });

  const work = mkdtempSync(join(tmpdir(), 'passerelle-restore-'));
  const configFile = join(work, 'litestream.yml');
  writeFileSync(configFile, litestreamYaml(config), { mode: 0o600 });
  const args = ['restore', '-config', configFile, '-no-expand-env', '-o', output];
  if (timestamp) args.push('-timestamp', timestamp);
  if (values.replica) args.push('-replica', values.replica);
  args.push(databasePath(config));
  const run = spawnSync(binary, args, { env: litestreamEnv(config), encoding: 'utf8' });
  rmSync(work, { recursive: true, force: true });
  if (run.status !== 0) {
    fail(`Litestream could not restore:\n${run.stderr || run.stdout || run.error?.message}`);
  }
  console.log(
    `Restauré depuis la réplique / restored from the replica${timestamp ? ` as of ${timestamp}` : ' (latest state)'}: ${output}`,
  );
  report(output);

  const mirrored = replicaFilesDir(config);
  if (existsSync(mirrored)) {
    cpSync(mirrored, filesBeside(output), { recursive: true });
    console.log(`Fichiers / files (the replica's latest copy): ${filesBeside(output)}`);
  }
  console.log(`
To put it in place:
  1. stop the server          (sudo systemctl stop passerelle, or Ctrl-C)
  2. npm run restore -- ${output}
  3. start the server again   (sudo systemctl start passerelle, or npm start)
The database it replaces is kept beside it as *.before-restore-<time>.`);
}

function putInPlace(file: string): void {
  const source = resolve(file);
  const target = databasePath(config);
  if (!existsSync(source)) fail(`No such file: ${source}`);
  report(source);
  const stamp = timestampForNames();
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(target + suffix))
      renameSync(target + suffix, `${target}.before-restore-${stamp}${suffix}`);
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
  console.log(`Restauré / restored ${source} → ${target}`);
  const files = filesBeside(source);
  if (existsSync(files)) {
    const live = resolve(config.FILES_DIR);
    if (existsSync(live)) renameSync(live, `${live}.before-restore-${stamp}`);
    cpSync(files, live, { recursive: true });
    console.log(`Fichiers / files: ${files} → ${live}`);
  }
}

if (values['from-replica']) {
  if (positionals.length > 0) fail(usage, 2);
  fromReplica();
} else {
  const [file] = positionals;
  if (!file || positionals.length > 1 || values.timestamp || values.replica || values.output)
    fail(usage, 2);
  putInPlace(file);
}
