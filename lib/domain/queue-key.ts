/**
 * Idempotency keys: the same message (order + reason + text, after the
 * normalisation below) gets the same key, so a second Send is refused instead
 * of reaching the buyer twice. Pure and synchronous (FNV-1a 64 over UTF-8):
 * no crypto strength is needed, only stable equality; the hash also keeps the
 * text itself out of the key.
 */
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** Unicode NFC, one kind of line break, no trailing spaces, runs of blanks as one, trimmed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** FNV-1a 64 of the UTF-8 bytes, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

export function idempotencyKey(orderId: string, reason: string, text: string): string {
  return `${orderId}|${reason}|${fnv1a64(normaliseText(text))}`;
}
