import cliProgress from 'cli-progress';

/**
 * A progress bar on an interactive terminal (stderr, so stdout stays parseable); on a pipe or in CI, nothing
 * but the final summary line.
 */
export function createProgressBar(label: string) {
  if (!process.stderr.isTTY) {
    return { update: (_done: number, _total: number | null) => {}, stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left`,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number | null) {
      if (!started) {
        bar.start(total ?? done, done);
        started = true;
      }
      if (total !== null) bar.setTotal(total);
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}
