import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifySender, dispatch, type Handlers } from '@/lib/background/router';

const extOrigin = () => fakeBrowser.runtime.getURL('/');
const contentSender = () => ({
  id: fakeBrowser.runtime.id,
  url: 'https://sellercentral.amazon.de/orders-v3?page=2',
  frameId: 0,
  tab: { id: 7 } as never,
});
const popupSender = () => ({ id: fakeBrowser.runtime.id, url: `${extOrigin()}popup.html` });

describe('classifySender', () => {
  it.each([
    ['popup page', popupSender(), 'extension'],
    ['content script on Seller Central, top frame', contentSender(), 'content'],
    ['another extension', { ...popupSender(), id: 'evil-extension' }, null],
    ['content script in an iframe', { ...contentSender(), frameId: 3 }, null],
    ['content script on a look-alike host', { ...contentSender(), url: 'https://sellercentral.amazon.com.evil.example/orders-v3' }, null],
    ['plain http Seller Central', { ...contentSender(), url: 'http://sellercentral.amazon.com/orders-v3' }, null],
    ['no tab and no extension url', { id: fakeBrowser.runtime.id, url: 'https://sellercentral.amazon.com/' }, null],
    ['web page (no id)', { url: 'https://example.com' }, null],
  ])('%s', (_name, sender, expected) => {
    expect(classifySender(sender as never)).toBe(expected);
  });
});

describe('dispatch', () => {
  const handlers = (): Partial<Handlers> & { ping: ReturnType<typeof vi.fn> } => ({
    ping: vi.fn(() => ({ ok: true as const, value: { version: '1', sender: 'extension' as const } })),
  });

  it('answers a valid message from an allowed sender', async () => {
    const h = handlers();
    const answer = await dispatch({ parley: 1, type: 'ping', input: {} }, popupSender() as never, h);
    expect(answer).toEqual({ ok: true, value: { version: '1', sender: 'extension' } });
    expect(h.ping).toHaveBeenCalledOnce();
  });

  it.each([
    ['a spoofed sender id', { parley: 1, type: 'ping', input: {} }, { ...popupSender(), id: 'other' }, 'bad-sender'],
    ['a malformed payload', { parley: 1, type: 'ping', input: { extra: '<script>' } }, popupSender(), 'invalid-input'],
    ['a missing payload', { parley: 1, type: 'ping' }, popupSender(), 'invalid-input'],
    ['an unknown type', { parley: 1, type: 'dropDatabase', input: {} }, popupSender(), 'unknown-message'],
    ['a prototype key as type', { parley: 1, type: '__proto__', input: {} }, popupSender(), 'unknown-message'],
    ['no envelope', { type: 'ping', input: {} }, popupSender(), 'invalid-message'],
  ])('refuses %s with no side effect', async (_name, message, sender, code) => {
    const h = handlers();
    const answer = await dispatch(message, sender as never, h);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe(code);
    expect(h.ping).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error value', async () => {
    const answer = await dispatch({ parley: 1, type: 'ping', input: {} }, popupSender() as never, {
      ping: () => {
        throw new Error('boom');
      },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
