import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startFeatures } from '@/lib/page/feature-registry';
import { inboxWait } from '@/lib/page/features/inbox-wait';
import { replyBoxTools } from '@/lib/page/features/reply-box-tools';

// The inbox's reply tools, injected by the background when the Seller Central
// pages' content script asks (lib/page/features/reply-tools-loader.ts). A
// context of their own: injecting again (or a reloaded extension) invalidates
// the older one, whose features then remove what they added.
export default defineUnlistedScript(() => {
  startFeatures(new ContentScriptContext('parley-reply-tools'), [replyBoxTools, inboxWait]);
});
