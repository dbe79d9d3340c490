/**
 * Rule `language`: Amazon asks for messages in the buyer's language. A light
 * detector: the share of each script (CJK characters weigh 3 Latin letters),
 * kana to tell Japanese from Chinese, and stop-word counts among the Latin
 * languages of Amazon's marketplaces. It warns only when the buyer's language
 * is clearly absent: short texts and bilingual messages pass.
 */
import { finding } from './text';
import type { Finding, RuleInput } from './types';

const STOP_WORDS: Record<string, string> = {
  en: 'the and you your we our is are will with for this that have please thank thanks order would be of to it not if can has been was which from',
  de: 'der die das und ist nicht sie ihre ihr ihnen wir mit für auf ein eine einen dem den des bitte vielen dank wurde wird haben bestellung uns zu von auch noch bei oder',
  fr: 'le la les et est vous votre vos nous avec pour une des du dans pas merci commande sur ce cette être avons sont qui que au aux',
  es: 'el la los las y es usted su sus nosotros con para una del en por gracias pedido que no está hemos le muy',
  it: 'il lo la gli le e è lei suo sua noi con per una del della grazie ordine che non sono abbiamo di ci',
  nl: 'de het een en is u uw wij we met voor niet van bedankt bestelling dat zijn op te naar',
  pt: 'o os as e é você seu sua nós com para uma do da não obrigado pedido que em no na',
  sv: 'och är du din ditt vi med för inte en ett det att tack beställning på av som har',
  pl: 'i w z na jest się nie że do dla pan pani dziękujemy zamówienie jak od oraz',
  tr: 've bir bu için ile siparişiniz sipariş teşekkür değil çok olarak size',
};
const STOP_SETS = Object.fromEntries(Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]));

type Script = 'latin' | 'cjk' | 'hangul' | 'cyrillic' | 'arabic' | 'greek' | 'hebrew' | 'thai';
const SCRIPT_OF_LANGUAGE: Record<string, Script> = {
  ja: 'cjk',
  zh: 'cjk',
  ko: 'hangul',
  ru: 'cyrillic',
  uk: 'cyrillic',
  bg: 'cyrillic',
  ar: 'arabic',
  fa: 'arabic',
  el: 'greek',
  he: 'hebrew',
  th: 'thai',
};
const LANGUAGE_OF_SCRIPT: Record<Script, string> = {
  latin: 'und',
  cjk: 'zh',
  hangul: 'ko',
  cyrillic: 'ru',
  arabic: 'ar',
  greek: 'el',
  hebrew: 'he',
  thai: 'th',
};

interface Counts {
  weights: Record<Script, number>;
  han: number;
  kana: number;
}

function countScripts(text: string): Counts {
  const weights: Record<Script, number> = { latin: 0, cjk: 0, hangul: 0, cyrillic: 0, arabic: 0, greek: 0, hebrew: 0, thai: 0 };
  let han = 0;
  let kana = 0;
  // By code point, without a string per character (this runs on every keystroke).
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) weights.latin++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c >= 0x20000) han++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) weights.hangul += 3;
    else if (c >= 0x400 && c <= 0x4ff) weights.cyrillic++;
    else if (c >= 0x600 && c <= 0x6ff) weights.arabic++;
    else if (c >= 0x370 && c <= 0x3ff) weights.greek++;
    else if (c >= 0x590 && c <= 0x5ff) weights.hebrew++;
    else if (c >= 0xe00 && c <= 0xe7f) weights.thai += 2;
  }
  weights.cjk = (han + kana) * 3;
  return { weights, han, kana };
}

const STOP_ENTRIES = Object.entries(STOP_SETS);
const SKIPPED_TOKEN = /[/@\d]/;
const TOKEN_EDGES = /^[^\p{L}]+|[^\p{L}]+$/gu;

/** Stop-word hits per language among the Latin words (URLs, emails and numbers skipped). */
function stopWordHits(text: string): Record<string, number> {
  const hits: Record<string, number> = Object.fromEntries(STOP_ENTRIES.map(([l]) => [l, 0]));
  for (const token of text.toLowerCase().split(/\s+/)) {
    if (SKIPPED_TOKEN.test(token)) continue;
    const w = token.replace(TOKEN_EDGES, '');
    if (!w) continue;
    for (const [lang, set] of STOP_ENTRIES) if (set.has(w)) hits[lang]!++;
  }
  return hits;
}

const best = (hits: Record<string, number>): [string, number] =>
  Object.entries(hits).reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['und', 0]);

/** The language the text is written in, when it is clearly not `expected`; undefined otherwise. */
export function foreignLanguage(text: string, expected: string): string | undefined {
  const { weights, han, kana } = countScripts(text);
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  if (total < 30) return undefined;
  const script = SCRIPT_OF_LANGUAGE[expected] ?? 'latin';
  const share = weights[script] / total;
  const cjkLanguage = kana >= 0.05 * (han + kana) ? 'ja' : 'zh';
  if (share < 0.25) {
    const dominant = (Object.entries(weights) as [Script, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
    if (dominant[0] === 'latin') {
      const [top, topHits] = best(stopWordHits(text));
      return topHits >= 2 ? top : 'und';
    }
    return dominant[0] === 'cjk' ? cjkLanguage : LANGUAGE_OF_SCRIPT[dominant[0]];
  }
  if (script === 'cjk') {
    if (expected === 'ja' && kana === 0 && han >= 20) return 'zh';
    if (expected === 'zh' && kana > 0.2 * (han + kana)) return 'ja';
    return undefined;
  }
  if (script !== 'latin') return undefined;
  const hits = stopWordHits(text);
  const [top, topHits] = best(hits);
  if (top === expected || top === 'und') return undefined;
  const own = hits[expected];
  if (own === undefined) return topHits >= 5 ? top : undefined;
  return topHits >= 4 && topHits > 2 * own ? top : undefined;
}

export function lintLanguage({ text, context }: RuleInput): Finding[] {
  const expected = context.buyerLanguage?.trim().toLowerCase().split(/[-_]/)[0];
  if (!expected || text.trim().length < 40) return [];
  const detected = foreignLanguage(text, expected);
  if (!detected) return [];
  return [finding('language', 'warning', 0, 0, `The text looks like ${detected}, but the buyer reads ${expected}`, { detected, expected })];
}
