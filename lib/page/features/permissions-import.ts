import type { ReadPermission } from '../../domain/senders';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging';
import type { PageFeature } from '../features';
import { observe } from '../observe';
import { anyOf, PERMISSIONS_PAGE, queryAll, queryFirst } from '../selectors';
import { showToast } from '../toast';

/**
 * Import approved senders from Seller Central's Messaging Permissions page.
 * When the page lists addresses, a small prompt (shadow root) offers to import
 * them; only when the seller clicks does the page's list go to the background,
 * which keeps it until the seller ticks what to import in Parley's options.
 * The content script never receives Parley's stored senders.
 */
export const PROMPT_SELECTOR = '[data-parley="permissions-import"]';
/** At most this many rows are read (Amazon lists a handful; the protocol takes 100). */
const MAX_ROWS = 100;
const SETTLE_MS = 300;

const HOST_STYLE = 'position:fixed;z-index:2147483646;right:24px;bottom:24px;max-width:min(440px,90vw)';
const BOX_STYLE =
  'display:flex;gap:10px;align-items:center;flex-wrap:wrap;padding:10px 14px;border-radius:6px;' +
  'box-shadow:0 2px 10px rgba(15,17,17,.25);background:#fff;border:1px solid #d5d9d9;border-left:4px solid #146eb4;' +
  'font:13px/1.4 "Amazon Ember",Arial,"Microsoft YaHei","PingFang SC",sans-serif;color:#0f1111';
const BUTTON = 'font:inherit;padding:3px 10px;border-radius:3px;border:1px solid #adb1b8;background:#f7f8fa;cursor:pointer';
const PRIMARY = 'font:inherit;font-weight:bold;padding:3px 10px;border-radius:3px;border:1px solid #0f5a94;background:#146eb4;color:#fff;cursor:pointer';

/** The addresses and statuses the page lists, as text (data, bounded). */
export function readPermissions(root: ParentNode = document): ReadPermission[] {
  return queryAll(root, PERMISSIONS_PAGE.permissionRow)
    .slice(0, MAX_ROWS)
    .map((row) => ({
      email: (queryFirst(row, PERMISSIONS_PAGE.permissionEmail)?.textContent ?? '').trim().slice(0, 270),
      status: (queryFirst(row, PERMISSIONS_PAGE.permissionStatus)?.textContent ?? '').trim().slice(0, 100),
    }))
    .filter((p) => p.email.includes('@'));
}

function button(text: string, style: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.style.cssText = style;
  b.textContent = text;
  b.setAttribute('data-parley-action', action);
  b.addEventListener('click', onClick);
  return b;
}

export const permissionsImport: PageFeature = {
  id: 'permissions-import',
  // The page has no stable path on the real site: run where it may be and look for its content.
  pages: ['messaging-permissions', 'other'],
  init(_ctx, signal) {
    let host: HTMLElement | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dismissed = false;

    const close = (): void => {
      host?.remove();
      host = undefined;
    };

    const send = async (): Promise<void> => {
      const entries = readPermissions();
      close();
      if (entries.length === 0) return;
      const answer = await sendMessage('contacts/permissionsFound', { entries });
      if (signal.aborted) return;
      if (answer.ok) showToast(t('contactsPermissionsSent'), 'ok', signal);
      else showToast(t('contactsPermissionsFailed', answer.error.message), 'error', signal);
    };

    const offer = (): void => {
      timer = undefined;
      if (dismissed || signal.aborted) return;
      const count = readPermissions().length;
      if (count === 0) return close();
      if (!host) {
        host = document.createElement('div');
        host.setAttribute('data-parley', 'permissions-import');
        host.style.cssText = HOST_STYLE;
        const root = host.attachShadow({ mode: 'open' });
        const box = document.createElement('div');
        box.setAttribute('role', 'dialog');
        box.setAttribute('aria-label', t('contactsImportTitle'));
        box.style.cssText = BOX_STYLE;
        const text = document.createElement('span');
        text.setAttribute('data-parley-count', '');
        box.append(
          text,
          button(t('contactsPermissionsImport'), PRIMARY, 'import', () => void send()),
          button(t('contactsPermissionsDismiss'), BUTTON, 'dismiss', () => {
            dismissed = true;
            close();
          }),
        );
        root.append(box);
        (document.body ?? document.documentElement).append(host);
      }
      const text = host.shadowRoot!.querySelector('[data-parley-count]')!;
      text.textContent = t('contactsPermissionsFound', String(count));
      text.setAttribute('data-parley-count', String(count));
    };

    // Rows arrive as the page renders: offer once they settle, update the count if more come.
    observe(anyOf(PERMISSIONS_PAGE.permissionRow), () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(offer, SETTLE_MS);
    }, { signal });
    signal.addEventListener(
      'abort',
      () => {
        if (timer) clearTimeout(timer);
        close();
      },
      { once: true },
    );
  },
};
