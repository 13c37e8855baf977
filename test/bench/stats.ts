export interface Stats {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Runs fn n times after a warm-up and reports throughput and latency percentiles (ms). */
export async function measure(n: number, fn: (i: number) => unknown): Promise<Stats> {
  for (let i = 0; i < Math.min(50, n); i++) await fn(i);
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  return { perSecond: (n / total) * 1000, ...percentiles(times) };
}

export function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)] ?? 0, p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0 };
}

export function line(label: string, s: Stats): void {
  console.log(`${label.padEnd(48)} ${s.perSecond.toFixed(0).padStart(8)}/s   p50 ${s.p50.toFixed(2)} ms   p99 ${s.p99.toFixed(2)} ms`);
}
