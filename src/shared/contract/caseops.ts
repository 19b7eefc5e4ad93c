/** Case operations: contract part (see shared/api.ts). */
export const caseOpsContract = {};
