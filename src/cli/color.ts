/**
 * Colour is decided once: --no-color or NO_COLOR turn it off, FORCE_COLOR turns it on,
 * otherwise only when the stream is a terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export function decideColor(stream: NodeJS.WriteStream, flag: boolean | undefined, env = process.env): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY);
}

export function createPainter(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
