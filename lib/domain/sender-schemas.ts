/** Schemas of sender data (own module: the Messaging Permissions page script needs no valibot). */
import * as v from 'valibot';
import { ADDRESS_MAX_LENGTH } from './senders';

/** An address as a Messaging Permissions page showed it (page text: data, bounded). */
export const ReadPermissionSchema = v.object({
  email: v.pipe(v.string(), v.maxLength(ADDRESS_MAX_LENGTH + 20)),
  status: v.pipe(v.string(), v.maxLength(100)),
});
