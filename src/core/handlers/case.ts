/** Handlers for the case part of the contract: lifecycle, copies (backup, hand-over, restore), secure delete, the subject profile. */
import { basename, resolve } from 'node:path';
import type { caseContract } from '../../shared/contract/case';
import type { HandlersOf } from '../../shared/contract/define';
import { caseInfo } from '../ops/case-info';
import { renameCase } from '../ops/case-title';
import { getProfile, updateProfile } from '../ops/profile';
import { addProfileAliases } from '../ops/profile-aliases';
import { copyCase, restoreCase } from '../ops/backup';
import { destroyCaseFiles } from '../ops/destroy';
import { type Recovered, recoverPendingOutputs } from '../outputs';
import { CaseStore } from '../store/case-store';
import { CasefileError } from '../../shared/errors';
import type { CaseContext, WritableDB } from '../context';
import type { Session } from '../session';

/** Leftovers of an interrupted re-key or restore (removed by the store at open) and of partial outputs. */
function recoverAfterCrash(ctx: CaseContext): { recovered: Recovered[]; clear: (db: WritableDB) => void } {
  const stale = ctx.store.staleRemoved
    .filter((f) => f.endsWith('.part'))
    .map((file): Recovered => ({ kind: /\.restore-[0-9a-f]+\.part$/.test(file) ? 'restore' : 'rekey', file, action: 'removed' }));
  const outputs = recoverPendingOutputs(ctx);
  return { recovered: [...stale, ...outputs.recovered], clear: outputs.clear };
}

export function caseHandlers(session: Session): HandlersOf<typeof caseContract> {
  return {
    createCase: ({ path, passphrase, title }) => caseInfo(session.create(path, passphrase, title)),
    openCase: ({ path, passphrase }) => {
      const ctx = session.open(path, passphrase);
      const { recovered, clear } = recoverAfterCrash(ctx);
      const details = recovered.length ? { recovered: recovered.map((r) => ({ ...r, file: basename(r.file) })) } : undefined;
      // The records of the outputs just dealt with are dropped in the open's own custody-logged write.
      ctx.write((db) => {
        clear(db);
        return { result: null, custody: { action: 'case.open', entity: 'case', entityId: ctx.store.meta().caseId, details } };
      });
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
    backupCase: ({ destPath, passphrase }) => copyCase(session.ctx(), { dest: destPath, passphrase }),
    handOverCase: ({ destPath, passphrase, newPassphrase, recipient }) =>
      copyCase(session.ctx(), { dest: destPath, passphrase, newPassphrase, recipient }),
    restoreCase: ({ backupPath, destPath, passphrase, overwrite }) => {
      if (session.isOpen && resolve(session.ctx().store.path) === resolve(destPath))
        throw new CasefileError('IN_USE', 'That case is open here. Lock it first, then restore over it.');
      return restoreCase({ backup: backupPath, dest: destPath, passphrase, overwrite });
    },
    destroyCase: ({ path, passphrase }) => {
      const abs = resolve(path);
      if (session.isOpen && session.ctx().store.path === abs) session.close();
      // Opening proves it is a case file and that the user holds its passphrase; closing checkpoints it.
      CaseStore.open(abs, passphrase).close();
      return destroyCaseFiles(abs);
    },
  };
}
