/**
 * A quick reply as the composer's picker first lists it: what the picker shows
 * (names, reasons, kind, the languages it has text in), without the bodies.
 * Chrome's runtime messaging carries a seller's 1000 quick replies (1.5 MB) in
 * about 36 ms and their heads in about 5, so the popup lists the heads at once
 * and asks for the bodies after its first paint (lib/ui/composer-store.ts).
 */
import { bodyLanguages, type Lang } from './language';
import type { Template } from './templates';

export interface TemplateHead extends Pick<Template, 'id' | 'name' | 'names' | 'reasons' | 'kind'> {
  /** The languages it has text in (bodyLanguages of the template). */
  langs: Lang[];
}

/** What the picker lists: the heads until the bodies arrive, then the templates. */
export type ListedTemplate = Template | TemplateHead;

export function templateHead(t: Template): TemplateHead {
  return {
    id: t.id,
    name: t.name,
    ...(t.names ? { names: t.names } : {}),
    reasons: t.reasons,
    ...(t.kind ? { kind: t.kind } : {}),
    langs: bodyLanguages(t),
  };
}

export const isFullTemplate = (t: ListedTemplate): t is Template => 'bodies' in t;

/** The languages a listed quick reply has text in. */
export const listedLanguages = (t: ListedTemplate): Lang[] => (isFullTemplate(t) ? bodyLanguages(t) : t.langs);
