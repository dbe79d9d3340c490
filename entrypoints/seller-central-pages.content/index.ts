import { defineContentScript } from 'wxt/utils/define-content-script';
import { ORDER_PAGE_MATCHES, SELLER_CENTRAL_MATCHES } from '@/lib/domain/seller-central-hosts';
import { startFeatures } from '@/lib/page/feature-registry';
import { OTHER_PAGE_FEATURES } from '@/lib/page/features';

// Every other Seller Central page (Contact Buyer, Messaging Permissions, ...).
// Kept apart from the order pages' script so that one stays small.
export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  excludeMatches: [...ORDER_PAGE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startFeatures(ctx, OTHER_PAGE_FEATURES);
  },
});
