import type { Handlers } from '../router';

/** Message handlers of the composer area (see lib/protocol.ts). */
export const composerHandlers: Partial<Handlers> = {};

/** Start-up wiring of the composer area: menus, alarms, listeners. Called once per worker start. */
export function setupComposer(): void {}
