/**
 * Runs a generator's steps (shared/steps.ts) in slices of about `sliceMs`, letting the event loop turn between
 * slices: an import decides one batch while its other connections read the next and write the last, and each
 * of their statements waits for a turn of the loop to be sent.
 */
export async function runStepsYielding<T>(steps: Generator<void, T>, sliceMs = 4): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
