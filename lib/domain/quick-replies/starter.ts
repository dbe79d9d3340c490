/**
 * Building blocks of Parley's starter quick replies: every starter is a short
 * letter in English, Simplified Chinese, German and Japanese with the same
 * greeting and sign-off per language, so the set stays consistent and each
 * file only holds what a message says.
 *
 * House rules for starters (Amazon's messaging rules, seller-central.md): a
 * concrete purpose, {{order_id}} in every language, no thanks-only text, no
 * review or feedback asks, no links, e-mail addresses or phone numbers, no
 * emoji, no "contact us if there is a problem", no urgent wording outside
 * critical reasons. tests/unit/quick-replies.test.ts checks them.
 */
import type { ReasonId } from '../reasons';
import type { Template, TemplateKind } from '../templates';

/** The languages every starter is written in. */
export const STARTER_LANGS = ['en', 'zh', 'de', 'ja'] as const;
export type StarterLang = (typeof STARTER_LANGS)[number];

/** A starter: a built-in template with names in en + zh and a body in every starter language. */
export type StarterTemplate = Template & {
  names: { en: string; zh: string };
  bodies: Record<StarterLang, string>;
};

/** updatedAt of the starter set (bump when the texts change). */
export const STARTER_UPDATED_AT = Date.UTC(2026, 0, 1);

const FRAMES: Record<StarterLang, (body: string) => string> = {
  en: (b) => `Hello {{buyer_first_name}},\n\n${b}\n\nKind regards,\n{{seller_name}}`,
  // German letters continue in lower case after the greeting's comma.
  de: (b) => `Guten Tag {{buyer_name}},\n\n${b}\n\nMit freundlichen Grüßen\n{{seller_name}}`,
  zh: (b) => `{{buyer_name}}，您好：\n\n${b}\n\n{{seller_name}} 敬上`,
  ja: (b) => `{{buyer_name}} 様\n\n{{seller_name}}でございます。\n${b}\n\n何卒よろしくお願い申し上げます。\n\n{{seller_name}}`,
};

/** Paragraphs of a message per language (the greeting and sign-off are added). */
export type StarterText = Record<StarterLang, readonly string[]>;

/** A built-in template `starter.<slug>`. */
export function starter(
  slug: string,
  names: { en: string; zh: string },
  reasons: readonly ReasonId[],
  text: StarterText,
  kind: TemplateKind = 'start',
): StarterTemplate {
  const bodies = {
    en: FRAMES.en(text.en.join('\n\n')),
    zh: FRAMES.zh(text.zh.join('\n\n')),
    de: FRAMES.de(text.de.join('\n\n')),
    ja: FRAMES.ja(text.ja.join('\n\n')),
  };
  return {
    id: `starter.${slug}`,
    name: names.en,
    names,
    reasons: [...reasons],
    bodies,
    kind,
    builtIn: true,
    updatedAt: STARTER_UPDATED_AT,
  };
}
