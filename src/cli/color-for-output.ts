/**
 * The global `--color` as the program read it, and what it decides for standard output. chalk
 * (in color.ts) is loaded only when something is to be coloured or the decision is made.
 */
import { isFileOutput } from './io.js';

/** The global options (`--color`), set by the program before a command runs. */
let globalColor: string | boolean | undefined;

/** Keeps the global `--color` for the commands (called by the program's preAction hook). */
export function setGlobalColor(color: string | boolean | undefined): void {
  globalColor = color;
}

/** The `--color` in force: the command's own, else the global one. */
export function colorOption(options: { color?: string | boolean }): string | boolean | undefined {
  return options.color ?? globalColor;
}

/** Whether to colour what goes to standard output (or to `-o FILE`: never). */
export async function colorForOutput(options: { color?: string | boolean; output?: string }): Promise<boolean> {
  const { colorWhen, decideColor } = await import('./color.js');
  return decideColor(process.stdout, colorWhen(colorOption(options)), {
    toFile: isFileOutput(options.output),
  });
}
