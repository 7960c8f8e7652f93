/**
 * The output rules, through the built CLI: an `-o` file is replaced only by a complete result;
 * two inputs that map to one `-o DIR/` path are refused before anything is written; a replacement
 * keeps the old file's mode, owner and hard links and writes through symlinks; temporary files go
 * on every signal and error; file names that are not UTF-8 are read and written byte for byte.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const seed = join(root, 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt');
const plan2023 = join(root, 'fixtures', 'diff', 'plan-2023.txt');
const bad = join(root, 'fixtures', 'formats', 'bad');
const cli = join(root, 'bin', 'kepu.js');

/** An argument for bash, byte for byte: $'\xNN…'. */
const quoted = (argument: string | Buffer) =>
  `$'${[...Buffer.from(argument)].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('')}'`;

/**
 * Runs the built CLI. Arguments go through bash, so that a name that is not UTF-8 reaches kepu as
 * its bytes (Node would pass a string); `uid` runs it as another user, with setpriv (to meet a
 * directory that root could write to anyway).
 */
function kepu(
  args: Array<string | Buffer>,
  options: { cwd?: string; input?: string; uid?: number; command?: string } = {},
) {
  const user = options.uid === undefined ? '' : `setpriv --reuid=${options.uid} --regid=${options.uid} --clear-groups `;
  const command = `exec ${user}${quoted(process.execPath)} ${quoted(options.command ?? cli)} ${args.map(quoted).join(' ')}`;
  const result = spawnSync('bash', ['-c', command], {
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

/** A fresh directory holding the file `name` with `contents`. */
function workspace(name = 'k.out', contents = 'PRECIOUS\n') {
  const directory = mkdtempSync(join(tmpdir(), 'kepu-output-'));
  writeFileSync(join(directory, name), contents);
  return { directory, file: join(directory, name) };
}

/** The temporary files left in a directory. */
const leftovers = (directory: string) => readdirSync(directory).filter((name) => name.includes('.kepu-'));

describe('a failed run leaves the -o file as it was', () => {
  const unreadable = [
    ['a missing file', 'missing.txt', 'no such file'],
    ['a truncated .docx', join(bad, 'truncated.docx'), 'damaged'],
    ['a truncated .doc', join(bad, 'truncated.doc'), 'not a readable Word .doc'],
  ];
  const commands = [
    ['parse', '--format', 'json'],
    ['parse', '--format', 'ndjson'],
    ['parse', '--format', 'yaml'],
    ['deadlines', '--format', 'table'],
    ['deadlines', '--format', 'json'],
    ['deadlines', '--format', 'csv'],
    ['deadlines', '--format', 'ics'],
    ['deadlines', '--format', 'ndjson'],
    ['initiatives', '--format', 'table'],
    ['initiatives', '--format', 'json'],
    ['initiatives', '--format', 'csv'],
    ['initiatives', '--format', 'ndjson'],
    ['export', '--to', 'csv'],
    ['export', '--to', 'md'],
  ];
  // Every command and format for a missing file; one of each command for the damaged ones.
  const some = [commands[0], commands[5], commands[11], commands[12]];
  it.each(unreadable)('of every command, when the only input is %s', (what, input, message) => {
    for (const [command, ...format] of what === 'a missing file' ? commands : some) {
      const { directory, file } = workspace();
      const { status, stderr } = kepu([command, input, ...format, '-o', file], { cwd: directory });
      expect(status, `${command} ${format.join(' ')}`).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(message);
      expect(readFileSync(file, 'utf8'), `${command} ${format.join(' ')}`).toBe('PRECIOUS\n');
      expect(leftovers(directory)).toEqual([]);
    }
  });

  it('of diff, when either plan cannot be read', () => {
    const { directory, file } = workspace();
    expect(kepu(['diff', plan2023, 'missing.txt', '-o', file], { cwd: directory }).status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('PRECIOUS\n');
  });

  it('when no input of several could be read, or --fail-fast stopped the run', () => {
    const { directory, file } = workspace();
    const none = kepu(['parse', 'missing-1.txt', 'missing-2.txt', '-o', file], { cwd: directory });
    expect(none.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('PRECIOUS\n');
    const stopped = kepu(['deadlines', seed, 'missing.txt', plan2023, '--fail-fast', '--format', 'csv', '-o', file]);
    expect(stopped.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('PRECIOUS\n');
    expect(leftovers(directory)).toEqual([]);
  });

  it('but a run over several files that goes on past one that cannot be read writes what it read', () => {
    const { directory, file } = workspace();
    const { status, stderr } = kepu(['parse', seed, 'missing.txt', '--format', 'ndjson', '-o', file], {
      cwd: directory,
    });
    expect(status).toBe(1);
    expect(stderr).toContain('1 failed');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).source.name)).toEqual([seed]);
  });
});

describe('-o DIR/ with two inputs that map to one output path', () => {
  it('is refused before anything is written, whichever way the inputs come', () => {
    const { directory } = workspace();
    for (const sub of ['a', 'b', 'c']) mkdirSync(join(directory, sub));
    copyFileSync(seed, join(directory, 'a', 'plan.txt'));
    copyFileSync(plan2023, join(directory, 'b', 'plan.txt'));
    copyFileSync(seed, join(directory, 'c', 'plan.txt'));
    copyFileSync(plan2023, join(directory, 'c', 'plan.md'));
    for (const args of [
      ['a/plan.txt', 'b/plan.txt'],
      ['a/plan.txt', 'b/plan.txt', '--jobs', '2'],
      ['-r', 'c'],
      ['-r', 'a', 'b'],
    ]) {
      const { status, stderr } = kepu(['parse', ...args, '-o', 'out/'], { cwd: directory });
      expect(status, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(
        /^kepu: out\/plan\.json: two inputs would be written here, \S+ and \S+; nothing was written/,
      );
      expect(readdirSync(directory).includes('out') ? readdirSync(join(directory, 'out')) : []).toEqual([]);
    }
  });

  it('is fine when it is one file named twice, and different names go to their own files', () => {
    const { directory } = workspace();
    copyFileSync(seed, join(directory, 'plan.txt'));
    copyFileSync(plan2023, join(directory, 'other.txt'));
    const { status } = kepu(['parse', 'plan.txt', './plan.txt', 'other.txt', '-o', 'out/'], { cwd: directory });
    expect(status).toBe(0);
    expect(readdirSync(join(directory, 'out')).sort()).toEqual(['other.json', 'plan.json']);
  });

  it('refuses an output path that is an input, before writing any other', () => {
    const { directory } = workspace();
    mkdirSync(join(directory, 'out'));
    copyFileSync(seed, join(directory, 'a.txt'));
    writeFileSync(join(directory, 'out', 'b.json'), '临江市科协2023年科普工作要点\n');
    const { status, stderr } = kepu(['parse', 'a.txt', 'out/b.json', '--from', 'text', '-o', 'out/'], {
      cwd: directory,
    });
    expect(status).toBe(2);
    expect(stderr).toContain('is the same file as the input');
    expect(readdirSync(join(directory, 'out'))).toEqual(['b.json']);
  });
});

describe('a replaced -o file', () => {
  it('keeps its mode and its hard links', () => {
    const { directory, file } = workspace('secret.json', 'OLD\n');
    chmodSync(file, 0o600);
    linkSync(file, join(directory, 'other-name.json'));
    expect(kepu(['parse', seed, '-o', file]).status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(file).nlink).toBe(2);
    expect(JSON.parse(readFileSync(join(directory, 'other-name.json'), 'utf8')).type).toBe('document');
    expect(leftovers(directory)).toEqual([]);
  });

  it('is written through a symlink to its target, a dangling one included, but never to an input', () => {
    const { directory, file } = workspace('target.json', 'OLD\n');
    symlinkSync('target.json', join(directory, 'link.json'));
    expect(kepu(['parse', seed, '-o', 'link.json'], { cwd: directory }).status).toBe(0);
    expect(lstatSync(join(directory, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).type).toBe('document');
    symlinkSync('sub/new.json', join(directory, 'dangling.json'));
    mkdirSync(join(directory, 'sub'));
    expect(kepu(['parse', seed, '-o', 'dangling.json'], { cwd: directory }).status).toBe(0);
    expect(lstatSync(join(directory, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(directory, 'sub', 'new.json'), 'utf8')).type).toBe('document');
    copyFileSync(seed, join(directory, 'input.txt'));
    symlinkSync('input.txt', join(directory, 'to-input.json'));
    const refused = kepu(['parse', 'input.txt', '-o', 'to-input.json'], { cwd: directory });
    expect(refused.status).toBe(2);
    expect(readFileSync(join(directory, 'input.txt'))).toEqual(readFileSync(seed));
  });

  const root_ = process.getuid?.() === 0;
  const setpriv = spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(!root_)('keeps its owner (run as root)', () => {
    const { directory, file } = workspace('theirs.json', 'OLD\n');
    chownSync(file, 65534, 65534);
    chmodSync(file, 0o640);
    expect(kepu(['parse', seed, '-o', file]).status).toBe(0);
    expect(statSync(file)).toMatchObject({ uid: 65534, gid: 65534 });
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(leftovers(directory)).toEqual([]);
  });

  it.skipIf(!root_ || !setpriv)(
    'is written in a directory the user may not write to, when the file is writable',
    () => {
      const { directory, file } = workspace('x.json', 'OLD\n');
      chmodSync(file, 0o666);
      chmodSync(directory, 0o555);
      // The CLI runs as nobody, who may not enter a checkout under a directory only root may enter (mktemp -d
      // makes one 0700): it runs from a copy of bin/kepu.js, the one-file bundle and the seed in a directory anyone
      // may read.
      const readable = mkdtempSync(join(tmpdir(), 'kepu-nobody-'));
      chmodSync(readable, 0o755);
      mkdirSync(join(readable, 'bin'));
      mkdirSync(join(readable, 'dist', 'cli'), { recursive: true });
      const command = join(readable, 'bin', 'kepu.js');
      copyFileSync(cli, command);
      copyFileSync(join(root, 'dist', 'cli', 'kepu.cjs'), join(readable, 'dist', 'cli', 'kepu.cjs'));
      const plan = join(readable, 'plan.txt');
      copyFileSync(seed, plan);
      const { status, stderr } = kepu(['parse', plan, '-o', file], { uid: 65534, command, cwd: readable });
      expect(stderr.includes('Cannot find module'), 'the bundle must load as uid 65534').toBe(false);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8')).type).toBe('document');
      expect(statSync(file).uid).toBe(0);
      expect(leftovers(directory)).toEqual([]);
    },
  );
});

describe('temporary files', () => {
  /** Starts a long parse to -o, waits for its temporary file, sends the signal; resolves when it exits. */
  async function interrupt(signal: NodeJS.Signals) {
    const { directory, file } = workspace('big.json', 'OLD\n');
    // Enough files that the run is still going when the signal comes, however fast the machine.
    const inputs = Array.from({ length: 400 }, (_, i) => {
      const path = join(directory, `plan-${i}.txt`);
      copyFileSync(seed, path);
      return path;
    });
    const child = spawn(process.execPath, [cli, 'parse', ...inputs, '--jobs', '1', '-o', file], { stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    for (let i = 0; i < 4000 && leftovers(directory).length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(leftovers(directory)).toHaveLength(1);
    child.kill(signal);
    const result = await exited;
    return { result, directory, file };
  }

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('are removed on %s, and the old file stays', async (signal) => {
    const { result, directory, file } = await interrupt(signal);
    // The process dies of the signal, as it would without kepu's handler.
    expect(result.signal).toBe(signal);
    expect(leftovers(directory)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('OLD\n');
  });

  it('are removed when the process ends on an error nobody caught', () => {
    const { directory, file } = workspace('out.json', 'OLD\n');
    const script = `
      import { openReplacement } from ${JSON.stringify(join(root, 'dist', 'src', 'cli', 'output-file.js'))};
      import { writeSync } from 'node:fs';
      const replacement = openReplacement(${JSON.stringify(file)});
      writeSync(replacement.descriptor, 'partial');
      throw new Error('boom');`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script]);
    expect(result.status).not.toBe(0);
    expect(result.stderr.toString()).toContain('boom');
    expect(leftovers(directory)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('OLD\n');
  });
});

describe('file names that are not UTF-8', () => {
  const latin1 = (name: string) => Buffer.from(name, 'latin1');
  it('are read as given, from the command line, -r and --files-from, and shown escaped', () => {
    const { directory } = workspace();
    const dir = join(directory, 'plans');
    mkdirSync(dir);
    writeFileSync(Buffer.concat([Buffer.from(dir + '/'), latin1('caf\xe9.txt')]), readFileSync(plan2023));
    const parsed = kepu(['parse', Buffer.concat([Buffer.from('plans/'), latin1('caf\xe9.txt')])], { cwd: directory });
    expect(parsed.status).toBe(0);
    expect(JSON.parse(parsed.stdout).source.name).toBe('plans/caf\\xe9.txt');
    const walked = kepu(['parse', '-r', 'plans', '--format', 'ndjson'], { cwd: directory });
    expect(walked.status).toBe(0);
    expect(JSON.parse(walked.stdout).source.name).toBe('plans/caf\\xe9.txt');
    const list = Buffer.concat([Buffer.from('plans/'), latin1('caf\xe9.txt'), Buffer.from([0])]);
    const listed = spawnSync(process.execPath, [cli, 'deadlines', '--files-from', '-', '--format', 'csv'], {
      cwd: directory,
      input: list,
    });
    expect(listed.status).toBe(0);
    expect(listed.stdout.toString()).toContain('plans/caf\\xe9.txt');
    const missing = kepu(['parse', Buffer.concat([Buffer.from('plans/'), latin1('na\xefve.txt')])], { cwd: directory });
    expect(missing.stderr).toBe('kepu: plans/na\\xefve.txt: no such file\n');
  });

  it('are written as given with -o, and -o DIR/ mirrors them', () => {
    const { directory } = workspace();
    const input = Buffer.concat([Buffer.from(directory + '/'), latin1('plan\xe9.txt')]);
    writeFileSync(input, readFileSync(plan2023));
    const output = Buffer.concat([Buffer.from(directory + '/'), latin1('sortie\xe9.json')]);
    expect(kepu(['parse', seed, '-o', output]).status).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).type).toBe('document');
    expect(kepu(['parse', input, '-o', join(directory, 'out') + '/']).status).toBe(0);
    const written = readdirSync(join(directory, 'out'), { encoding: 'buffer' });
    expect(written).toEqual([Buffer.concat([latin1('plan\xe9'), Buffer.from('.json')])]);
  });
});
