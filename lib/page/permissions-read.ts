/**
 * The addresses a Messaging Permissions page lists, by meaning as well as by
 * selector. Amazon's older page is a table (address, status per row); the
 * "Authorized Email Addresses" layout of 2025 lists approved and blocked
 * addresses under their own headings, with no ids Parley knows. So: the table
 * rows when the selectors find them; else, on a page whose heading names it
 * (any language), every text that is exactly one email address, its status
 * the nearest heading before it ("Approved", "Blocked"; the background maps
 * the words). Nothing else on the page is read.
 */
import type { ReadPermission } from '../domain/senders';
import { PERMISSIONS_PAGE, queryAll, queryFirst } from './selectors';

/** At most this many addresses are read (Amazon lists a handful; the protocol takes 100). */
const MAX_ROWS = 100;
const EMAIL = /^[^\s@<>"]{1,64}@[^\s@<>"]+\.[^\s@<>".]{2,}$/;
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

/** The page's title in the languages Seller Central offers, compared lower case, spaces folded. */
const PAGE_TITLES = [
  'messaging permissions',
  'authorized email addresses',
  'authorised email addresses',
  'nachrichtenberechtigungen',
  'autorisierte e-mail-adressen',
  'autorisations de messagerie',
  'adresses e-mail autorisées',
  'permisos de mensajería',
  'direcciones de correo electrónico autorizadas',
  'autorizzazioni per i messaggi',
  'indirizzi e-mail autorizzati',
  'メッセージの許可設定',
  '承認済みのメールアドレス',
  '消息权限',
  '授权电子邮件地址',
];

const folded = (text: string | null): string => (text ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const bounded = (text: string | null, max: number): string => (text ?? '').trim().slice(0, max);

function fromTable(root: ParentNode): ReadPermission[] {
  return queryAll(root, PERMISSIONS_PAGE.permissionRow).map((row) => ({
    email: bounded(queryFirst(row, PERMISSIONS_PAGE.permissionEmail)?.textContent ?? '', 270),
    status: bounded(queryFirst(row, PERMISSIONS_PAGE.permissionStatus)?.textContent ?? '', 100),
  }));
}

/** True when a heading on the page names it as the permissions page. */
export function isPermissionsPage(root: ParentNode): boolean {
  return [...root.querySelectorAll(HEADINGS)].some((h) => PAGE_TITLES.includes(folded(h.textContent)));
}

function fromHeadings(root: ParentNode): ReadPermission[] {
  const scope = root instanceof Document ? root.body : root;
  if (!scope || !isPermissionsPage(root)) return [];
  const headings = [...scope.querySelectorAll(HEADINGS)];
  const found: ReadPermission[] = [];
  const walker = (scope.ownerDocument ?? document).createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && found.length < MAX_ROWS; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (!EMAIL.test(text) || node.parentElement?.closest(HEADINGS)) continue;
    // The last heading before the address says which list it is in.
    const heading = headings.filter((h) => h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
    found.push({ email: text.slice(0, 270), status: bounded(heading?.textContent ?? '', 100) });
  }
  return found;
}

/** The addresses and statuses the page lists, as text (data, bounded). */
export function readPermissions(root: ParentNode = document): ReadPermission[] {
  const rows = fromTable(root).filter((p) => p.email.includes('@'));
  return (rows.length > 0 ? rows : fromHeadings(root)).slice(0, MAX_ROWS);
}
