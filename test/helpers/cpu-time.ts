/**
 * The work a run does, for the growth checks (test/scaling.test.ts, test/views-robust.test.ts): the
 * CPU time this test file's process spends (user and system, process.cpuUsage), not the wall
 * clock, so other processes on a busy machine do not count. vitest.config.ts runs each test file
 * in a process of its own (pool: forks).
 */

/** CPU time of this process, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The least CPU time, in milliseconds, of a few runs of `run`. */
export function leastCpuMs(run: () => unknown, rounds = 3): number {
  let fastest = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = cpuMs();
    run();
    fastest = Math.min(fastest, cpuMs() - start);
  }
  return fastest;
}
