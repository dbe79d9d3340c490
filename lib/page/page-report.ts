/**
 * "Copy page report": a Seller Central page's structure for a bug report, with
 * nothing of the seller's or the buyers' in it. Kept: tag names, data-test-id /
 * name / type / role values, class names without digits runs or @ (a class could
 * carry an id), kat-* element names, open shadow roots (marked), URL query KEYS,
 * and which selector of each of Parley's lists matched. Dropped: every text node,
 * every other attribute value, every query value, every form value. Capped so a
 * 2000-row page stays pasteable. Runs only when asked (entrypoints/page-report.ts).
 */
import { CONTACT_PAGE, ORDER_PAGE, PERMISSIONS_PAGE, type SelectorList } from './selectors';

export const REPORT_LIMITS = { nodes: 3000, depth: 40, children: 60 } as const;
const KEPT_ATTRIBUTES = ['data-test-id', 'name', 'type', 'role'];
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'PATH']);

/** A value we may show: short, of safe characters, no digit runs or @ (ids, emails, order numbers). */
const safeToken = (value: string): boolean => /^[A-Za-z_-][\w-]{0,59}$/.test(value) && !/\d{4}/.test(value) && !value.includes('@');

function describe(el: Element): string {
  let line = el.tagName.toLowerCase();
  const classes = [...el.classList].filter(safeToken).slice(0, 8);
  if (classes.length) line += `.${classes.join('.')}`;
  for (const name of KEPT_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) line += safeToken(value) ? `[${name}=${value}]` : `[${name}=…]`;
  }
  const others = [...el.attributes].filter((a) => !KEPT_ATTRIBUTES.includes(a.name) && a.name !== 'class' && /^[a-z][\w-]*$/.test(a.name));
  if (others.length)
    line += ` {${others
      .map((a) => a.name)
      .slice(0, 12)
      .join(' ')}}`;
  if ([...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue?.trim())) line += ' "…"';
  return line;
}

function outline(root: Element): string[] {
  const lines: string[] = [];
  let budget: number = REPORT_LIMITS.nodes;
  const walk = (node: Element | ShadowRoot, depth: number): void => {
    const kids = [...node.children].filter((c) => !SKIPPED.has(c.tagName.toUpperCase()));
    const shown = kids.slice(0, REPORT_LIMITS.children);
    for (const child of shown) {
      if (budget-- <= 0) return;
      lines.push(`${'  '.repeat(depth)}${describe(child)}`);
      if (depth >= REPORT_LIMITS.depth) continue;
      if (child.shadowRoot) {
        lines.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        walk(child.shadowRoot, depth + 2);
      }
      walk(child, depth + 1);
    }
    if (kids.length > shown.length) lines.push(`${'  '.repeat(depth)}… ${kids.length - shown.length} more`);
  };
  lines.push(describe(root));
  walk(root, 1);
  if (budget <= 0) lines.push(`… stopped after ${REPORT_LIMITS.nodes} elements`);
  return lines;
}

/** Which alternative of each selector list matches on this page (0-based), or "-" for none. */
function selectorMatches(doc: Document): string[] {
  const groups: Record<string, Record<string, SelectorList>> = { ORDER_PAGE, CONTACT_PAGE, PERMISSIONS_PAGE };
  return Object.entries(groups).flatMap(([group, lists]) =>
    Object.entries(lists).map(([name, list]) => {
      const index = list.findIndex((selector) => {
        try {
          return doc.querySelector(selector) !== null;
        } catch {
          return false;
        }
      });
      return `${group}.${name}: ${index < 0 ? '-' : `${index} (${doc.querySelectorAll(list[index]!).length})`}`;
    }),
  );
}

/** The URL without anything but its host, path and query keys. */
function safeUrl(url: URL): string {
  const keys = [...new Set(url.searchParams.keys())].filter(safeToken);
  const path = url.pathname.replace(/[^/]*\d{3,}[^/]*/g, '…');
  return `${url.host}${path}${keys.length ? `?${keys.map((k) => `${k}=…`).join('&')}` : ''}`;
}

export function pageReport(doc: Document, info: { version: string; url: string; at: string }): string {
  return [
    `Parley ${info.version} page report, ${info.at}`,
    `page: ${safeUrl(new URL(info.url))}`,
    `language: ${safeToken(doc.documentElement.lang) ? doc.documentElement.lang : '-'}`,
    '',
    'selectors (list: first matching alternative, elements):',
    ...selectorMatches(doc),
    '',
    'structure (no text, no values):',
    ...outline(doc.body ?? doc.documentElement),
  ].join('\n');
}
