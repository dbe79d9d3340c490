/**
 * Quick-reply search for the composer's picker: the chosen reason's templates
 * first, then by how well the query matches. Matching ignores case, accents
 * and full-width forms, and works on substrings, so Chinese and Japanese
 * queries (no spaces between words) find what they contain.
 */
import type { ReasonId } from './reasons';
import type { Template } from './templates';

/** What search reads of a quick reply: a head (lib/domain/template-heads.ts) has no bodies, and matches by name only. */
export type Searchable = Pick<Template, 'name' | 'names' | 'reasons'> & Partial<Pick<Template, 'bodies' | 'subject'>>;

export interface TemplateMatch<T extends Searchable = Template> {
  template: T;
  /** Tagged with the chosen reason: the UI may group these under a heading. */
  reasonMatch: boolean;
  /** 0 for an empty query; higher is better (name hits beat body hits). */
  quality: number;
}

/** Case-, accent- and width-insensitive form for matching (é -> e, Ｆ -> f, ß -> ss). */
export function foldForSearch(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim();
}

const QUALITY = { exactName: 100, namePrefix: 80, wordPrefix: 60, nameContains: 40, bodyContains: 20 } as const;

interface Haystack {
  names: string[];
  /** Each name's words, for word-prefix matches. */
  words: string[];
  bodies: string[];
}

/**
 * Each template's folded text, worked out once per template object (the list
 * the composer holds is searched on every keystroke; folding every body of
 * hundreds of quick replies each time cost more than a frame).
 */
const haystacks = new WeakMap<Searchable, Haystack>();

function haystackOf(t: Searchable): Haystack {
  const known = haystacks.get(t);
  if (known) return known;
  const h = foldedHaystack(t);
  haystacks.set(t, h);
  return h;
}

function foldedHaystack(t: Searchable): Haystack {
  const names = [t.name, ...Object.values(t.names ?? {})].map(foldForSearch).filter(Boolean);
  const words = names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  const bodies = [...Object.values(t.bodies ?? {}), ...Object.values(t.subject ?? {})].map(foldForSearch);
  return { names, words, bodies };
}

function termQuality(h: Haystack, term: string): number {
  if (h.names.some((n) => n.startsWith(term))) return QUALITY.namePrefix;
  if (h.words.some((w) => w.startsWith(term))) return QUALITY.wordPrefix;
  if (h.names.some((n) => n.includes(term))) return QUALITY.nameContains;
  if (h.bodies.some((b) => b.includes(term))) return QUALITY.bodyContains;
  return 0;
}

/** How well a template matches a folded query; 0 = not at all. Every word of the query must match. */
function quality(t: Searchable, query: string): number {
  const h = haystackOf(t);
  if (h.names.includes(query)) return QUALITY.exactName;
  const terms = query.split(' ');
  let total = 0;
  for (const term of terms) {
    const q = termQuality(h, term);
    if (q === 0) return 0;
    total += q;
  }
  return Math.round(total / terms.length);
}

/**
 * Templates matching the query (all of them for an empty query), the ones
 * tagged with `reasonId` first, then by match quality, then in the given order
 * (callers pass most recently used first, or their own order).
 */
export function searchTemplates<T extends Searchable>(templates: readonly T[], query: string, reasonId?: ReasonId): TemplateMatch<T>[] {
  const folded = foldForSearch(query);
  const ranked: (TemplateMatch<T> & { index: number })[] = [];
  templates.forEach((template, index) => {
    const q = folded ? quality(template, folded) : 0;
    if (folded && q === 0) return;
    const reasonMatch = reasonId !== undefined && template.reasons.includes(reasonId);
    ranked.push({ template, reasonMatch, quality: q, index });
  });
  ranked.sort((a, b) => Number(b.reasonMatch) - Number(a.reasonMatch) || b.quality - a.quality || a.index - b.index);
  return ranked.map(({ template, reasonMatch, quality: q }) => ({ template, reasonMatch, quality: q }));
}
