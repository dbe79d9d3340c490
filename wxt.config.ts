import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SELLER_CENTRAL_MATCHES } from './lib/domain/marketplaces';

// PARLEY_OUT_DIR lets parallel builds (tests, bench, demo) use their own folder.
const outDir = process.env.PARLEY_OUT_DIR ?? '.output';
// The benchmark's baseline page (entrypoints/bench-baseline) is built only for `npm run bench`.
const withBench = process.env.PARLEY_BENCH === '1';

export default defineConfig({
  outDir,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'entrypoints:found': (_wxt, infos) => {
      if (withBench) return;
      const at = infos.findIndex((e) => e.name === 'bench-baseline');
      if (at >= 0) infos.splice(at, 1);
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false, minify: process.env.PARLEY_NO_MINIFY !== '1' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the copy-address code is injected on demand (orders area), not carried by every page.
    permissions: ['storage', 'contextMenus', 'alarms', 'notifications', 'clipboardWrite', 'scripting'],
    host_permissions: [...SELLER_CENTRAL_MATCHES],
    action: { default_title: '__MSG_extActionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parley@parley.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
