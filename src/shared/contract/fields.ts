/** Field types the contract parts share, so a limit means the same thing in every part. */
import { z } from 'zod';

export const Id = z.string().min(1).max(100);
export const Str = (max = 2000) => z.string().max(max);
export const NStr = (max = 2000) => z.string().max(max).nullable();
/** The input of an operation that takes none (`{}` or nothing at all). */
export const Empty = z.object({}).default({});
export const Passphrase = z.string().min(1, 'a passphrase is required').max(1024);
