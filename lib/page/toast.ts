/**
 * A small notice at the bottom of the page ("Copied", or why not), in a
 * shadow panel (shadow-panel.ts); it holds only the message, never buyer data.
 * One at a time; gone after a few seconds or when the feature stops.
 */
import { shadowPanel } from './shadow-panel';

const HOST_STYLE = 'position:fixed;z-index:2147483647;left:50%;bottom:24px;transform:translateX(-50%);max-width:min(560px,90vw)';
const BOX_STYLE =
  'display:flex;gap:10px;align-items:flex-start;padding:10px 14px;border-radius:4px;box-shadow:0 2px 8px rgba(15,17,17,.25);' +
  'font:13px/1.4 "Amazon Ember",Arial,"Microsoft YaHei","PingFang SC",sans-serif;color:#0f1111;background:#fff;border:1px solid #d5d9d9';
const ACCENT = { ok: '#067d62', error: '#b12704' } as const;

let current: HTMLElement | undefined;

export function showToast(message: string, kind: 'ok' | 'error', signal?: AbortSignal, ms = 5000): void {
  current?.remove();
  // An error interrupts (alert); a confirmation waits its turn (status).
  const { host, box } = shadowPanel(
    'toast',
    HOST_STYLE,
    kind === 'error' ? 'alert' : 'status',
    `${BOX_STYLE};border-left:4px solid ${ACCENT[kind]}`,
  );
  const text = document.createElement('span');
  text.textContent = message;
  box.append(text);
  (document.body ?? document.documentElement).append(host);
  current = host;
  const remove = (): void => {
    host.remove();
    if (current === host) current = undefined;
  };
  const timer = setTimeout(remove, ms);
  signal?.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      remove();
    },
    { once: true },
  );
}
