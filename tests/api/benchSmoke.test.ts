// The benchmark harness at a tiny scale, so it cannot rot: it must run to the end and write
// every key of bench/results.json as a number (the minimal handler agreeing with the server,
// no error in the days of the network, no error of the background writer). No timing is
// asserted (timings belong to the benchmark, never to tests). Builds dist/ first if it is
// missing (npm test runs vitest before the build). Uses the bench's ports (4306, 4316, 4326).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const numericKeys = [
  'mix_rps',
  'mix_p50_ms',
  'mix_p99_ms',
  'minimal_rps',
  'mix_ratio',
  'day50_actions_per_s',
  'day50_p99_ms_max',
  'day200_actions_per_s',
  'day200_p99_ms_max',
  'day_errors',
  'match_p50_ms',
  'match_p95_ms',
  'match_growth',
  'report_p50_ms',
  'report_p95_ms',
  'report_growth',
  'confirm_hire_per_s',
  'spa_initial_js_gzip_kb',
  'spa_largest_chunk_gzip_kb',
  'spa_initial_js_transfer_kb',
  'lighthouse_mobile_perf_min',
  'lighthouse_cls_max',
  'rss_idle_mb',
  'rss_after_load_mb',
  'cold_start_ms',
];

const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runHarness(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (d: Buffer) => {
      output = (output + d.toString()).slice(-8_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), 470_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('benchmark harness (smoke)', () => {
  it('runs at a tiny scale and writes every key as a number', async () => {
    const out = join(dir, 'results.json');
    const { code, output } = await runHarness([
      '--scale',
      '0.0005',
      '--quick',
      '--db',
      join(dir, 'bench.db'),
      '--out',
      out,
      // The bench's own ports; BENCH_PORTS moves them when another process holds one.
      '--ports',
      process.env.BENCH_PORTS ?? '4306,4316,4326',
    ]);
    expect(code, output).toBe(0);
    expect(output).toContain('minimal handler agrees on');
    const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    for (const key of numericKeys) {
      expect(typeof results[key], key).toBe('number');
      expect(Number.isFinite(results[key]), key).toBe(true);
    }
    expect(typeof results.dataset).toBe('object');
    expect(typeof results.machine).toBe('object');
    // Exactly the keys: diagnostics go to the details file beside it.
    expect(Object.keys(results).sort()).toEqual([...numericKeys, 'dataset', 'machine'].sort());
    const details = JSON.parse(readFileSync(join(dir, 'results.details.json'), 'utf8'));
    for (const key of [
      'confirm_hire_p50_ms',
      'confirm_hire_server_cpu_ms',
      'confirm_hire_in_process_per_s',
    ]) {
      expect(typeof details[key], key).toBe('number');
    }
    // The flows are right: the server refused nothing (a timeout or a reset on a starved
    // machine is a figure of the benchmark, not a failure of the harness).
    expect(details.day50.httpErrors + details.day200.httpErrors).toBe(0);
    // People sign out and in again during the day (the client keeps the cookie a browser would).
    expect(
      (details.day50.actionCounts['sign in'] ?? 0) + (details.day200.actionCounts['sign in'] ?? 0),
    ).toBeGreaterThan(0);
    expect(details.mix.queries).toBeGreaterThan(0);
    for (const run of Object.values(details.mix.runs) as { statuses: Record<string, number> }[]) {
      expect(Object.keys(run.statuses).filter((code) => code !== '200')).toEqual([]);
    }
    expect(details.mix.writer.errors).toBe(0);
    // The day's hires are accepted by both parties (the flows' signing step): on a day that
    // hired, agreements were signed too, and never refused (no HTTP error above).
    const calls = (name: string) =>
      (details.day50.procedures[name]?.n ?? 0) + (details.day200.procedures[name]?.n ?? 0);
    if (calls('pairings.confirmHire') > 0) expect(calls('agreements.sign')).toBeGreaterThan(0);
  }, 480_000);
});
