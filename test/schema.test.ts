/** The published schemas describe every field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function undocumented(schema: unknown, path: string, out: string[]): void {
  if (!schema || typeof schema !== 'object') return;
  const node = schema as Record<string, unknown>;
  if (node.properties && typeof node.properties === 'object') {
    for (const [name, property] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
      if (typeof property.description !== 'string' || property.description.length < 5) out.push(`${path}.${name}`);
      undocumented(property, `${path}.${name}`, out);
    }
  }
  for (const key of ['items', '$defs', 'anyOf']) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((item, index) => undocumented(item, `${path}.${key}[${index}]`, out));
    else if (key === '$defs' && value)
      for (const [name, item] of Object.entries(value)) undocumented(item, `${path}.$defs.${name}`, out);
    else if (value) undocumented(value, `${path}.${key}`, out);
  }
}

describe('schemas', () => {
  for (const name of ['document', 'diff']) {
    it(`${name}.schema.json has a description on every field`, () => {
      const schema = JSON.parse(
        readFileSync(join(import.meta.dirname, '..', 'schemas', `${name}.schema.json`), 'utf8'),
      );
      const missing: string[] = [];
      undocumented(schema, name, missing);
      expect(missing).toEqual([]);
      expect(schema.description.length).toBeGreaterThan(20);
    });
  }
});
