/**
 * The floating bar of bulk selection on Manage Orders: "Select all on this
 * page", "N selected", "Message selected…", "Clear". It lives in an open
 * shadow root (the page's CSS cannot restyle it; it holds no buyer data, only
 * a count) fixed to the bottom right, and is built with createElement only.
 */
import { t } from '../i18n';
import { PANEL_BOX_STYLE, PANEL_BUTTON_STYLE, PANEL_HOST_STYLE, PANEL_PRIMARY_STYLE, panelButton, shadowPanel } from './shadow-panel';

const HOST_STYLE = `${PANEL_HOST_STYLE};max-width:min(520px,90vw)`;
const BOX_STYLE = `${PANEL_BOX_STYLE};padding:8px 12px`;

export interface BulkBar {
  host: HTMLElement;
  /** Show the selection count and the state of "select all on this page". */
  update(selected: number, onPage: number, selectedOnPage: number): void;
  remove(): void;
}

export interface BulkBarActions {
  selectAll(on: boolean): void;
  message(): void;
  clear(): void;
}

export function bulkBar(actions: BulkBarActions): BulkBar {
  const { host, box } = shadowPanel('bulk-bar', HOST_STYLE, 'region', BOX_STYLE);
  box.setAttribute('aria-label', t('contactsBulkBarLabel'));

  const allLabel = document.createElement('label');
  allLabel.style.cssText = 'display:inline-flex;gap:4px;align-items:center;cursor:pointer';
  const all = document.createElement('input');
  all.type = 'checkbox';
  all.setAttribute('data-parley-action', 'select-all');
  all.addEventListener('change', () => actions.selectAll(all.checked));
  allLabel.append(all, document.createTextNode(t('contactsSelectAll')));

  const count = document.createElement('span');
  count.setAttribute('role', 'status');
  count.setAttribute('data-parley-count', '0');

  const message = panelButton(t('contactsMessageSelected'), PANEL_PRIMARY_STYLE, 'message', () => actions.message());
  const clear = panelButton(t('contactsClearSelection'), PANEL_BUTTON_STYLE, 'clear', () => actions.clear());

  box.append(allLabel, count, message, clear);
  (document.body ?? document.documentElement).append(host);

  return {
    host,
    update(selected, onPage, selectedOnPage) {
      count.textContent = t('contactsSelected', String(selected));
      count.setAttribute('data-parley-count', String(selected));
      all.checked = onPage > 0 && selectedOnPage === onPage;
      all.indeterminate = selectedOnPage > 0 && selectedOnPage < onPage;
      all.disabled = onPage === 0;
      message.disabled = selected === 0;
      message.style.opacity = selected === 0 ? '0.55' : '1';
      clear.disabled = selected === 0;
    },
    remove() {
      host.remove();
    },
  };
}
