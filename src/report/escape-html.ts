/** Escaping for text put into HTML and SVG. */

/**
 * Escapes the characters HTML and XML give a meaning to (& < > " ').
 *
 * @example
 * escapeHtml('A & B <c>') // 'A &amp; B &lt;c&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}
