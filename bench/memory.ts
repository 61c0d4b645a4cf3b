/**
 * Resident memory of this process, which hosts the server, its imports and (on PGlite) the database itself.
 * The kernel's high-water mark gives the true peak so far; a sampler gives the peak within one phase, since the
 * high-water mark never comes down.
 */

const MB = 1024 * 1024;
const round = (bytes: number) => Math.round(bytes / MB);

/** Peak RSS of the process since it started, in MB (Linux reports maxRSS in kilobytes). */
export const processPeakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export function rssSampler(everyMs = 100) {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  // A sampler must never keep a finished run alive.
  timer.unref();
  return {
    /** Stops sampling; the peak in MB while it ran. */
    stop(): number {
      clearInterval(timer);
      return round(Math.max(peak, process.memoryUsage.rss()));
    },
  };
}
