/** Handlers for people: wiring onto core/ops/people and the transliteration table. */
import { listPeople, upsertPerson } from '../ops/people';
import { undoable } from '../ops/records';
import { transliterationVariants } from '../ops/transliterate';
import type { HandlersOf } from '../../shared/contract/define';
import type { peopleContract } from '../../shared/contract/people';
import type { Session } from '../session';

export function peopleHandlers(session: Session): HandlersOf<typeof peopleContract> {
  const ctx = () => session.ctx();
  return {
    transliterate: ({ text }) => ({ variants: transliterationVariants(text) }),
    listPeople: () => listPeople(ctx()),
    upsertPerson: (input) => undoable(ctx(), () => upsertPerson(ctx(), input)),
  };
}
