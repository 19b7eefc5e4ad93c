/** Import: contract part (see shared/api.ts). */
export const ingestContract = {};
