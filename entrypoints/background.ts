import { defineBackground } from 'wxt/utils/define-background';
import { pingHandler, registerRouter } from '@/lib/background/router';
import { ordersHandlers, setupOrders } from '@/lib/background/handlers/orders';
import { composerHandlers, setupComposer } from '@/lib/background/handlers/composer';
import { queueHandlers, setupQueue } from '@/lib/background/handlers/queue';
import { contactsHandlers, setupContacts } from '@/lib/background/handlers/contacts';
import { inboxHandlers } from '@/lib/background/handlers/inbox';

// Wiring only: every listener is registered synchronously at start-up (MV3
// workers are woken by events); the logic lives in lib/background.
export default defineBackground(() => {
  registerRouter({
    ping: pingHandler,
    ...ordersHandlers,
    ...composerHandlers,
    ...queueHandlers,
    ...contactsHandlers,
    ...inboxHandlers,
  });
  setupOrders();
  setupComposer();
  setupQueue();
  setupContacts();
});
