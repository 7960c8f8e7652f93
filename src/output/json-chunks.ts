/**
 * JSON written while it is serialised: the same text as `JSON.stringify(value, null, 2)`, given
 * in chunks of about 8 K characters, so that a large tree is never one string in memory.
 */

/**
 * The chunk size, in characters. Chinese text makes a chunk a two-byte string: at 8 K it stays
 * in V8's young generation, where it is freed at almost no cost; chunks of 64 K went to the
 * large-object space, freed only by full collections (a 10 MB plan peaked 6 MB higher, and ran
 * 8% slower, whole process).
 */
const CHUNK = 8 * 1024;

/** An object with no arrays and objects at most two levels deep (a position, a paragraph): small. */
function isSmall(item: Record<string, unknown>): boolean {
  for (const key in item) {
    const value = item[key];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) return false;
    for (const inner in value as Record<string, unknown>) {
      const innerValue = (value as Record<string, unknown>)[inner];
      if (innerValue !== null && typeof innerValue === 'object') {
        if (Array.isArray(innerValue)) return false;
        for (const deepest in innerValue as Record<string, unknown>) {
          const leaf = (innerValue as Record<string, unknown>)[deepest];
          if (leaf !== null && typeof leaf === 'object') return false;
        }
      }
    }
  }
  return true;
}

/** A tree node covering at most this many characters of source is serialised in one native call. */
const NATIVE_SPAN = 16 * 1024;

/** A node of a kepu tree whose source span is short: its JSON is a few hundred KB at most. */
function isShortNode(item: Record<string, unknown>): boolean {
  const position = item.position as { start?: { offset?: unknown }; end?: { offset?: unknown } } | undefined;
  const start = position?.start?.offset;
  const end = position?.end?.offset;
  return typeof start === 'number' && typeof end === 'number' && end - start <= NATIVE_SPAN;
}

/**
 * `JSON.stringify(item, null, indent)` as it stands at `depth` inside an enclosing text, without
 * its first line's indentation: the native serialiser writes it inside `depth` arrays, and the
 * arrays' own lines are sliced off (a slice, not a copy, where re-indenting every line would copy
 * the text again).
 */
function nativeAt(item: object, indent: number, depth: number): string {
  if (depth === 0 || indent <= 0) return JSON.stringify(item, null, indent);
  let wrapped: unknown = item;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, indent);
  // Before the item: "[\n", then "  [\n", … and the item's own indentation; after it, "\n]"s.
  let before = depth * indent;
  let after = 0;
  for (let level = 0; level < depth; level++) {
    before += level * indent + 2;
    after += level * indent + 2;
  }
  return text.slice(before, text.length - after);
}

/**
 * Yields the JSON text of `value` (plain data: objects, arrays, strings, numbers, booleans, null).
 * `depth` indents it as an element of an enclosing array (1 for `[ value, … ]`), with no newline
 * after it, so that a stream of documents can be written as one array.
 *
 * @example
 * for (const chunk of jsonChunks(tree)) process.stdout.write(chunk) // the text of JSON.stringify(tree, null, 2)
 */
export function* jsonChunks(value: unknown, indent = 2, depth = 0): Generator<string> {
  let buffer = '';
  const pad = (depth: number) => '\n' + ' '.repeat(depth * indent);
  // An explicit stack of what is left to write, so that deep trees do not exhaust the call stack.
  type Frame =
    | { kind: 'array'; items: unknown[]; next: number; depth: number }
    | { kind: 'object'; entries: Array<[string, unknown]>; next: number; depth: number };
  const stack: Frame[] = [];
  const open = (item: unknown, depth: number): void => {
    if (item === null || typeof item === 'function' || typeof item === 'symbol') {
      buffer += 'null';
    } else if (typeof item === 'string' || typeof item === 'boolean') {
      buffer += JSON.stringify(item);
    } else if (typeof item === 'number') {
      buffer += Number.isFinite(item) ? String(item) : 'null';
    } else if (Array.isArray(item)) {
      if (item.length === 0) buffer += '[]';
      else {
        buffer += '[';
        stack.push({ kind: 'array', items: item, next: 0, depth: depth + 1 });
      }
    } else if (
      typeof item === 'object' &&
      (isSmall(item as Record<string, unknown>) || isShortNode(item as Record<string, unknown>))
    ) {
      // A leaf node, a position, a diagnostic: the native serialiser, indented to its depth.
      buffer += nativeAt(item, indent, depth);
    } else if (typeof item === 'object') {
      const entries = Object.entries(item as Record<string, unknown>).filter(
        ([, entry]) => entry !== undefined && typeof entry !== 'function' && typeof entry !== 'symbol',
      );
      if (entries.length === 0) buffer += '{}';
      else {
        buffer += '{';
        stack.push({ kind: 'object', entries, next: 0, depth: depth + 1 });
      }
    } else buffer += 'null';
  };
  open(value, depth);
  while (stack.length > 0) {
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
    const frame = stack[stack.length - 1];
    if (frame.kind === 'array') {
      if (frame.next === frame.items.length) {
        stack.pop();
        buffer += pad(frame.depth - 1) + ']';
        continue;
      }
      buffer += (frame.next > 0 ? ',' : '') + pad(frame.depth);
      const item = frame.items[frame.next++];
      open(item === undefined ? null : item, frame.depth);
    } else {
      if (frame.next === frame.entries.length) {
        stack.pop();
        buffer += pad(frame.depth - 1) + '}';
        continue;
      }
      const [key, item] = frame.entries[frame.next++];
      buffer += (frame.next > 1 ? ',' : '') + pad(frame.depth) + JSON.stringify(key) + ': ';
      open(item, frame.depth);
    }
  }
  yield depth === 0 ? buffer + '\n' : buffer;
}
