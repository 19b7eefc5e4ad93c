export function json(value: unknown): string {
  return `${JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? `<${v.byteLength} bytes>` : v), 2)}\n`;
}

export function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1048576) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1048576).toFixed(1)} MiB`;
}

/**
 * Control characters (C0 but newline and tab, DEL, C1) and bidirectional controls (overrides,
 * embeddings, isolates, marks) shown as visible `\u{…}` escapes. File names and case content come from
 * other people: raw, they could reorder what is read on screen ("report‮txt.exe") or drive the terminal.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What the CLI's own progress line writes: a carriage return and "erase to end of line". */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PROGRESS_CONTROL = /\r|\x1b\[K/y;

export function terminalSafe(s: string, opts: { allowProgress?: boolean } = {}): string {
  return s.replace(UNSAFE, (c, offset: number) => {
    if (opts.allowProgress) {
      PROGRESS_CONTROL.lastIndex = offset;
      if (PROGRESS_CONTROL.test(s)) return c;
    }
    return `\\u{${c.codePointAt(0)!.toString(16)}}`;
  });
}
