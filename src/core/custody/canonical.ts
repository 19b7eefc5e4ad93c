/**
 * Canonical JSON: object keys sorted, no whitespace. Hashes are computed over this form so that the
 * same logical entry always hashes the same, whatever order its fields were built in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      // A key whose value is undefined is copied as such: JSON.stringify leaves it out.
      out[key] = sortKeys((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}
