import { defineBackground } from 'wxt/utils/define-background';
import { pingHandler, registerRouter } from '@/lib/background/router';

// Wiring only: every listener is registered synchronously at start-up (MV3
// workers are woken by events), the logic lives in lib/background.
export default defineBackground(() => {
  registerRouter({
    ping: pingHandler,
  });
});
