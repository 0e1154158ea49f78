// How Litestream is run for this database: its binary, its configuration file (written from
// our own environment variables, so there is one source of truth for the server and for
// `npm run restore`) and the credentials it reads from its environment (never written to disk).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../config';

export type ReplicationConfig = Pick<
  Config,
  | 'DATABASE_PATH'
  | 'FILES_DIR'
  | 'REPLICA_DIR'
  | 'REPLICA_URL'
  | 'REPLICA_S3_ENDPOINT'
  | 'REPLICA_S3_REGION'
  | 'REPLICA_S3_ACCESS_KEY_ID'
  | 'REPLICA_S3_SECRET_ACCESS_KEY'
  | 'REPLICA_S3_FORCE_PATH_STYLE'
  | 'REPLICA_SYNC_INTERVAL'
  | 'REPLICA_RETENTION'
  | 'LITESTREAM_PATH'
>;

/** Litestream checks the database for new WAL pages this often (its default). */
export const MONITOR_INTERVAL = '1s';

export function databasePath(config: ReplicationConfig): string {
  return resolve(config.DATABASE_PATH);
}

/** The local replica: REPLICA_DIR, or `replica/` beside the database. */
export function replicaDir(config: ReplicationConfig): string {
  return resolve(config.REPLICA_DIR ?? join(dirname(databasePath(config)), 'replica'));
}

/** Where the uploaded files are mirrored: `files/` inside the local replica. */
export function replicaFilesDir(config: ReplicationConfig): string {
  return join(replicaDir(config), 'files');
}

/** The binary shipped by the @flydotio/litestream-<platform>-<arch> package, or LITESTREAM_PATH. */
export function litestreamBinary(config: ReplicationConfig): string | null {
  if (config.LITESTREAM_PATH)
    return existsSync(config.LITESTREAM_PATH) ? config.LITESTREAM_PATH : null;
  try {
    const require = createRequire(import.meta.url);
    return require.resolve(`@flydotio/litestream-${process.platform}-${process.arch}/litestream`);
  } catch {
    return null;
  }
}

const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar

/** The replicas' names, as `npm run restore -- --replica <name>` takes them. */
export function replicaNames(config: ReplicationConfig): string[] {
  return config.REPLICA_URL ? ['file', 's3'] : ['file'];
}

export function litestreamYaml(config: ReplicationConfig, opts: { metricsAddr?: string } = {}) {
  const common = [
    `        sync-interval: ${config.REPLICA_SYNC_INTERVAL}`,
    `        retention: ${config.REPLICA_RETENTION}`,
    '        snapshot-interval: 24h',
  ];
  const lines = [
    '# Written by Passerelle from its environment: edits are overwritten.',
    ...(opts.metricsAddr ? [`addr: ${q(opts.metricsAddr)}`] : []),
    'dbs:',
    `  - path: ${q(databasePath(config))}`,
    `    monitor-interval: ${MONITOR_INTERVAL}`,
    '    replicas:',
    '      - name: file',
    '        type: file',
    `        path: ${q(replicaDir(config))}`,
    ...common,
  ];
  if (config.REPLICA_URL) {
    lines.push('      - name: s3', `        url: ${q(config.REPLICA_URL)}`);
    if (config.REPLICA_S3_ENDPOINT)
      lines.push(`        endpoint: ${q(config.REPLICA_S3_ENDPOINT)}`);
    if (config.REPLICA_S3_REGION) lines.push(`        region: ${q(config.REPLICA_S3_REGION)}`);
    if (config.REPLICA_S3_FORCE_PATH_STYLE) lines.push('        force-path-style: true');
    lines.push(...common);
  }
  return `${lines.join('\n')}\n`;
}

/** Credentials reach Litestream through its environment, not the file it reads. */
export function litestreamEnv(config: ReplicationConfig): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  if (config.REPLICA_S3_ACCESS_KEY_ID)
    env.LITESTREAM_ACCESS_KEY_ID = config.REPLICA_S3_ACCESS_KEY_ID;
  if (config.REPLICA_S3_SECRET_ACCESS_KEY)
    env.LITESTREAM_SECRET_ACCESS_KEY = config.REPLICA_S3_SECRET_ACCESS_KEY;
  return env;
}
