/** The one shape every cross-context answer takes: a value or a plain-words error. */
export interface ParleyError {
  /** Stable machine code, e.g. 'bad-sender', 'invalid-input', 'not-found'. */
  code: string;
  /** What went wrong, in words a seller can act on (already localised). */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ParleyError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: string, message: string): { ok: false; error: ParleyError } => ({
  ok: false,
  error: { code, message },
});

export function isResult(x: unknown): x is Result<unknown> {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  const r = x as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'value' in x;
  return r.ok === false && typeof r.error?.code === 'string' && typeof r.error.message === 'string';
}
