import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../fixtures/pages');

/** The fixture's HTML (tests/fixtures/pages, captured from the mock by tests/tools/page-fixtures.ts). */
export const fixtureHtml = (name: string): string => readFileSync(join(DIR, name), 'utf8');

/** A fixture as its own inert document (DOMParser: no scripts run). */
export const fixtureDocument = (name: string): Document => new DOMParser().parseFromString(fixtureHtml(name), 'text/html');

/**
 * Make the test's document the fixture page at `url` (the adapters read
 * location and <html lang>). The parsed tree is adopted, never assigned as markup.
 */
export function loadFixture(name: string, url: string): Document {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = fixtureDocument(name).documentElement;
  const root = document.documentElement;
  for (const attr of [...root.attributes]) root.removeAttribute(attr.name);
  for (const attr of [...parsed.attributes]) root.setAttribute(attr.name, attr.value);
  root.replaceChildren(...[...parsed.childNodes].map((node) => document.adoptNode(node)));
  return document;
}

export const US = 'https://sellercentral.amazon.com';
