// Layer rules: who may import whom. lib/protocol and lib/domain sit at the bottom;
// lib/storage above them; the background above everything but the UI; pages and UI
// never reach into the background. tests/unit/layers.test.ts plants wrong imports
// and expects these rules to fail them.
const group = (...names) => names.flatMap((n) => [`**/${n}`, `**/${n}/**`]);
const BROWSER_MODULES = ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*', 'zustand', 'zustand/*'];
const banned = (layer, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: `${layer} may not import this (see eslint.layers.js).` }] }],
});
const BROWSER_GLOBALS = ['chrome', 'browser', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest'].map(
  (name) => ({
    name,
    message: 'lib/domain is pure: no browser API (decide from data; the caller does the I/O).',
  }),
);

export const layers = [
  {
    files: ['lib/domain/**/*.ts'],
    rules: {
      ...banned('lib/domain (pure, imports only lib/domain and valibot)', [
        ...BROWSER_MODULES,
        ...group(
          'background',
          'page',
          'storage',
          'ui',
          'protocol',
          'components',
          'entrypoints',
          'i18n',
          'messaging',
          'tab-messaging',
          'result',
        ),
      ]),
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    files: ['lib/protocol/**/*.ts'],
    rules: banned('lib/protocol (the contract: imports only lib/domain and valibot)', [
      ...BROWSER_MODULES,
      ...group('background', 'page', 'storage', 'ui', 'components', 'entrypoints', 'i18n', 'messaging', 'tab-messaging', 'result'),
    ]),
  },
  { files: ['lib/storage/**/*.ts'], rules: banned('lib/storage', group('background', 'page', 'ui', 'components', 'entrypoints')) },
  { files: ['lib/page/**/*.ts'], rules: banned('lib/page', group('background', 'ui', 'components', 'entrypoints')) },
  {
    files: ['lib/ui/**/*.ts', 'lib/ui/**/*.tsx', 'components/**/*.tsx', 'components/**/*.ts'],
    rules: banned('lib/ui and components', group('background', 'page', 'entrypoints')),
  },
];
