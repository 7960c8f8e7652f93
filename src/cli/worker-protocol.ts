/**
 * What the main thread and the worker threads of `--jobs` say to each other: the task (a file and
 * what to make of it) and the result (the output for the file, or the problem). Both sides import
 * these types from here.
 */
import type { DocumentFormat } from '../output/document-writer.js';
import type { DeadlinesOptions } from '../output/deadlines.js';
import type { Diagnostic, InputFormat } from '../types.js';
import type { ReadLimits } from '../read/limits.js';

/** What a worker makes of each file: what the command writes for it. */
export type WorkerJob =
  | { kind: 'document'; format: DocumentFormat; array: boolean }
  | { kind: 'deadlines'; options: DeadlinesOptions }
  | { kind: 'initiatives'; options: { kind?: string[]; minCount: number } };

/** A file to read. */
export interface WorkerTask {
  index: number;
  path: string;
  from?: InputFormat;
  encoding?: string;
  limits?: Partial<ReadLimits>;
  job: WorkerJob;
}

/** What comes back: the output for the file, or the problem. */
export type WorkerResult =
  | {
      index: number;
      ok: true;
      serialized: Uint8Array;
      name: string;
      diagnostics: Diagnostic[];
      bytes: number;
      /** What the command says of the file on standard error besides its diagnostics (deadlines: the year used). */
      note?: string;
    }
  | { index: number; ok: false; message: string; unexpected?: boolean };
