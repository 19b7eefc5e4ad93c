/** Migration 008: whose asylum step, grounds and risks on return, the public-figure mark on people. */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/tmp';
import { type Db, expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt, seedV1 } from './harness';

const tmp = useTempDir();

/** The v1 seed plus people whose roles exports used to read as public (or not). */
function seedWithRoles(db: Db): void {
  seedV1(db);
  db.exec(`
INSERT INTO people (id, name, role, created_at, updated_at) VALUES
  ('per_pres', 'Vladimir Putin', 'head of state', 'now', 'now'),
  ('per_spk', 'Marija Zakharova', 'spokesperson', 'now', 'now'),
  ('per_wit', 'Olena Kovalenko', 'witness', 'now', 'now'),
  ('per_spoken', 'Roman Lis', 'speaker', 'now', 'now');
`);
}

describe('migration 008: asylum grounds and public figures', () => {
  it('on a version-7 file: keeps its rows; steps stay the subject’s; people the role made public are marked, the others protected', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 7, seedWithRoles), 8);
    try {
      expect(db.prepare("SELECT person_id FROM asylum_steps WHERE id = 'asy_1'").get()).toEqual({ person_id: null });
      const marks = Object.fromEntries(
        (db.prepare('SELECT id, public_figure FROM people').all() as { id: string; public_figure: number }[]).map((r) => [
          r.id,
          r.public_figure,
        ]),
      );
      expect(marks).toEqual({ per_1: 0, per_pres: 1, per_spk: 1, per_wit: 0, per_spoken: 0 });
      expect(() => db.prepare("UPDATE people SET public_figure = 2 WHERE id = 'per_1'").run()).toThrow(/CHECK/);
      // A step names a person of the case, never an unknown id.
      db.pragma('foreign_keys = ON');
      expect(() => db.prepare("UPDATE asylum_steps SET person_id = 'per_nobody' WHERE id = 'asy_1'").run()).toThrow(/FOREIGN KEY/);
      db.prepare("UPDATE asylum_steps SET person_id = 'per_wit' WHERE id = 'asy_1'").run();
      db.prepare(
        "INSERT INTO asylum_grounds (id, kind, code, note, source_id, span_start, span_end, created_at, updated_at) VALUES ('agr_1', 'ground', 'refusal-of-military-service', 'refused', 'src_1', 0, 5, 'now', 'now')",
      ).run();
      expect(() =>
        db
          .prepare("INSERT INTO asylum_grounds (id, kind, code, created_at, updated_at) VALUES ('agr_2', 'reason', 'x', 'now', 'now')")
          .run(),
      ).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare(
            "INSERT INTO asylum_grounds (id, kind, code, span_start, span_end, created_at, updated_at) VALUES ('agr_3', 'risk', 'x', 9, 2, 'now', 'now')",
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 7, unchanged', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 7, seedWithRoles), 8);
  });
});
