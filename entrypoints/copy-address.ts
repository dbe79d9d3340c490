import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installCopyAddress } from '@/lib/page/features/copy-address';

// Injected by the background into a Seller Central tab's top frame when the
// seller picks "Copy buyer's encrypted email address" (lib/background/orders-menus.ts):
// rarely used, so kept out of the content script every page loads.
export default defineUnlistedScript(() => installCopyAddress());
