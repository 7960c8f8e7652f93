/**
 * The readers' limits as command-line options, one a row of READ_LIMITS: `--max-unzipped MB`,
 * `--max-pdf-pages N`. Each takes a whole number from 1; what was given reaches every command's
 * action as `options.limits`.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { READ_LIMITS, type ReadLimits } from '../read/limits.js';

/** The option name commander gives a flag: --max-pdf-pages → maxPdfPages. */
const attributeOf = (flag: string) => flag.replace(/^--/, '').replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** Adds the limit options to a command that reads input files. */
export function addLimitOptions(command: Command): Command {
  for (const limit of READ_LIMITS) {
    command.addOption(
      new Option(
        `${limit.flag} <${limit.unit === 'MB' ? 'MB' : 'n'}>`,
        `${limit.help} (default ${limit.default / limit.scale})`,
      ).argParser((value) => {
        const number = Number(value);
        if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('takes a whole number from 1.');
        return number * limit.scale;
      }),
    );
  }
  return command;
}

/** The limits given to a command (unset ones are left to the defaults). */
export function limitsGiven(options: Record<string, unknown>): Partial<ReadLimits> {
  const limits: Partial<ReadLimits> = {};
  for (const limit of READ_LIMITS) {
    const value = options[attributeOf(limit.flag)];
    if (typeof value === 'number') limits[limit.key] = value;
  }
  return limits;
}
