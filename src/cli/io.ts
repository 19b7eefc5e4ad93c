/** Terminal I/O for the CLI: output streams, passphrase prompts without echo, progress lines. */
import { CasefileError } from '../shared/errors';
import type { Progress } from '../shared/contract/define';
import { terminalSafe } from './format';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stderrIsTty: boolean;
}

export function processIo(): Io {
  return {
    // Everything that reaches the terminal passes terminalSafe: file names and case text are not ours.
    out: (s) => process.stdout.write(terminalSafe(s)),
    err: (s) => process.stderr.write(terminalSafe(s, { allowProgress: true })),
    env: process.env,
    stdin: process.stdin,
    stderrIsTty: Boolean(process.stderr.isTTY),
  };
}

/** Read a passphrase from the terminal without echoing it. */
function promptHidden(io: Io, prompt: string): Promise<string> {
  const stdin = io.stdin;
  return new Promise((resolve, reject) => {
    io.err(prompt);
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          done();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          done();
          reject(new CasefileError('CANCELLED', 'Cancelled.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      io.err('\n');
    };
    stdin.on('data', onData);
  });
}

/** Read one line from a non-interactive stdin (e.g. `printf '%s\n' "$PASS" | casefile info case`). */
function readLine(io: Io): Promise<string | null> {
  return new Promise((resolve) => {
    let buf = '';
    const stdin = io.stdin;
    stdin.setEncoding('utf8');
    const finish = (v: string | null) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.pause();
      resolve(v);
    };
    const onData = (c: string) => {
      buf += c;
      const nl = buf.indexOf('\n');
      if (nl >= 0) finish(buf.slice(0, nl).replace(/\r$/, ''));
    };
    const onEnd = () => finish(buf.length ? buf.replace(/\r?\n$/, '') : null);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
}

/**
 * The passphrase for a case: from `envName` if set (for scripts; less safe, see README), else a
 * prompt without echo on a terminal, else one line of piped standard input.
 */
export async function getPassphrase(io: Io, opts: { envName?: string; prompt?: string; confirm?: boolean } = {}): Promise<string> {
  const envName = opts.envName ?? 'CASEFILE_PASSPHRASE';
  const fromEnv = io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (io.stdin.isTTY) {
    const first = await promptHidden(io, opts.prompt ?? 'Passphrase: ');
    if (opts.confirm) {
      const second = await promptHidden(io, 'Repeat passphrase: ');
      if (first !== second) throw new CasefileError('INVALID_INPUT', 'The two passphrases differ. Nothing was changed.');
    }
    if (!first) throw new CasefileError('INVALID_INPUT', 'An empty passphrase is not allowed.');
    return first;
  }
  const line = await readLine(io);
  if (line) return line;
  throw new CasefileError('INVALID_INPUT', `No passphrase: set ${envName} or run in a terminal to be prompted.`);
}

/** A one-line progress bar on stderr when it is a terminal; silent otherwise (keeps logs and pipes clean). */
export function progressBar(io: Io, label: string): (p: Progress) => void {
  if (!io.stderrIsTty) return () => {};
  return (p) => {
    const width = 30;
    const frac = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
    const filled = Math.round(frac * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    io.err(`\r${label} ${bar} ${p.done}/${p.total}${p.label ? ` ${p.label.slice(0, 40)}` : ''}\x1b[K`);
    if (p.done >= p.total) io.err('\n');
  };
}
