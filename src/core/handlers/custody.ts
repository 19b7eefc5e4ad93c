/** Handlers for the custody part of the contract: the log and verification of the case. */
import type { custodyContract } from '../../shared/contract/custody';
import type { HandlersOf } from '../../shared/contract/define';
import { listCustody } from '../custody/log';
import { verifyCase } from '../ops/verify';
import type { Session } from '../session';

export function custodyHandlers(session: Session): HandlersOf<typeof custodyContract> {
  return {
    custodyLog: ({ afterSeq, limit }) => listCustody(session.ctx().db, afterSeq, limit),
    verify: (_input, options) => verifyCase(session.ctx(), options),
  };
}
