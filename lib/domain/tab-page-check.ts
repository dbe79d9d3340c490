/**
 * A tab's last self-check as the background keeps it. Its own module: spreading
 * PageCheckSchema's entries is not tree-shaken, and content scripts import page-check.
 */
import * as v from 'valibot';
import { PageCheckSchema } from './page-check';

/** A tab's last self-check as the background keeps it. */
export const TabPageCheckSchema = v.object({
  ...PageCheckSchema.entries,
  /** Path of the page (no query: search terms may be buyer data). */
  path: v.pipe(v.string(), v.maxLength(300)),
  at: v.number(),
});
export type TabPageCheck = v.InferOutput<typeof TabPageCheckSchema>;
