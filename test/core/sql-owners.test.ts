/**
 * One owner per table: SQL lives only in src/core/ops/* (one module per table group), src/core/custody/*
 * (the custody log) and the store (src/core/store: opening, keying, case identity, migrations). Anything
 * else in src/core calls those owners (context.ts opens the custody-logged write transaction). This reads the source, so a new query written in a handler, the
 * importer or the report fails here with the file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const CORE = join(ROOT, 'src/core');
// context.ts is the one door for writes: it opens the custody-logged transaction.
const OWNERS = [/^src\/core\/ops\//, /^src\/core\/custody\//, /^src\/core\/store\//, /^src\/core\/context\.ts$/];

/** SQL as code writes it: a prepared statement or pragma call, or an SQL statement in a string. */
const SQL = [
  /\.prepare\s*[(<]/,
  /\.pragma\s*\(/,
  /\.transaction\s*\(/,
  /['"`]\s*(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|(CREATE|DROP|ALTER)\s+(TABLE|INDEX|TRIGGER|VIEW)\s|PRAGMA\s)/,
];

function sqlLines(text: string): { line: number; text: string }[] {
  return text
    .split('\n')
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter(({ text: t }) => !/^\s*(\*|\/\/|\/\*)/.test(t) && SQL.some((re) => re.test(t)));
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('SQL has one owner per table', () => {
  it('finds SQL in the forms the core writes it (the check itself can fail)', () => {
    expect(sqlLines(`const r = ctx.db.prepare('SELECT id FROM people').all();`)).toHaveLength(1);
    expect(sqlLines('  `INSERT INTO exports (id) VALUES (?)`,')).toHaveLength(1);
    expect(sqlLines(`db.exec("UPDATE people SET name = 'x'");`)).toHaveLength(1);
    expect(sqlLines(`const sql = "DELETE FROM evidence_links WHERE id = ?";`)).toHaveLength(1);
    expect(sqlLines(`db.pragma('journal_mode = DELETE');`)).toHaveLength(1);
    expect(sqlLines(`const m = /^(\\d{4})/.exec(v); // select the year`)).toHaveLength(0);
  });

  it('no module in src/core outside ops/, custody/ and store/ writes SQL', () => {
    const offenders: string[] = [];
    for (const file of files(CORE)) {
      const rel = relative(ROOT, file).split('\\').join('/');
      if (OWNERS.some((re) => re.test(rel))) continue;
      for (const l of sqlLines(readFileSync(file, 'utf8'))) offenders.push(`${rel}:${l.line}: ${l.text.trim()}`);
    }
    expect(offenders).toEqual([]);
  });
});
