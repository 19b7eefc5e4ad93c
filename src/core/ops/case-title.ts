/** The case's title (case_meta `title`): set at creation, changed only here, each change a custody entry. */
import type { CaseContext } from '../context';

export function renameCase(ctx: CaseContext, title: string): CaseContext {
  const to = title.trim();
  const from = ctx.store.meta().title;
  if (to === from) return ctx;
  ctx.write((db) => {
    db.prepare("INSERT INTO case_meta (key, value) VALUES ('title', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(to);
    return { result: null, custody: { action: 'case.rename', entity: 'case', entityId: ctx.store.meta().caseId, details: { from, to } } };
  });
  return ctx;
}
