import type { Handlers } from '../router';

/** Message handlers of the contacts area (see lib/protocol.ts). */
export const contactsHandlers: Partial<Handlers> = {};

/** Start-up wiring of the contacts area: menus, alarms, listeners. Called once per worker start. */
export function setupContacts(): void {}
