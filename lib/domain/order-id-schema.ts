/**
 * The one order-id schema: messages (lib/protocol) and stored items use it. Its own
 * module so content scripts that only need isOrderId (lib/domain/order) bundle no valibot.
 */
import * as v from 'valibot';
import { ORDER_ID_PATTERN } from './order';

export const OrderIdSchema = v.pipe(v.string(), v.regex(ORDER_ID_PATTERN));
