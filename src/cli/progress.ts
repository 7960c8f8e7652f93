/**
 * Progress and the closing summary of a run over many files. The progress line (files done of
 * total, MB/s, ETA) redraws in place on standard error when it is a terminal, and is cleared at
 * the end; there is none when standard error is not a terminal, under --quiet, or in CI.
 */
import type { Diagnostic } from '../types.js';

export interface RunTally {
  files: number;
  failed: number;
  bytes: number;
  /** Warnings and errors by diagnostic code. */
  warnings: Map<string, number>;
  /** Worker threads used (absent: the run stayed in-process). */
  workers?: number;
}

export function createTally(): RunTally {
  return { files: 0, failed: 0, bytes: 0, warnings: new Map() };
}

/** A progress line on standard error; `update` redraws it at most ten times a second. */
export function createProgress(total: number, options: { quiet?: boolean }) {
  const shown =
    total > 1 &&
    !options.quiet &&
    Boolean(process.stderr.isTTY) &&
    !(process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0');
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(tally: RunTally): void {
      if (!shown) return;
      const now = performance.now();
      if (now - last < 100 && tally.files + tally.failed < total) return;
      last = now;
      const done = tally.files + tally.failed;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? tally.bytes / 1024 / 1024 / seconds : 0;
      const eta = done > 0 ? ((total - done) * seconds) / done : 0;
      process.stderr.write(
        `\r\u001b[K${done}/${total} files  ${rate.toFixed(1)} MB/s  ETA ${eta < 1 ? '<1' : Math.round(eta)} s${tally.failed ? `  ${tally.failed} failed` : ''}`,
      );
      drawn = true;
    },
    /** Clears the line, so that what follows starts on a clean line. */
    done(): void {
      if (drawn) process.stderr.write('\r\u001b[K');
    },
  };
}

/** A run's tally and progress line, kept up as its files are read (in-process or on workers alike). */
export function createRun(total: number, options: { quiet?: boolean }) {
  const tally = createTally();
  const progress = createProgress(total, options);
  return {
    tally,
    /** A file that could not be read: counted, and named on one line. */
    failed(message: string): void {
      tally.failed++;
      progress.done();
      process.stderr.write(`kepu: ${message}\n`);
    },
    /** A file read: counted with its warnings by code; the progress line makes way for its diagnostics. */
    read(bytes: number, diagnostics: Diagnostic[]): void {
      tally.files++;
      tally.bytes += bytes;
      for (const diagnostic of diagnostics) {
        if (diagnostic.severity !== 'info')
          tally.warnings.set(diagnostic.code, (tally.warnings.get(diagnostic.code) ?? 0) + 1);
      }
      if (diagnostics.length > 0 && !options.quiet) progress.done();
    },
    update: () => progress.update(tally),
    done: () => progress.done(),
  };
}

/** The closing summary: files, failures, warnings counted by code (for runs over several files). */
export function describeTally(tally: RunTally): string {
  const warnings = [...tally.warnings]
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  const threads = tally.workers ? ` (${tally.workers} worker threads)` : '';
  return `kepu: ${tally.files + tally.failed} files${threads}, ${tally.failed} failed${warnings ? `; warnings: ${warnings}` : ''}`;
}
