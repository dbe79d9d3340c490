import { err, ok } from '../../result';
import { t } from '../../i18n';
import { inboxWaiting, fillReply, replyTemplates } from '../inbox-replies';
import { loadScriptInto } from '../orders-menus';
import type { Handlers } from '../router';

/** The inbox's reply tools (entrypoints/reply-tools.ts), built to this path. */
export const REPLY_TOOLS_SCRIPT = '/reply-tools.js';

/** Message handlers of the inbox area (see lib/protocol/inbox.ts). Sender and payload are checked by the router. */
export const inboxHandlers: Partial<Handlers> = {
  async 'inbox/loadTools'(_input, ctx) {
    if (ctx.tabId === undefined) return err('bad-sender', t('errBadSender'));
    return ok(await loadScriptInto(ctx.tabId, REPLY_TOOLS_SCRIPT));
  },
  async 'inbox/templates'({ orderId }) {
    return ok(await replyTemplates(orderId));
  },
  'inbox/fill'(input) {
    return fillReply(input);
  },
  async 'inbox/waiting'({ tabId }) {
    return ok({ waiting: await inboxWaiting(tabId) });
  },
};
