/** Handlers for the case lifecycle part of the contract. */
import type { caseContract } from '../../shared/contract/case';
import { CustodyEntry } from '../../shared/contract/case';
import type { HandlersOf } from '../../shared/contract/define';
import { caseInfo } from '../ops/case-info';
import { getProfile, updateProfile } from '../ops/profile';
import { addSource, getSourceBytes, listSources } from '../ops/sources';
import { verifyCase } from '../ops/verify';
import type { Session } from '../session';

interface CustodyRowSql {
  seq: number;
  at: string;
  action: string;
  entity: string;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

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
    addSource: (input) => addSource(session.ctx(), input),
    listSources: () => listSources(session.ctx()),
    getSourceBytes: ({ id }) => getSourceBytes(session.ctx(), id),
    custodyLog: ({ afterSeq, limit }) => {
      const rows = session
        .ctx()
        .db.prepare('SELECT * FROM custody_log WHERE seq > ? ORDER BY seq LIMIT ?')
        .all(afterSeq, limit) as CustodyRowSql[];
      return rows.map((r) =>
        CustodyEntry.parse({
          seq: r.seq,
          at: r.at,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          details: JSON.parse(r.details),
          prevHash: r.prev_hash,
          hash: r.hash,
        }),
      );
    },
    verify: (_input, options) => verifyCase(session.ctx(), options),
  };
}
