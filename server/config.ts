// Configuration from environment variables, validated once at boot. A bad value stops the
// server with a message naming the variable.
import { z } from 'zod';
import { parseTrustedProxies, type TrustedProxies } from './http/clientIp';
import { opsEnvShape } from './opsConfig';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('./data/passerelle.db'),
  /** Public URL of the app, used in emails and for the Origin check. */
  APP_URL: z.url().optional(),
  /**
   * Demo data (and the demo accounts on the login page). Off in production unless asked for
   * explicitly with SEED_DEMO=1; on elsewhere unless SEED_DEMO=0.
   */
  SEED_DEMO: flag.optional(),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('Passerelle <no-reply@passerelle.test>'),
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** Behind a TLS-terminating proxy: trust X-Forwarded-For / X-Forwarded-Proto. */
  TRUST_PROXY: flag.default(false),
  ...opsEnvShape,
  /** The proxies whose X-Forwarded-For hops are skipped (addresses or CIDR ranges, commas). */
  TRUSTED_PROXIES: z
    .string()
    .default('127.0.0.0/8,::1')
    .superRefine((v, ctx) => {
      try {
        parseTrustedProxies(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
      }
    }),
});

export type Config = Omit<z.infer<typeof envSchema>, 'SEED_DEMO'> & {
  appUrl: string;
  SEED_DEMO: boolean;
  trustedProxies: TrustedProxies;
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${String(i.path[0])}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const appUrl = (c.APP_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '');
  return {
    ...c,
    appUrl,
    SEED_DEMO: c.SEED_DEMO ?? c.NODE_ENV !== 'production',
    trustedProxies: parseTrustedProxies(c.TRUSTED_PROXIES),
  };
}
