/**
 * The commands of the command line, one a module: main.ts registers them in this order (the order
 * `kepu --help` lists them). Adding a command is a module in this folder and a row here.
 */
import type { CommandModule } from './command-module.js';
import { parseCommand } from './parse.js';
import { exportCommand } from './export.js';
import { deadlinesCommand } from './deadlines.js';
import { initiativesCommand } from './initiatives.js';
import { diffCommand } from './diff.js';
import { validateCommand } from './validate.js';
import { schemaCommand } from './schema.js';
import { outlineCommand } from './outline.js';
import { tasksCommand } from './tasks.js';
import { reportCommand } from './report.js';

/** Every command, in the order of `kepu --help`. */
export const COMMANDS: readonly CommandModule[] = [
  parseCommand,
  exportCommand,
  deadlinesCommand,
  initiativesCommand,
  diffCommand,
  validateCommand,
  schemaCommand,
  outlineCommand,
  tasksCommand,
  reportCommand,
];
