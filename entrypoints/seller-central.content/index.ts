import { defineContentScript } from 'wxt/utils/define-content-script';
import { ORDER_PAGE_MATCHES } from '@/lib/domain/seller-central-hosts';
import { startFeatures } from '@/lib/page/feature-registry';
import { ORDER_PAGE_FEATURES } from '@/lib/page/features';

// The order pages (Manage Orders list and Order Details, one single-page app
// under /orders-v3): what runs where is decided by the feature registry.
export default defineContentScript({
  matches: [...ORDER_PAGE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startFeatures(ctx, ORDER_PAGE_FEATURES);
  },
});
