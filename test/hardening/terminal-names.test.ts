/**
 * File names are chosen by whoever sent the file: a name with a right-to-left override or an escape
 * sequence must not reach the terminal raw (it can reorder what the investigator reads, or drive the
 * terminal). The CLI shows such characters as visible \u{…} escapes; before the fix they were echoed raw.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/format';
import { createService } from '../../src/core/service';
import { runCli } from '../helpers/cli';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HOSTILE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('control and bidi characters in file names', () => {
  it('terminalSafe escapes controls and bidi overrides, keeps newlines, tabs and ordinary text', () => {
    expect(terminalSafe('a\u202Efdp.exe\tb\n')).toBe('a\\u{202e}fdp.exe\tb\n');
    expect(terminalSafe('\x1b[2J\x07Шевченко ş')).toBe('\\u{1b}[2J\\u{7}Шевченко ş');
  });

  it('the CLI never echoes them raw (stdout or stderr)', { timeout: 300_000 }, async () => {
    const dir = tmp();
    const file = join(dir, 'report\u202Etxt.exe\u001b[31m.txt');
    writeFileSync(file, 'The soldier said he saw the shelling of the market in Kharkiv in March 2022.\n');
    const casePath = join(dir, 'c.casefile');
    const service = createService();
    await service.api.createCase({ path: casePath, passphrase: PASS });
    service.dispose();
    const r = await runCli(['import', casePath, file, join(dir, 'gone\u202E.txt')], { CASEFILE_PASSPHRASE: PASS });
    expect(r.code, r.stderr).toBe(2); // one file imported, one missing
    expect(r.stdout).toContain('report\\u{202e}txt.exe\\u{1b}[31m.txt');
    expect(r.stderr).toContain('gone\\u{202e}.txt');
    expect(r.stdout).not.toMatch(HOSTILE);
    expect(r.stderr).not.toMatch(HOSTILE);
  });
});
