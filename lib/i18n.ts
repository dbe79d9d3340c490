import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/** Every key of the English catalog; zh_CN must have the same (tests/unit/i18n.test.ts). */
export type MessageKey = keyof typeof en;

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

export const UI_LANGUAGES = ['en', 'zh_CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

let override: Catalog | undefined;
let overrideLanguage: UiLanguage | undefined;
/**
 * Texts without substitutions, once looked up: the composer's first render
 * asks for a few hundred, and each browser lookup goes through the polyfill.
 */
const plain = new Map<string, string>();

/**
 * Use this catalog instead of the browser's locale (the "UI language" setting).
 * Extension pages call loadUiLanguage(); tests call it with the JSON directly.
 */
export function setCatalog(catalog: Catalog | undefined, language?: UiLanguage): void {
  override = catalog;
  overrideLanguage = catalog ? language : undefined;
  plain.clear();
}

/** Chrome's messages.json format: $NAME$ -> placeholder content, then $1..$9 -> substitutions. */
export function formatEntry(entry: CatalogEntry, subs: readonly string[]): string {
  const text = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return ph ? ph.content : whole;
  });
  // One pass, so "$$" (a literal dollar) is never read as the start of "$1".
  return text.replace(/\$(\$|\d)/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
}

/** Translate a key. Never throws; a missing key shows itself so the gap is visible. */
export function t(key: MessageKey, subs?: string | readonly string[]): string {
  if (subs !== undefined) return lookUp(key, typeof subs === 'string' ? [subs] : subs);
  let text = plain.get(key);
  if (text === undefined) {
    text = lookUp(key, []);
    if (text !== key) plain.set(key, text); // a gap is looked up again: it may be filled later (tests)
  }
  return text;
}

function lookUp(key: MessageKey, list: readonly string[]): string {
  if (override) {
    const entry = override[key];
    if (entry) return formatEntry(entry, list);
  }
  try {
    const text = browser.i18n.getMessage(key, [...list]);
    if (text) return text;
  } catch {
    // i18n is missing in some test contexts; fall through to the key.
  }
  return key;
}

/** The language the UI currently speaks, for lang attributes and formatting. */
export function currentUiLanguage(): string {
  if (overrideLanguage) return overrideLanguage === 'zh_CN' ? 'zh-CN' : overrideLanguage;
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/**
 * Extension pages: apply the seller's UI language setting ('auto' keeps the
 * browser's). Loads the catalog from the packaged _locales folder.
 */
export async function loadUiLanguage(setting: 'auto' | UiLanguage): Promise<void> {
  if (setting === 'auto') {
    setCatalog(undefined);
    return;
  }
  try {
    const res = await fetch(browser.runtime.getURL(`/_locales/${setting}/messages.json`));
    setCatalog((await res.json()) as Catalog, setting);
  } catch {
    setCatalog(undefined);
  }
}
