// Environment variables of operations: logs, metrics, continuous replication (Litestream) and
// the uploaded files' directory. Merged into the configuration schema of config.ts, so they are
// validated at boot like the others (a bad value stops the server and names the variable).
import { z } from 'zod';

const onOff = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
/** Litestream's duration syntax: 500ms, 1s, 10m, 24h… */
const duration = z.string().regex(/^\d+(ms|s|m|h)$/, 'a duration like 1s, 10m or 24h');

export const opsEnvShape = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** json for services; pretty for people; auto = pretty when stdout is a terminal. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  /** Bearer token that opens /metrics from another machine (loopback needs none). */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** Uploaded files (proofs of pay…); copied to the replica beside the database. */
  FILES_DIR: z.string().min(1).default('./data/files'),
  /** Continuous replication of the database by Litestream (0 to turn off). */
  REPLICATION: onOff.default(true),
  /** Local replica directory (default: `replica` beside the database). Best on another disk. */
  REPLICA_DIR: z.string().min(1).optional(),
  /** S3-compatible replica, e.g. s3://bucket/passerelle (in addition to REPLICA_DIR). */
  REPLICA_URL: z
    .string()
    .regex(/^s3:\/\/[a-z0-9.-]+(\/.*)?$/, 'an s3://bucket/path URL')
    .optional(),
  REPLICA_S3_ENDPOINT: z.url().optional(),
  REPLICA_S3_REGION: z.string().min(1).optional(),
  REPLICA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  REPLICA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  REPLICA_S3_FORCE_PATH_STYLE: onOff.default(false),
  /** How often Litestream ships new WAL pages to the replicas. */
  REPLICA_SYNC_INTERVAL: duration.default('1s'),
  /** How far back a point-in-time restore can go. */
  REPLICA_RETENTION: duration.default('168h'),
  /** The litestream binary (default: the one of the @flydotio/litestream package). */
  LITESTREAM_PATH: z.string().min(1).optional(),
};
