/** Evidence summaries: contract part (see shared/api.ts). */
export const reportContract = {};
