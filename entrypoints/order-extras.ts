import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startFeatures } from '@/lib/page/feature-registry';
import { bulkSelect } from '@/lib/page/features/bulk-select';
import { contactedMark } from '@/lib/page/features/contacted-mark';

// The order pages' extras, injected by the background when the order pages'
// content script asks (lib/page/features/order-extras.ts). A context of their
// own: injecting again (or a reloaded extension) invalidates the older one,
// whose features then remove what they added.
export default defineUnlistedScript(() => {
  startFeatures(new ContentScriptContext('parley-order-extras'), [bulkSelect, contactedMark]);
});
