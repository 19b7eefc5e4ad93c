/** Handlers for the case part of the contract: lifecycle and the subject profile. */
import type { caseContract } from '../../shared/contract/case';
import type { HandlersOf } from '../../shared/contract/define';
import { caseInfo } from '../ops/case-info';
import { getProfile, updateProfile } from '../ops/profile';
import { addProfileAliases } from '../ops/profile-aliases';
import type { Session } from '../session';

export function caseHandlers(session: Session): HandlersOf<typeof caseContract> {
  return {
    createCase: ({ path, passphrase, title }) => caseInfo(session.create(path, passphrase, title)),
    openCase: ({ path, passphrase }) => {
      const ctx = session.open(path, passphrase);
      ctx.write(() => ({ result: null, custody: { action: 'case.open', entity: 'case', entityId: ctx.store.meta().caseId } }));
      return caseInfo(ctx);
    },
    closeCase: () => ({ closed: session.close() }),
    changePassphrase: ({ oldPassphrase, newPassphrase }) => {
      const ctx = session.ctx();
      ctx.store.changePassphrase(oldPassphrase, newPassphrase);
      ctx.write(() => ({ result: null, custody: { action: 'case.passphrase-change', entity: 'case', entityId: ctx.store.meta().caseId } }));
      return { changed: true as const };
    },
    caseInfo: () => caseInfo(session.ctx()),
    getProfile: () => getProfile(session.ctx()),
    updateProfile: (patch) => updateProfile(session.ctx(), patch),
    addProfileAliases: ({ aliases, withTransliterations }) => addProfileAliases(session.ctx(), aliases, withTransliterations),
  };
}
