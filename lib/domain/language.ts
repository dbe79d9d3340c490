/**
 * Which language the buyer reads, and which body of a multi-language template
 * to use for them. Amazon requires messages in the buyer's preferred language,
 * so the composer starts from `buyerLanguageFor` and shows a visible note when
 * `pickBody` had to fall back.
 */
import { MARKETPLACES, type Marketplace } from './marketplaces';
import type { OrderFacts } from './order';
import type { Template } from './templates';

/**
 * Template body languages: primary language subtags (BCP 47, lower case).
 * Covers every marketplace language plus Chinese.
 */
export const LANGS = ['en', 'zh', 'de', 'ja', 'fr', 'es', 'it', 'nl', 'pl', 'sv', 'tr', 'ar', 'pt'] as const;
export type Lang = (typeof LANGS)[number];

/** The language a template falls back to when the buyer's is missing. */
export const FALLBACK_LANG: Lang = 'en';

export const isLang = (s: unknown): s is Lang => typeof s === 'string' && (LANGS as readonly string[]).includes(s);

const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

/** 'zh-CN' -> 'zh', 'de_DE' -> 'de', 'pt-BR' -> 'pt'; undefined for anything that is not a language tag. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const m = tag ? TAG.exec(tag.trim()) : null;
  return m?.[1]?.toLowerCase();
}

/** The template language for a BCP 47 tag, if Parley has one. */
export function toLang(tag: string | undefined): Lang | undefined {
  const primary = primaryLanguage(tag);
  return isLang(primary) ? primary : undefined;
}

export interface BuyerLanguage {
  /** Primary language subtag, lower case ('de', 'zh', 'ko'...): may be a language Parley has no templates in. */
  lang: string;
  /** 'buyer': the page stated the buyer's preference; 'marketplace': guessed from the marketplace. */
  source: 'buyer' | 'marketplace';
}

/**
 * Hosts that show the orders of several marketplaces: unified EU accounts run DE,
 * FR, IT, ES and NL on the .co.uk host (seller-central.md, corrections), so there
 * the host is no evidence of the order's marketplace.
 */
export const MULTI_MARKETPLACE_HOSTS: readonly string[] = ['sellercentral.amazon.co.uk'];

/**
 * The marketplace of an order: by marketplace id (the page's own links), else by
 * the Seller Central host where one host is one marketplace; unknown otherwise,
 * never a guess (a UK guess for a German order would send to the wrong site).
 */
export function marketplaceOf(
  order: Pick<OrderFacts, 'marketplaceId' | 'host'>,
  marketplaces: readonly Marketplace[] = MARKETPLACES,
): Marketplace | undefined {
  const host = order.host.toLowerCase();
  const byId = order.marketplaceId ? marketplaces.find((mp) => mp.id === order.marketplaceId) : undefined;
  return byId ?? (MULTI_MARKETPLACE_HOSTS.includes(host) ? undefined : marketplaces.find((mp) => mp.host === host));
}

/**
 * The language the buyer most likely reads: the preference the page showed
 * (order.buyerLanguage), else the marketplace's language, else undefined
 * (e.g. the unified Europe host with no marketplace id).
 */
export function buyerLanguageFor(
  order: Pick<OrderFacts, 'buyerLanguage' | 'marketplaceId' | 'host'>,
  marketplaces: readonly Marketplace[] = MARKETPLACES,
): BuyerLanguage | undefined {
  const stated = primaryLanguage(order.buyerLanguage);
  if (stated) return { lang: stated, source: 'buyer' };
  const fromMarketplace = primaryLanguage(marketplaceOf(order, marketplaces)?.language);
  return fromMarketplace ? { lang: fromMarketplace, source: 'marketplace' } : undefined;
}

export interface PickedBody {
  body: string;
  /** The language of `body`. */
  lang: Lang;
  /** True when the wanted language had no body: the UI must show a visible note. */
  fallback: boolean;
  /** The language that was asked for (primary subtag), if any. */
  wanted?: string;
}

const hasText = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/**
 * The body for a language: that language's body, else English (fallback: true),
 * else the first body in LANGS order (fallback: true). With no wanted language,
 * English is the plain choice (fallback: false). A template with no body at
 * all gives an empty English body with fallback: true (validation prevents it).
 */
export function pickBody(template: Pick<Template, 'bodies'>, lang: string | undefined): PickedBody {
  const wanted = primaryLanguage(lang);
  const bodies = template.bodies;
  const withWanted = (p: Omit<PickedBody, 'wanted'>): PickedBody => (wanted ? { ...p, wanted } : p);
  if (isLang(wanted) && hasText(bodies[wanted])) return withWanted({ body: bodies[wanted], lang: wanted, fallback: false });
  const noWish = wanted === undefined;
  if (hasText(bodies[FALLBACK_LANG])) return withWanted({ body: bodies[FALLBACK_LANG], lang: FALLBACK_LANG, fallback: !noWish });
  const first = LANGS.find((l) => hasText(bodies[l]));
  if (first) return withWanted({ body: bodies[first] ?? '', lang: first, fallback: true });
  return withWanted({ body: '', lang: FALLBACK_LANG, fallback: true });
}

/** Languages a template has a non-empty body in, in LANGS order. */
export function bodyLanguages(template: Pick<Template, 'bodies'>): Lang[] {
  return LANGS.filter((l) => hasText(template.bodies[l]));
}
