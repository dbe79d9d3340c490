import * as v from 'valibot';

/**
 * Seller preferences. Every field has a default so a partial or older object
 * still parses (v.fallback per field keeps the good parts of a damaged value).
 */
export const SettingsSchema = v.object({
  uiLanguage: v.fallback(v.picklist(['auto', 'en', 'zh_CN']), 'auto'),
  /** How Send delivers: fill Seller Central's Contact Buyer form, or hand off to email. */
  sendMethod: v.fallback(v.picklist(['form', 'email']), 'form'),
  /** Opt-in: Parley presses Amazon's Send after the seller pressed Send in Parley. */
  autoSubmit: v.fallback(v.boolean(), false),
  /** Days buyer data is kept; Amazon's policy allows at most 30 after delivery. */
  retentionDays: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)), 30),
  /** Average daily orders, for Amazon's cap of 5 x orders + 600 proactive messages a day. */
  averageDailyOrders: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /** Explicit daily cap; null uses Amazon's formula. */
  dailyCap: v.fallback(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))), null),
  paused: v.fallback(v.boolean(), false),
  emailClient: v.fallback(v.picklist(['mailto', 'gmail', 'outlook']), 'mailto'),
  sellerName: v.fallback(v.pipe(v.string(), v.maxLength(200)), ''),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});
