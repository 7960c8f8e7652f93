// Writes what `npm run bench` printed into docs/performance.md, below the targets and the notes: the
// section "Last run" is replaced whole by the machine, the date and the run's output, so that the
// figures a reader sees there are always those of one real run, and say where and when they came from.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';

/** The heading the bench owns: everything from it to the end of the file is rewritten. */
export const LAST_RUN_HEADING = '## Last run';

/** The machine a run was measured on, in one line. */
export function describeMachine() {
  const processors = cpus();
  const model = processors[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown processor';
  return `${model}, ${processors.length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB, ${type()} ${release()}, Node ${process.version}`;
}

/**
 * Replaces the last-run section of docs/performance.md with `output` (what the bench printed),
 * headed by the machine and the date; `quick` says the scaling harness was left out.
 */
export function recordLastRun(root, output, { quick = false, date = new Date() } = {}) {
  const path = join(root, 'docs', 'performance.md');
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(`\n${LAST_RUN_HEADING}\n`);
  const kept = (at < 0 ? text : text.slice(0, at)).trimEnd() + '\n';
  const section = [
    LAST_RUN_HEADING,
    '',
    `Written by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    `Machine: ${describeMachine()}.${quick ? ' The scaling harness was left out (--quick).' : ''}`,
    '',
    '```',
    output.trimEnd(),
    '```',
    '',
  ].join('\n');
  writeFileSync(path, kept + '\n' + section);
}
