/** The command modules that main.ts registers in a loop (views of the plan summary). */
import type { CommandModule } from './context.js';
import { outlineCommand } from './outline.js';
import { tasksCommand } from './tasks.js';
import { reportCommand } from './report.js';

/** Registered after the commands main.ts defines itself, in this order. */
export const COMMAND_MODULES: readonly CommandModule[] = [outlineCommand, tasksCommand, reportCommand];
