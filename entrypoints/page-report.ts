import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onTabMessage } from '@/lib/tab-messaging';
import { pageReport } from '@/lib/page/page-report';
import { ok } from '@/lib/result';

// Injected by the background into the active Seller Central tab's top frame when
// the seller asks for a page report (the popup's "Copy page report"): rare, so it
// stays out of the content scripts every page loads. Answers once per ask.
export default defineUnlistedScript(() => {
  const world = globalThis as { parleyPageReport?: boolean };
  if (world.parleyPageReport) return;
  world.parleyPageReport = true;
  onTabMessage('page/report', async () =>
    ok({
      report: pageReport(document, { version: browser.runtime.getManifest().version, url: location.href, at: new Date().toISOString() }),
    }),
  );
});
