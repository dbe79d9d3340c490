import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setCatalog, type Catalog } from '@/lib/i18n';
import en from '../public/_locales/en/messages.json';

// Tests read real English strings (the fake browser has no i18n), and start
// from empty fake storage every time.
setCatalog(en as Catalog, 'en');
beforeEach(async () => {
  fakeBrowser.reset();
  // The worker keeps the template list until the item changes; reset() drops the change listener with the storage.
  (await import('@/lib/background/composer-templates')).clearTemplatesCache();
});
