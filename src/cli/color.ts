/**
 * Colour is decided once per stream: never in a file; `--color=never` / `--no-color` or
 * NO_COLOR turn it off, `--color=always` or FORCE_COLOR turn it on, otherwise (`auto`) only
 * when the stream is a terminal. The caller decides here and hands the writers (src/output/) a
 * boolean; they paint with createPainter (src/output/painter.ts).
 */

/** What `--color` takes; `--no-color` is `never`. */
export type ColorWhen = 'auto' | 'always' | 'never';

/** Reads the global option as commander gives it (`--no-color` is false). */
export function colorWhen(option: string | boolean | undefined): ColorWhen {
  if (option === false || option === 'never') return 'never';
  if (option === 'always') return 'always';
  return 'auto';
}

/** Whether to colour what goes to `stream`; `toFile` (an `-o FILE`) is never coloured. */
export function decideColor(
  stream: { isTTY?: boolean },
  when: ColorWhen,
  options: { toFile?: boolean; env?: NodeJS.ProcessEnv } = {},
): boolean {
  const env = options.env ?? process.env;
  if (options.toFile) return false;
  if (when === 'never') return false;
  if (when === 'always') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY);
}
