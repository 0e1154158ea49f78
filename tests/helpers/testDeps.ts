// Dependencies for tests: a fresh database, a clock the test moves, mail kept in the outbox,
// files in a directory of their own under the system's temporary directory.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../server/clock';
import { composeDeps } from '../../server/compose';
import { loadConfig } from '../../server/config';
import type { Db } from '../../server/db/client';
import type { Deps } from '../../server/deps';
import { freshDb } from './testDb';

export interface TestClock extends Clock {
  set(iso: string): void;
  advanceMinutes(minutes: number): void;
  /** Noon in Quebec on that day (YYYY-MM-DD): "today" for the use cases. */
  setToday(isoDate: string): void;
}

export function testClock(start = '2026-11-23T14:00:00.000Z'): TestClock {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (iso) => {
      now = new Date(iso);
    },
    advanceMinutes: (m) => {
      now = new Date(now.getTime() + m * 60_000);
    },
    setToday: (isoDate) => {
      // 17:00Z is noon in winter (EST) and 13:00 in summer (EDT): the same Quebec day either way.
      now = new Date(`${isoDate}T17:00:00.000Z`);
    },
  };
}

export interface TestDeps extends Deps {
  clock: TestClock;
  logs: string[];
}

/**
 * Email is on (an SMTP_URL nobody listens on: tests read what is queued in the outbox, the
 * delivery loop never runs); `testDeps({ SMTP_URL: '' })` turns it off. A fresh in-memory
 * database unless one is given (a file, to share it with another connection).
 */
export function testDeps(env: Record<string, string> = {}, db: Db = freshDb()): TestDeps {
  const config = loadConfig({
    NODE_ENV: 'test',
    SEED_DEMO: '0',
    APP_URL: 'http://localhost:3000',
    SMTP_URL: 'smtp://127.0.0.1:9',
    FILES_DIR: join(tmpdir(), `passerelle-test-files-${randomBytes(6).toString('hex')}`),
    ...env,
  });
  const clock = testClock();
  const logs: string[] = [];
  const deps = composeDeps(config, { db, clock, log: (m) => logs.push(m) });
  return { ...deps, clock, logs };
}
