/**
 * Where an import's time goes, phase by phase, for the import speed script (bench/import-speed.ts). Off unless
 * that script turns it on: then each phase's wall time and a few counts are summed over the whole import.
 */
class Timings {
  readonly on: boolean = true;
  private readonly ms = new Map<string, number>();
  private readonly counts = new Map<string, number>();

  async phase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.ms.set(name, (this.ms.get(name) ?? 0) + performance.now() - started);
    }
  }

  count(name: string, n: number): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
  }

  report(): string {
    const lines = [...this.ms].map(([k, v]) => `${k.padEnd(18)} ${(v / 1000).toFixed(1).padStart(8)} s`);
    for (const [k, v] of this.counts) lines.push(`${k.padEnd(18)} ${String(v).padStart(10)}`);
    return lines.join('\n');
  }
}

const off = {
  on: false,
  phase: <T>(_name: string, work: () => Promise<T> | T): Promise<T> => Promise.resolve(work()),
  count: (_name: string, _n: number) => {},
  report: () => '',
};

let current: Pick<Timings, 'on' | 'phase' | 'count' | 'report'> = off;

/** Turns the recording on (a fresh one) or off; returns the one in use. */
export function importTimings(on?: boolean): Pick<Timings, 'on' | 'phase' | 'count' | 'report'> {
  if (on !== undefined) current = on ? new Timings() : off;
  return current;
}
