// Small statistics over latency samples (ms).
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[rank] ?? 0);
}

/** Per-name latency samples and error counts. */
export class Recorder {
  readonly samples = new Map<string, number[]>();
  readonly errors = new Map<string, number>();
  readonly firstErrors: string[] = [];
  /** Errors the server answered (an HTTP status), as opposed to transport failures. */
  httpErrors = 0;
  record(name: string, ms: number) {
    let list = this.samples.get(name);
    if (!list) {
      list = [];
      this.samples.set(name, list);
    }
    list.push(ms);
  }
  fail(name: string, message: string, http = false) {
    if (http) this.httpErrors++;
    this.errors.set(name, (this.errors.get(name) ?? 0) + 1);
    if (this.firstErrors.length < 10) this.firstErrors.push(`${name}: ${message}`);
  }
  get totalSamples() {
    let n = 0;
    for (const list of this.samples.values()) n += list.length;
    return n;
  }
  get totalErrors() {
    let n = 0;
    for (const e of this.errors.values()) n += e;
    return n;
  }
  table() {
    const names = [...new Set([...this.samples.keys(), ...this.errors.keys()])].sort();
    return Object.fromEntries(
      names.map((name) => {
        const s = this.samples.get(name) ?? [];
        return [
          name,
          {
            n: s.length,
            p50_ms: percentile(s, 50),
            p95_ms: percentile(s, 95),
            p99_ms: percentile(s, 99),
            errors: this.errors.get(name) ?? 0,
          },
        ];
      }),
    );
  }
}
