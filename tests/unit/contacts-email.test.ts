import { describe, expect, it } from 'vitest';
import {
  checkSubject,
  cleanSubject,
  composeUrl,
  defaultSubject,
  isComposeUrl,
  URL_LIMITS,
  wellFormed,
  withImportant,
  type EmailDraft,
} from '@/lib/domain/email';

const TO = 'k3x9q2abcd1234@marketplace.amazon.de';
const draft = (over: Partial<EmailDraft> = {}): EmailDraft => ({
  to: TO,
  from: 'seller@shop.example',
  subject: 'Ihre Bestellung 302-1234567-7654321',
  body: 'Guten Tag Anna,\n\nIhre Bestellung 302-1234567-7654321 kommt am Freitag.\nGrüße',
  ...over,
});

describe('subject rules', () => {
  it.each([
    ['Your order 111-1111111-1111111', false, { ok: true, subject: 'Your order 111-1111111-1111111' }],
    ['  two\r\nlines\tand  tabs ', false, { ok: true, subject: 'two lines and tabs' }],
    ['', false, { ok: false, why: 'empty' }],
    [' \n ', true, { ok: false, why: 'empty' }],
    ['x'.repeat(201), false, { ok: false, why: 'tooLong' }],
    ['[Important] Your order', false, { ok: false, why: 'importantNotCritical' }],
    ['[ important ] Your order', false, { ok: false, why: 'importantNotCritical' }],
    ['【重要】您的订单', false, { ok: false, why: 'importantNotCritical' }],
    ['［Important］ order', false, { ok: false, why: 'importantNotCritical' }],
    ['[Urgent] order', false, { ok: false, why: 'importantNotCritical' }],
    ['[Important] Your order', true, { ok: true, subject: '[Important] Your order' }],
    ['Important information about your order', false, { ok: true, subject: 'Important information about your order' }],
  ])('%j (critical %s)', (subject, critical, expected) => {
    expect(checkSubject(subject, critical)).toEqual(expected);
  });

  it('adds and removes the tag', () => {
    expect(withImportant('Your order', true)).toBe('[Important] Your order');
    expect(withImportant('[Important] Your order', true)).toBe('[Important] Your order');
    expect(withImportant('[important]  Your [IMPORTANT] order', false)).toBe('Your order');
  });

  it('suggests a subject in the buyer language with the order id', () => {
    expect(defaultSubject('302-1234567-7654321', 'de')).toBe('Ihre Amazon-Bestellung 302-1234567-7654321');
    expect(defaultSubject('D01-1234567-7654321', 'zh-CN')).toBe('您的亚马逊订单 D01-1234567-7654321');
    expect(defaultSubject('111-1111111-1111111', 'ko')).toBe('Your Amazon order 111-1111111-1111111');
  });

  it('cleans control characters and lone surrogates', () => {
    expect(cleanSubject('a\u0000b\u007fc')).toBe('a b c');
    expect(wellFormed('x\uD800y\uDC00z😀')).toBe('x\uFFFDy\uFFFDz😀');
  });
});

describe('compose URLs', () => {
  it('mailto: CRLF line breaks, %20 spaces, UTF-8 percent-encoding, @ kept', () => {
    const out = composeUrl('mailto', draft({ subject: 'Ihre Bestellung', body: 'Grüße\nA & B + C?' }));
    expect(out).toEqual({
      ok: true,
      url: `mailto:${TO}?subject=Ihre%20Bestellung&body=Gr%C3%BC%C3%9Fe%0D%0AA%20%26%20B%20%2B%20C%3F`,
      length: expect.any(Number),
      bodyOmitted: false,
    });
  });

  it('Gmail web compose with the sender as the account', () => {
    const out = composeUrl('gmail', draft({ subject: '您的订单', body: '你好\r\n谢谢' }));
    expect(out.ok && out.url).toBe(
      `https://mail.google.com/mail/?view=cm&fs=1&to=${encodeURIComponent(TO)}&su=%E6%82%A8%E7%9A%84%E8%AE%A2%E5%8D%95` +
        '&body=%E4%BD%A0%E5%A5%BD%0A%E8%B0%A2%E8%B0%A2&authuser=seller%40shop.example',
    );
  });

  it('Outlook web compose', () => {
    const out = composeUrl('outlook', draft({ from: undefined, subject: 'Order', body: 'Line 1\nLine 2' }));
    expect(out.ok && out.url).toBe(
      `https://outlook.office.com/mail/deeplink/compose?to=${encodeURIComponent(TO)}&subject=Order&body=Line%201%0ALine%202`,
    );
  });

  it('round-trips exactly what the seller wrote (non-ASCII, emoji, newlines)', () => {
    const body = 'Zoë — 王小明 😀\nsecond line\n\n third & ?#=%';
    for (const client of ['gmail', 'outlook'] as const) {
      const out = composeUrl(client, draft({ body }));
      if (!out.ok) throw new Error(out.why);
      expect(new URL(out.url).searchParams.get('body')).toBe(body);
    }
    const mail = composeUrl('mailto', draft({ body }));
    if (!mail.ok) throw new Error(mail.why);
    expect(decodeURIComponent(mail.url.split('body=')[1]!)).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('refuses a To that is not an Amazon relay address', () => {
    expect(composeUrl('gmail', draft({ to: 'buyer@gmail.com' }))).toEqual({ ok: false, why: 'badTo' });
    expect(composeUrl('mailto', draft({ to: `${TO}?cc=x@evil.example` }))).toEqual({ ok: false, why: 'badTo' });
  });

  it.each(['mailto', 'gmail', 'outlook'] as const)('%s: says the body is too long instead of cutting it', (client) => {
    const limit = URL_LIMITS[client];
    const body = '长'.repeat(Math.ceil(limit / 9) + 10); // 9 URL characters per CJK character
    const out = composeUrl(client, draft({ body }));
    expect(out).toEqual({ ok: false, why: 'tooLong', length: expect.any(Number), limit });
    if (out.ok || out.why !== 'tooLong') return;
    expect(out.length).toBeGreaterThan(limit);
    const without = composeUrl(client, draft({ body }), { omitBody: true });
    expect(without.ok && without.bodyOmitted).toBe(true);
    expect(without.ok && without.url.includes('body=')).toBe(false);
  });

  it('a 4000-character ASCII body fits the web clients but not mailto', () => {
    const body = 'a'.repeat(4000);
    expect(composeUrl('gmail', draft({ body })).ok).toBe(true);
    expect(composeUrl('outlook', draft({ body })).ok).toBe(true);
    expect(composeUrl('mailto', draft({ body })).ok).toBe(false);
  });

  it('recognises only its own URLs', () => {
    expect(isComposeUrl('gmail', 'https://mail.google.com/mail/?view=cm&fs=1&to=x')).toBe(true);
    expect(isComposeUrl('gmail', 'https://evil.example/?https://mail.google.com/mail/?view=cm&')).toBe(false);
    expect(isComposeUrl('outlook', 'https://outlook.office.com/mail/deeplink/compose?to=x')).toBe(true);
    expect(isComposeUrl('mailto', 'javascript:alert(1)')).toBe(false);
  });
});
