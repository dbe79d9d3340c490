/**
 * The shape of a value sealed by the background's vault (AES-GCM): what storage
 * items hold in place of buyer data. Only the shape lives here, so storage items
 * can validate it without importing the background.
 */
import * as v from 'valibot';

export const SealedSchema = v.object({
  v: v.literal(1),
  iv: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/=]{16}$/)),
  ct: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/=]*$/)),
});
export type Sealed = v.InferOutput<typeof SealedSchema>;
