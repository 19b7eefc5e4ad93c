/** Handlers for the custody part of the contract: the log and verification of the case. */
import type { custodyContract } from '../../shared/contract/custody';
import { CustodyEntry } from '../../shared/contract/custody';
import type { HandlersOf } from '../../shared/contract/define';
import { verifyCase } from '../ops/verify';
import type { Session } from '../session';
import type { CustodyRow } from '../custody/chain';

export function custodyHandlers(session: Session): HandlersOf<typeof custodyContract> {
  return {
    custodyLog: ({ afterSeq, limit }) => {
      const rows = session
        .ctx()
        .db.prepare('SELECT * FROM custody_log WHERE seq > ? ORDER BY seq LIMIT ?')
        .all(afterSeq, limit) as CustodyRow[];
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
