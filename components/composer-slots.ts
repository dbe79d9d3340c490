/**
 * Places in the composer that later features fill (issue 6: approved senders
 * for email, the order's past messages). A feature assigns its component at
 * start-up; an empty slot renders nothing.
 */
import type { ComponentType } from 'preact';
import type { OrderFacts } from '@/lib/domain/order';

export interface SenderSlotProps {
  order: OrderFacts;
  /** The picker says whether an approved sender is chosen (Send waits for it). */
  onReadyChange(ready: boolean): void;
}

export const composerSlots: {
  /** Shown above Send when the send method is email. */
  senderPicker?: ComponentType<SenderSlotProps>;
  /** Shown under the order header: the messages already exchanged with this buyer. */
  orderHistory?: ComponentType<{ order: OrderFacts }>;
} = {};
