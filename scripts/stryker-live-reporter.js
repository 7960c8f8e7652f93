// A Stryker reporter that appends each mutant to a file as soon as it is tested, one line each:
// status, id, place (line:column-line:column), mutator, replacement, how many tests killed it.
// Stryker writes its own reports only when a run ends; a run of the alignment's whole file takes
// hours on this machine, and this list lets a round read the survivors while the run goes on (and
// keeps what was tried when a run is stopped). Not part of `npm run mutate`; use it so:
//
//   LIVE_MUTANTS=/tmp/live.tsv npx stryker run --mutate src/diff/align-sections.ts \
//     --plugins @stryker-mutator/vitest-runner,./scripts/stryker-live-reporter.js \
//     --reporters clear-text,progress,json,html,live ...
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const OUT = process.env.LIVE_MUTANTS ?? 'reports/mutation/live.tsv';

class LiveReporter {
  static inject = [];

  constructor() {
    mkdirSync(dirname(OUT), { recursive: true });
  }

  onMutantTested(result) {
    const { start, end } = result.location;
    const line = [
      result.status,
      result.id,
      `${start.line}:${start.column}-${end.line}:${end.column}`,
      result.mutatorName,
      JSON.stringify(result.replacement ?? '').slice(0, 200),
      (result.killedBy ?? []).length,
    ];
    appendFileSync(OUT, `${line.join('\t')}\n`);
  }
}

export const strykerPlugins = [{ kind: 'Reporter', name: 'live', injectableClass: LiveReporter }];
