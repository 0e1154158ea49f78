// Child processes of the benchmark: started with a tracked handle, killed on every exit path
// of the harness, and read from /proc (CPU time, resident memory).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HOST = '127.0.0.1';

const children = new Set<ChildProcess>();
export function killAll() {
  for (const child of children) {
    if (child.exitCode === null && child.pid) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  children.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

export function startChild(
  args: string[],
  env: Record<string, string>,
  opts: { ipc?: boolean } = {},
): ChildProcess {
  // BENCH_LOG_DIR=dir keeps each child's output (the server's log lines) in dir/<pid>.log.
  const logDir = process.env.BENCH_LOG_DIR;
  const out = logDir
    ? openSync(join(logDir, `${process.pid}-${children.size}.log`), 'a')
    : 'ignore';
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: opts.ipc ? ['ignore', out, 'pipe', 'ipc'] : ['ignore', out, 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4_000);
  });
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (code !== 0 && code !== null && signal === null) {
      console.error(`child ${args.join(' ')} exited with ${code}\n${stderr}`);
    }
  });
  return child;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

/** Polls `url` until it answers 200; returns the milliseconds since `since`. Bounded in time. */
export async function waitFor200(
  url: string,
  since: number,
  child: ChildProcess,
  timeoutMs = 60_000,
) {
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`process exited (${child.exitCode}) before ${url}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs} ms`);
}

/** A process's CPU time (user + system), in ms, from /proc (0 where there is none). */
export function cpuMs(pid: number | undefined): number {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

export function rssMb(pid: number | undefined): number {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? '0');
  return Math.round((kb / 1024) * 10) / 10;
}

/** The machine's load averages (1, 5, 15 min), as `uptime` prints them. */
export function loadAverage(): number[] {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
}
