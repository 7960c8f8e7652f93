/**
 * Replacing an output file only with a complete result. What is written goes to a temporary file
 * (`.NAME.kepu-PID-TIME.tmp`) beside the destination, which is put in place when the result is
 * complete (`commit`) and removed otherwise (`discard`); a signal (SIGINT, SIGTERM, SIGHUP) or any
 * exit removes every temporary file still open. The replacement keeps the old file's mode (and
 * owner, where the process may set it). A symlink is written through to its target, as editors
 * and `sed -i --follow-symlinks` do (a dangling one creates its target). A file with other hard
 * links, one owned by another user, or one in a directory kepu may not write to is overwritten
 * in place once the result is complete, so that its inode, links, mode and owner stay.
 */
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { pathFromBytes, toSystemPath } from './paths.js';

/** A symlink chain longer than this is taken for a loop (as the kernel's ELOOP). */
const MOST_SYMLINKS = 40;

/** Temporary files not yet committed or discarded, by path: removed on a signal or at exit. */
const open = new Map<string, number>();

/** The signals that end a run early; their handlers remove the temporary files, then re-raise. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let handlersInstalled = false;

/** Removes every temporary file still open (synchronously: also at exit and in a signal handler). */
export function removeTemporaryFiles(): void {
  for (const [path, descriptor] of open) {
    try {
      closeSync(descriptor);
    } catch {
      // already closed
    }
    try {
      unlinkSync(toSystemPath(path));
    } catch {
      // already gone
    }
  }
  open.clear();
}

/** Installs, once, the handlers that remove temporary files on a signal and at exit. */
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', removeTemporaryFiles);
  for (const signal of SIGNALS) {
    const handler = () => {
      removeTemporaryFiles();
      // Die of the signal, as without the handler, so that the shell sees 128 + its number.
      for (const name of SIGNALS) process.removeAllListeners(name);
      process.kill(process.pid, signal);
    };
    process.on(signal, handler);
  }
}

/** An output error for the CLI to print as `kepu: FILE: cannot write the file (CODE)`. */
export class OutputError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`cannot write the file (${code})`);
    this.name = 'OutputError';
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

/**
 * Where writing to `output` really goes: the end of its symlink chain (which need not exist yet).
 *
 * @example
 * destinationOf('latest.json') // 'reports/2023.json' when latest.json → reports/2023.json
 */
export function destinationOf(output: string): string {
  let path = output;
  for (let hops = 0; ; hops++) {
    let stats;
    try {
      stats = lstatSync(toSystemPath(path));
    } catch {
      return path;
    }
    if (!stats.isSymbolicLink()) return path;
    if (hops >= MOST_SYMLINKS) throw new OutputError(output, 'ELOOP');
    // The target as bytes: a name that is not UTF-8 is followed as it is.
    const target = pathFromBytes(readlinkSync(toSystemPath(path), { encoding: 'buffer' }));
    path = isAbsolute(target) ? target : join(dirname(path), target);
  }
}

/** A file being written that replaces its destination only when committed. */
export interface Replacement {
  /** The descriptor to write the new contents to (from offset 0). */
  readonly descriptor: number;
  /** Puts the complete result in place (renames it, or copies it into the old file). */
  commit(): void;
  /** Removes the temporary file; the destination stays as it was. */
  discard(): void;
}

/** The old file's mode, owner and links, or null when there is none. */
function existing(path: string) {
  try {
    const stats = statSync(toSystemPath(path));
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** Creates a temporary file `.NAME.kepu-PID-TIME.tmp` in `directory`; its path and descriptor. */
function createTemporary(directory: string, name: string, mode: number): { path: string; descriptor: number } {
  for (let attempt = 0; ; attempt++) {
    const path = join(directory, `.${name}.kepu-${process.pid}-${Date.now()}${attempt ? `-${attempt}` : ''}.tmp`);
    try {
      // Read and write: a result copied into the old file in place is read back from here.
      return { path, descriptor: openSync(toSystemPath(path), 'wx+', mode) };
    } catch (error) {
      if (codeOf(error) !== 'EEXIST' || attempt > 100) throw error;
    }
  }
}

/**
 * Opens the replacement of the regular file (or new file) `output`: a temporary file beside it,
 * given the old file's owner and mode, or, when the old file must keep its inode (other hard
 * links, another owner) or its directory is closed to us, a temporary file copied into it in place.
 */
export function openReplacement(output: string): Replacement {
  installHandlers();
  const destination = destinationOf(output);
  const old = existing(destination);
  let inPlace = old !== null && old.nlink > 1;
  let temporary: { path: string; descriptor: number };
  try {
    // A new file gets 0666 less the umask, as the shell's > gives; an old one its own mode, set below.
    temporary = createTemporary(dirname(destination), basename(destination), old ? 0o600 : 0o666);
  } catch (error) {
    // A writable file in a directory kepu may not write to: write elsewhere, then copy it in.
    const code = codeOf(error);
    if (!old || !['EACCES', 'EPERM', 'EROFS'].includes(code) || !writable(destination)) {
      throw new OutputError(output, code);
    }
    inPlace = true;
    temporary = createTemporary(tmpdir(), 'kepu-output', 0o600);
  }
  open.set(temporary.path, temporary.descriptor);
  const { descriptor } = temporary;
  if (old && !inPlace) {
    try {
      // Owner first: a change of owner clears the set-user-ID bits that the mode then restores.
      const made = fstatSync(descriptor);
      if (old.uid !== made.uid || old.gid !== made.gid) fchownSync(descriptor, old.uid, old.gid);
      fchmodSync(descriptor, old.mode & 0o7777);
    } catch {
      // Another user's file (writable by its group): keep its owner by writing into it in place.
      inPlace = true;
    }
  }
  const forget = () => {
    open.delete(temporary.path);
    try {
      closeSync(descriptor);
    } catch {
      // already closed
    }
    try {
      unlinkSync(toSystemPath(temporary.path));
    } catch {
      // already gone
    }
  };
  return {
    descriptor,
    commit() {
      try {
        fdatasyncSync(descriptor);
        if (inPlace) {
          copyInto(descriptor, destination);
          forget();
        } else {
          closeSync(descriptor);
          renameSync(toSystemPath(temporary.path), toSystemPath(destination));
          open.delete(temporary.path);
        }
      } catch (error) {
        forget();
        throw error instanceof OutputError ? error : new OutputError(output, codeOf(error));
      }
    },
    discard: forget,
  };
}

/** Whether the current user may write to an existing file. */
function writable(path: string): boolean {
  try {
    closeSync(openSync(toSystemPath(path), constants.O_WRONLY));
    return true;
  } catch {
    return false;
  }
}

/** Copies the complete temporary file into the destination, over its old contents, and syncs it. */
function copyInto(source: number, destination: string): void {
  const target = openSync(toSystemPath(destination), constants.O_WRONLY);
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let position = 0;
    for (;;) {
      const read = readSync(source, buffer, 0, buffer.length, position);
      if (read === 0) break;
      for (let written = 0; written < read;)
        written += writeSync(target, buffer, written, read - written, position + written);
      position += read;
    }
    ftruncateSync(target, position);
    fdatasyncSync(target);
  } finally {
    closeSync(target);
  }
}
