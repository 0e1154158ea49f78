// Structured logs (pino): one JSON object a line, each carrying the request's id, user id and
// role when written while serving a request. Human-readable (pino-pretty) when stdout is a
// terminal, or with LOG_FORMAT=pretty. What may be logged: ids, roles, procedure names, codes,
// counts, durations. Never a person's name, email, notes or a token: callers log ids, and the
// keys below are censored should one slip into an object.
import pino from 'pino';
import { currentRequest } from './requestContext';

export type Logger = pino.Logger;
export type LogFormat = 'json' | 'pretty';

export const REDACTED_KEYS = [
  'password',
  'token',
  'email',
  'name',
  'firstName',
  'lastName',
  'notes',
  'cookie',
  'authorization',
  'secret',
];

export interface LoggerOptions {
  level: string;
  format: LogFormat | 'auto';
  /** Where lines go (tests capture them); stdout by default. */
  destination?: pino.DestinationStream;
}

function chooseFormat(format: LoggerOptions['format']): LogFormat {
  if (format !== 'auto') return format;
  return process.stdout.isTTY ? 'pretty' : 'json';
}

export async function createLogger(opts: LoggerOptions): Promise<Logger> {
  const options: pino.LoggerOptions = {
    level: opts.level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((k) => `*.${k}`)],
      censor: '[redacted]',
    },
    mixin() {
      const r = currentRequest();
      if (!r) return {};
      return { reqId: r.reqId, userId: r.userId, role: r.role };
    },
  };
  if (opts.destination) return pino(options, opts.destination);
  if (chooseFormat(opts.format) === 'pretty') {
    // Loaded only for a terminal: a service's JSON logs never pay for it.
    const { default: pretty } = await import('pino-pretty');
    return pino(
      options,
      pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }),
    );
  }
  return pino(options, pino.destination({ sync: false }));
}

/** A logger that writes nothing (tests that do not look at logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
