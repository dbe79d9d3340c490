import type { Handlers } from '../router';

/** Message handlers of the orders area (see lib/protocol.ts). */
export const ordersHandlers: Partial<Handlers> = {};

/** Start-up wiring of the orders area: menus, alarms, listeners. Called once per worker start. */
export function setupOrders(): void {}
