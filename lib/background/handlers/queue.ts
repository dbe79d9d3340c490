import type { Handlers } from '../router';

/** Message handlers of the queue area (see lib/protocol.ts). */
export const queueHandlers: Partial<Handlers> = {};

/** Start-up wiring of the queue area: menus, alarms, listeners. Called once per worker start. */
export function setupQueue(): void {}
