import { repliesToBuyers, startsMessages } from '@/lib/domain/templates';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { STARTER_LANGS, STARTER_TEMPLATES, starterById } from '@/lib/domain/quick-replies';
import { REASONS, reasonById } from '@/lib/domain/reasons';
import { TemplateSchema } from '@/lib/domain/templates';
import { render } from '@/lib/domain/template-render';
import { parseBody } from '@/lib/domain/variables';
import { pickBody } from '@/lib/domain/language';
import { makeOrder } from './composer-domain-fixtures';

/** Patterns Amazon's rules forbid in messages (seller-central.md), in the four starter languages. */
const FORBIDDEN: [string, RegExp][] = [
  ['links', /https?:|www\.|\.(com|de|net|org)\b/i],
  ['e-mail addresses', /[\w.+-]+@[\w-]+\.[\w.]+/],
  ['phone numbers', /\+?\d[\d\s()/-]{6,}\d/],
  ['emoji', /\p{Extended_Pictographic}/u],
  ['HTML', /<\/?[a-z][^>]*>/i],
  ['review or feedback asks', /review|feedback|rating|stars?\b|bewert|rezension|评价|评论|好评|レビュー|評価/i],
  ['thanks', /thank|danke|谢谢|感谢|ありがとう/i],
  ['"contact us" lines', /contact us|kontaktieren sie uns|联系我们|お問い合わせ/i],
  ['marketing', /coupon|discount|promo|gutschein|rabatt|优惠|折扣|クーポン|割引/i],
];
const URGENT = /important|urgent|wichtig|dringend|重要|紧急|至急/i;

/** Long but realistic values, to check the rendered length against each reason's limit. */
const BIG_ORDER = makeOrder({
  buyerName: 'Maximilian Alexander von Hohenberg-Schwarzenfeld',
  items: [
    { title: `Personalised engraved stainless steel water bottle ${'with extra long title '.repeat(7)}`.slice(0, 200), quantity: 12 },
    { title: 'Second item with a reasonably long product title for the list of titles', quantity: 1 },
  ],
});
const SETTINGS = { sellerName: 'Hohenberg Haushaltswaren und Geschenke GmbH & Co. KG' };

const each = STARTER_TEMPLATES.map((t) => [t.id, t] as const);
const eachBody = STARTER_TEMPLATES.flatMap((t) => STARTER_LANGS.map((lang) => [t.id, lang, t.bodies[lang]] as const));

describe('starter set', () => {
  it('has at least 12 templates with unique starter ids', () => {
    expect(STARTER_TEMPLATES.length).toBeGreaterThanOrEqual(12);
    const ids = STARTER_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(starterById(id)?.id).toBe(id);
    expect(starterById('starter.nope')).toBeUndefined();
  });

  it('covers every reason a seller can compose', () => {
    const covered = new Set(STARTER_TEMPLATES.flatMap((t) => t.reasons));
    for (const r of REASONS.filter((x) => x.composable)) expect(covered.has(r.id), r.id).toBe(true);
  });

  it.each(each)('%s is a valid built-in template with en + zh names', (_id, t) => {
    expect(v.safeParse(TemplateSchema, t).success).toBe(true);
    expect(t.builtIn).toBe(true);
    expect(t.id).toMatch(/^starter\.[a-z-]+$/);
    expect(t.names.en.trim()).not.toBe('');
    expect(t.names.zh).toMatch(/\p{Script=Han}/u);
    expect(t.name).toBe(t.names.en);
  });

  it.each(each)('%s is tagged with existing, composable reasons (a reply with none: it answers the buyer)', (_id, t) => {
    if (t.kind === 'reply') return expect(t.reasons).toEqual([]);
    expect(t.kind).toBe('start');
    expect(t.reasons.length).toBeGreaterThan(0);
    for (const id of t.reasons) expect(reasonById(id)?.composable).toBe(true);
  });

  it('has reply templates for the questions buyers ask most, offered in the inbox only', () => {
    const replies = STARTER_TEMPLATES.filter(repliesToBuyers).map((t) => t.id.replace('starter.reply-', ''));
    expect(replies).toEqual(['where-is-my-order', 'return', 'wrong-item', 'damaged', 'invoice-request', 'product-question']);
    expect(STARTER_TEMPLATES.filter(startsMessages)).toHaveLength(STARTER_TEMPLATES.length - 6);
  });

  it.each(eachBody)('%s [%s]: only known variables, none malformed, the order id included', (_id, _lang, body) => {
    const parsed = parseBody(body);
    expect(parsed.unknown).toEqual([]);
    expect(parsed.malformed).toEqual([]);
    expect(parsed.variables.map((x) => x.name)).toContain('order_id');
  });

  it.each(eachBody)('%s [%s]: nothing Amazon forbids', (_id, _lang, body) => {
    for (const [what, pattern] of FORBIDDEN) expect(pattern.test(body), `${what}: ${body}`).toBe(false);
  });

  it.each(eachBody)('%s [%s]: written in its language', (_id, lang, body) => {
    const script = {
      en: /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u,
      de: /[äöüßÄÖÜ]|\b(Sie|Ihre|wir)\b/,
      zh: /\p{Script=Han}/u,
      ja: /\p{Script=Hiragana}/u,
    }[lang];
    expect(body.replace(/\{\{[^}]*\}\}/g, '')).toMatch(script);
    if (lang === 'zh') expect(body).not.toMatch(/\p{Script=Hiragana}|\p{Script=Katakana}/u);
    if (lang === 'ja') expect(body).toMatch(/ございます|いたします|いただけますでしょうか|申し上げます/);
  });

  it.each(each)('%s renders within the strictest limit of its reasons, in every language', (_id, t) => {
    const limit = Math.min(...t.reasons.map((id) => reasonById(id)!.text.max));
    for (const lang of STARTER_LANGS) {
      const r = render(t.bodies[lang], BIG_ORDER, { ...SETTINGS, lang });
      expect(r.complete, `${lang}: ${JSON.stringify(r.unfilled)}`).toBe(true);
      expect(r.text.length, lang).toBeLessThanOrEqual(limit);
    }
  });

  it.each(each)('%s uses urgent wording only under a critical reason', (_id, t) => {
    const critical = t.reasons.some((id) => reasonById(id)!.critical);
    for (const lang of STARTER_LANGS) {
      if (!critical) expect(URGENT.test(t.bodies[lang])).toBe(false);
    }
  });

  it('gives every starter a body in the buyer language without fallback', () => {
    for (const t of STARTER_TEMPLATES) {
      for (const lang of ['en', 'zh-CN', 'de-DE', 'ja']) expect(pickBody(t, lang).fallback).toBe(false);
      expect(pickBody(t, 'fr')).toMatchObject({ lang: 'en', fallback: true });
    }
  });
});
