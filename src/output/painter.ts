/**
 * The writers' paint: chalk at level 1 (16 colours) when the caller decided to colour, else a
 * painter that returns the text as it is. Whether to colour is the caller's decision (the command
 * line's, by its --color and the stream: src/cli/color.ts); a writer is only told yes or no.
 */
import { Chalk, type ChalkInstance } from 'chalk';

/**
 * A painter: bold, red, cyan … that colour only when `enabled`.
 *
 * @example
 * createPainter(false).red('removed') // 'removed'
 */
export function createPainter(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
