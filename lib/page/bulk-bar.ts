/**
 * The floating bar of bulk selection on Manage Orders: "Select all on this
 * page", "N selected", "Message selected…", "Clear". It lives in an open
 * shadow root (the page's CSS cannot restyle it; it holds no buyer data, only
 * a count) fixed to the bottom right, and is built with createElement only.
 */
import { t } from '../i18n';

const HOST_STYLE = 'position:fixed;z-index:2147483646;right:24px;bottom:24px;max-width:min(520px,90vw)';
const BOX_STYLE =
  'display:flex;gap:10px;align-items:center;flex-wrap:wrap;padding:8px 12px;border-radius:6px;' +
  'box-shadow:0 2px 10px rgba(15,17,17,.25);background:#fff;border:1px solid #d5d9d9;' +
  'font:13px/1.4 "Amazon Ember",Arial,"Microsoft YaHei","PingFang SC",sans-serif;color:#0f1111';
const BUTTON_STYLE = 'font:inherit;padding:3px 10px;border-radius:3px;border:1px solid #adb1b8;background:#f7f8fa;cursor:pointer';
const PRIMARY_STYLE = 'font:inherit;font-weight:bold;padding:3px 10px;border-radius:3px;border:1px solid #0f5a94;background:#146eb4;color:#fff;cursor:pointer';

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
  const host = document.createElement('div');
  host.setAttribute('data-parley', 'bulk-bar');
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', t('contactsBulkBarLabel'));
  box.style.cssText = BOX_STYLE;

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

  const message = document.createElement('button');
  message.type = 'button';
  message.style.cssText = PRIMARY_STYLE;
  message.textContent = t('contactsMessageSelected');
  message.setAttribute('data-parley-action', 'message');
  message.addEventListener('click', () => actions.message());

  const clear = document.createElement('button');
  clear.type = 'button';
  clear.style.cssText = BUTTON_STYLE;
  clear.textContent = t('contactsClearSelection');
  clear.setAttribute('data-parley-action', 'clear');
  clear.addEventListener('click', () => actions.clear());

  box.append(allLabel, count, message, clear);
  root.append(box);
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
