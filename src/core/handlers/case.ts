/** Handlers for the case part of the contract: lifecycle, copies (backup, hand-over, restore), secure delete, the subject profile. */
import { resolve } from 'node:path';
import type { caseContract } from '../../shared/contract/case';
import type { HandlersOf } from '../../shared/contract/define';
import { caseInfo } from '../ops/case-info';
import { recordCaseOpen } from '../ops/case-open';
import { renameCase } from '../ops/case-title';
import { getProfile, updateProfile } from '../ops/profile';
import { addProfileAliases } from '../ops/profile-aliases';
import { copyCase, restoreCase } from '../ops/backup';
import { destroyCase } from '../ops/destroy';
import { CasefileError } from '../../shared/errors';
import type { Session } from '../session';

export function caseHandlers(session: Session): HandlersOf<typeof caseContract> {
  return {
    createCase: ({ path, passphrase, title }) => caseInfo(session.create(path, passphrase, title)),
    openCase: ({ path, passphrase }) => {
      const ctx = session.open(path, passphrase);
      const recovered = recordCaseOpen(ctx);
      return { ...caseInfo(ctx), ...(recovered.length ? { recovered } : {}) };
    },
    closeCase: () => ({ closed: session.close() }),
    changePassphrase: ({ oldPassphrase, newPassphrase }, options) => {
      const ctx = session.ctx();
      // The custody entry is written into the re-encrypted copy before it replaces the file.
      ctx.store.changePassphrase(oldPassphrase, newPassphrase, undefined, options?.onProgress);
      return { changed: true as const };
    },
    renameCase: ({ title }) => caseInfo(renameCase(session.ctx(), title)),
    caseInfo: () => caseInfo(session.ctx()),
    getProfile: () => getProfile(session.ctx()),
    updateProfile: (patch) => updateProfile(session.ctx(), patch),
    addProfileAliases: ({ aliases, withTransliterations }) => addProfileAliases(session.ctx(), aliases, withTransliterations),
    backupCase: ({ destPath, passphrase }, options) => copyCase(session.ctx(), { dest: destPath, passphrase }, options),
    handOverCase: ({ destPath, passphrase, newPassphrase, recipient }, options) =>
      copyCase(session.ctx(), { dest: destPath, passphrase, newPassphrase, recipient }, options),
    restoreCase: ({ backupPath, destPath, passphrase, overwrite }, options) => {
      if (session.isOpen && resolve(session.ctx().store.path) === resolve(destPath))
        throw new CasefileError('IN_USE', 'That case is open here. Lock it first, then restore over it.');
      return restoreCase({ backup: backupPath, dest: destPath, passphrase, overwrite }, options);
    },
    destroyCase: ({ path, passphrase }, { onProgress }) => destroyCase(session, { path, passphrase }, onProgress),
  };
}
