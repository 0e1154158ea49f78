// A small event timeline for demo data: events run in date order with the clock set to their
// date, so the history the use cases write (audit, ledger, proposals) reads as it would have
// happened. Events may schedule later events.
import type { Clock } from '../clock';

export class SeedClock implements Clock {
  private t = new Date();
  now(): Date {
    return new Date(this.t);
  }
  setDate(isoDate: string): void {
    this.t = new Date(`${isoDate}T15:00:00.000Z`);
  }
  setInstant(d: Date): void {
    this.t = new Date(d);
  }
}

interface Event {
  at: string;
  seq: number;
  run: () => unknown;
}

export class Timeline {
  private events: Event[] = [];
  private seq = 0;
  constructor(private readonly clock: SeedClock) {}

  at(isoDate: string, run: () => unknown): void {
    this.events.push({ at: isoDate, seq: this.seq++, run });
  }

  /**
   * Runs every event dated on or before `until`, in order (an event that returns a promise, e.g.
   * signing an agreement, finishes before the next starts); later ones are dropped.
   */
  async runUntil(until: string): Promise<void> {
    for (;;) {
      this.events.sort((a, b) => (a.at === b.at ? a.seq - b.seq : a.at < b.at ? -1 : 1));
      const next = this.events[0];
      if (!next || next.at > until) break;
      this.events.shift();
      this.clock.setDate(next.at);
      await next.run();
    }
    this.events = [];
  }
}

/** Deterministic pseudo-random numbers (mulberry32), so the demo is the same every time. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => {
      const item = list[Math.floor(next() * list.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}
