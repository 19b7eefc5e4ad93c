/**
 * The renderer never names a file the user did not choose. Paths handed out by native dialogs (and the
 * recent list) are remembered here; any operation input field named `path`/`paths`/`…Path`/`…Paths` must
 * be one of them, or the call is refused before it reaches the service.
 */
import { resolve } from 'node:path';
import { CasefileError } from '../shared/errors';

const PATH_KEY = /(^paths?$)|(Paths?$)/;

export class PathGate {
  private readonly allowed = new Set<string>();

  allow(path: string): string {
    const p = resolve(path);
    this.allowed.add(p);
    return p;
  }

  isAllowed(path: string): boolean {
    return this.allowed.has(resolve(path));
  }

  /** Returns the input with every path field normalised, or throws INVALID_INPUT for an unchosen path. */
  check(input: unknown): unknown {
    return this.walk(input, 0);
  }

  private walk(value: unknown, depth: number): unknown {
    if (depth > 6 || value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
    if (Array.isArray(value)) return value.map((v) => this.walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (PATH_KEY.test(k)) out[k] = Array.isArray(v) ? v.map((p) => this.one(p)) : this.one(v);
      else out[k] = this.walk(v, depth + 1);
    }
    return out;
  }

  private one(p: unknown): unknown {
    if (typeof p !== 'string') return p; // the contract's schema rejects it
    if (!this.isAllowed(p)) {
      throw new CasefileError('INVALID_INPUT', 'Choose the file with the Open or Save dialog first.', { reason: 'path-not-chosen' });
    }
    return resolve(p);
  }
}
