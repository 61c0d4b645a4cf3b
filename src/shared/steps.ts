/**
 * Long computations written as generators, so that one body serves a caller that wants the answer at once and
 * a server that must keep answering its sockets while it computes (runStepsYielding, server side).
 */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
