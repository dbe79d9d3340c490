import { defineContentScript } from 'wxt/utils/define-content-script';
import { SELLER_CENTRAL_MATCHES } from '@/lib/domain/marketplaces';
import { startFeatures } from '@/lib/page/features';
import { FEATURES } from '@/lib/page/features/index';

// One content script for every Seller Central page; what runs where is decided
// by the feature registry (lib/page/features/index.ts).
export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startFeatures(ctx, FEATURES);
  },
});
