import type { Job, JobPersonal, JobState } from '@/lib/domain/queue';

export const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

/** A job in any state, shaped as the runner would have left it there. */
export function jobIn(state: JobState, patch: Partial<Job> = {}): Job<JobPersonal> {
  const busy = state === 'filling' || state === 'awaiting-seller' || state === 'submitting';
  return {
    id: `job-${state}`,
    orderId: '112-1234567-1234567',
    marketplaceId: 'ATVPDKIKX0DER',
    host: 'sellercentral.amazon.com',
    reason: 'confirmOrderDetails',
    transport: 'form',
    idempotencyKey: `112-1234567-1234567|confirmOrderDetails|${state}`,
    state,
    attempts: busy || state === 'failed' || state === 'needs-check' ? 1 : 0,
    createdAt: T0,
    updatedAt: T0,
    autoSubmit: true,
    history: [],
    personal: { text: 'Hello, order 112-1234567-1234567 ships tomorrow.' },
    ...(state === 'held' ? { heldFor: 'dailyCap' as const } : {}),
    ...(state === 'filling' || state === 'submitting' ? { deadlineAt: T0 + 45_000, startedAt: T0 } : {}),
    ...(state === 'sent' ? { sentAt: T0 } : {}),
    ...patch,
  };
}
