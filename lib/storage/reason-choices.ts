/**
 * The seller's reason choices at rest (item `local:reasonChoices`, version 1):
 * page labels and values of Seller Central's reason options, no buyer data.
 * Read validated: a damaged item is an empty one (Parley then asks again).
 */
import * as v from 'valibot';
import { REASON_CHOICE_LIMITS } from '../domain/reason-choices';

const text = v.pipe(v.string(), v.maxLength(REASON_CHOICE_LIMITS.text));
const OptionSchema = v.strictObject({ label: v.pipe(text, v.minLength(1)), value: text });
const ReasonsSchema = v.record(v.pipe(v.string(), v.regex(/^[A-Za-z]{1,40}$/)), OptionSchema);

export const ReasonChoicesSchema = v.record(v.pipe(v.string(), v.regex(/^[A-Z0-9]{8,20}$/)), ReasonsSchema);
