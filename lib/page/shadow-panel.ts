/**
 * Parley's own boxes on Seller Central pages (the toast, the bulk bar, the
 * permissions prompt): a host element carrying data-parley="{name}", with an
 * open shadow root (the page's CSS cannot restyle what is inside; they hold
 * no buyer data, so open is fine for assistive tech and tests) holding one
 * box with a role. Built with createElement only; the caller fills the box
 * and puts the host into the page.
 */
export function shadowPanel(name: string, hostStyle: string, role: string, boxStyle: string): { host: HTMLElement; box: HTMLElement } {
  const host = document.createElement('div');
  host.setAttribute('data-parley', name);
  host.style.cssText = hostStyle;
  const box = document.createElement('div');
  box.setAttribute('role', role);
  box.style.cssText = boxStyle;
  host.attachShadow({ mode: 'open' }).append(box);
  return { host, box };
}

/** The floating panels' box, fixed bottom right; each adds its padding (and accent). */
export const PANEL_HOST_STYLE = 'position:fixed;z-index:2147483646;right:24px;bottom:24px';
export const PANEL_BOX_STYLE =
  'display:flex;gap:10px;align-items:center;flex-wrap:wrap;border-radius:6px;' +
  'box-shadow:0 2px 10px rgba(15,17,17,.25);background:#fff;border:1px solid #d5d9d9;' +
  'font:13px/1.4 "Amazon Ember",Arial,"Microsoft YaHei","PingFang SC",sans-serif;color:#0f1111';
export const PANEL_BUTTON_STYLE =
  'font:inherit;padding:3px 10px;border-radius:3px;border:1px solid #adb1b8;background:#f7f8fa;cursor:pointer';
export const PANEL_PRIMARY_STYLE =
  'font:inherit;font-weight:bold;padding:3px 10px;border-radius:3px;border:1px solid #0f5a94;background:#146eb4;color:#fff;cursor:pointer';

/** A panel button; `action` names it for tests and delegated handlers (data-parley-action). */
export function panelButton(text: string, style: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.style.cssText = style;
  b.textContent = text;
  b.setAttribute('data-parley-action', action);
  b.addEventListener('click', onClick);
  return b;
}
