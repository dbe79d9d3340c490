import { t } from '../../i18n';
import { sendMessage } from '../../messaging';
import type { PageFeature } from '../feature-registry';
import { observe } from '../observe';
import { readPermissions } from '../permissions-read';
import { anyOf, PERMISSIONS_PAGE } from '../selectors';
import { PANEL_BOX_STYLE, PANEL_BUTTON_STYLE, PANEL_HOST_STYLE, PANEL_PRIMARY_STYLE, panelButton, shadowPanel } from '../shadow-panel';
import { showToast } from '../toast';

/**
 * Import approved senders from Seller Central's Messaging Permissions page.
 * When the page lists addresses, a small prompt (shadow root) offers to import
 * them; only when the seller clicks does the page's list go to the background,
 * which keeps it until the seller ticks what to import in Parley's options.
 * The content script never receives Parley's stored senders.
 */
export { readPermissions };
export const PROMPT_SELECTOR = '[data-parley="permissions-import"]';
const SETTLE_MS = 300;

const HOST_STYLE = `${PANEL_HOST_STYLE};max-width:min(440px,90vw)`;
const BOX_STYLE = `${PANEL_BOX_STYLE};padding:10px 14px;border-left:4px solid #146eb4`;

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
        const panel = shadowPanel('permissions-import', HOST_STYLE, 'dialog', BOX_STYLE);
        host = panel.host;
        const box = panel.box;
        box.setAttribute('aria-label', t('contactsImportTitle'));
        const text = document.createElement('span');
        text.setAttribute('data-parley-count', '');
        box.append(
          text,
          panelButton(t('contactsPermissionsImport'), PANEL_PRIMARY_STYLE, 'import', () => void send()),
          panelButton(t('contactsPermissionsDismiss'), PANEL_BUTTON_STYLE, 'dismiss', () => {
            dismissed = true;
            close();
          }),
        );
        (document.body ?? document.documentElement).append(host);
      }
      const text = host.shadowRoot!.querySelector('[data-parley-count]')!;
      text.textContent = t('contactsPermissionsFound', String(count));
      text.setAttribute('data-parley-count', String(count));
    };

    // Rows (or list items, on the Authorized Email Addresses layout) arrive as the page renders: offer once they settle, update the count if more come.
    observe(
      anyOf(PERMISSIONS_PAGE.permissionItem),
      () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(offer, SETTLE_MS);
      },
      { signal },
    );
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
