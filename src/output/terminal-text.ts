/**
 * Text for a terminal: a document can carry control characters (an HTML page's `&#27;]0;…&#7;`
 * retitles the terminal, `&#27;[31m` recolours what follows, a CR sends the cursor back over the
 * line), and so can a file name. Tables and messages show them escaped, as `\x1b`; data formats
 * (JSON, YAML, NDJSON) keep them as they are, escaped by their own rules.
 */

/** C0 controls but tab, DEL, C1 controls, and the bidirectional overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A control character as it is shown: `\x1b` for C0 and DEL, `\u009b` for C1 and bidi controls. */
function escapeControl(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text with its control characters escaped (tab kept), for a terminal.
 *
 * @example
 * escapeControls('标题\u001b]0;x\u0007') // '标题\\x1b]0;x\\x07'
 */
export function escapeControls(text: string): string {
  // Most text has none: a test is cheaper than a replace that finds nothing.
  return HOLDS_CONTROL.test(text) ? text.replace(CONTROL, escapeControl) : text;
}

/** CONTROL without the global flag, for test(). */
const HOLDS_CONTROL = new RegExp(CONTROL.source);

/** CONTROL without line feeds: for text whose writer shows its line breaks itself (the diff's ⏎). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BUT_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * A copy of a value (a diff, a series) with the control characters of every string in it escaped
 * as escapeControls does, line feeds kept (its writer shows them), for a writer whose output goes
 * to a terminal.
 *
 * @example
 * escapeStrings({ heading: '标题\u001b[31m' }) // { heading: '标题\\x1b[31m' }
 */
export function escapeStrings<T>(value: T): T {
  // Almost always there is nothing to escape: then the value itself, not a copy.
  return holdsControls(value) ? copyEscaped(value) : value;
}

/** Whether some string in a value holds a control character other than a line feed. */
function holdsControls(value: unknown): boolean {
  if (typeof value === 'string') return CONTROL_BUT_LF.test(value);
  if (Array.isArray(value)) return value.some(holdsControls);
  return value !== null && typeof value === 'object' && Object.values(value).some(holdsControls);
}

function copyEscaped<T>(value: T): T {
  if (typeof value === 'string') return value.replace(new RegExp(CONTROL_BUT_LF.source, 'g'), escapeControl) as T;
  if (Array.isArray(value)) return value.map(copyEscaped) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyEscaped(item);
  return copy as T;
}
