/**
 * JSON written while it is serialised: the same text as `JSON.stringify(value, null, 2)`, given
 * in chunks of about 64 KB, so that a large tree is never one string in memory.
 */

const CHUNK = 64 * 1024;

/** Yields the JSON text of `value` (plain data: objects, arrays, strings, numbers, booleans, null). */
export function* jsonChunks(value: unknown, indent = 2): Generator<string> {
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
  open(value, 0);
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
  yield buffer + '\n';
}
