import { describe, expect, it } from 'vitest';
import { isCanceledLabel, normaliseLabel, statusFromLabel } from '@/lib/domain/order-status';
import { completeFacts } from '@/lib/domain/order-complete';
import type { OrderFacts } from '@/lib/domain/order';

describe('statusFromLabel', () => {
  it.each([
    // English
    ['Pending', 'pending'],
    ['Pending - Waiting for Pick Up', 'pending'],
    ['Pending Availability', 'pending'],
    ['Unshipped', 'unshipped'],
    ['Partially shipped', 'unshipped'],
    ['Cancellation requested', 'unshipped'],
    ['Shipped', 'shipped'],
    ['Shipped - Delivered', 'shipped'],
    ['Delivered', 'shipped'],
    ['Invoice unconfirmed', 'shipped'],
    ['Canceled', 'canceled'],
    ['Cancelled', 'canceled'],
    ['  CANCELED\n ', 'canceled'],
    // Simplified Chinese
    ['等待中', 'pending'],
    ['未发货', 'unshipped'],
    ['待发货', 'unshipped'],
    ['部分发货', 'unshipped'],
    ['已发货', 'shipped'],
    ['已送达', 'shipped'],
    ['已取消', 'canceled'],
    ['请求取消', 'unshipped'],
    // Japanese
    ['保留中', 'pending'],
    ['未出荷', 'unshipped'],
    ['一部出荷済み', 'unshipped'],
    ['出荷済み', 'shipped'],
    ['発送済み', 'shipped'],
    ['配達済み', 'shipped'],
    ['キャンセル済み', 'canceled'],
    ['ｷｬﾝｾﾙ済み', 'canceled'],
    // German
    ['Ausstehend', 'pending'],
    ['Nicht versandt', 'unshipped'],
    ['Unversandt', 'unshipped'],
    ['Teilweise versandt', 'unshipped'],
    ['Versandt', 'shipped'],
    ['Zugestellt', 'shipped'],
    ['Storniert', 'canceled'],
    // French
    ['En attente', 'pending'],
    ['Non expédiée', 'unshipped'],
    ['Partiellement expédiée', 'unshipped'],
    ['Expédiée', 'shipped'],
    ['Livrée', 'shipped'],
    ['Annulée', 'canceled'],
    // Spanish
    ['Pendiente', 'pending'],
    ['Sin enviar', 'unshipped'],
    ['No enviado', 'unshipped'],
    ['Enviado parcialmente', 'unshipped'],
    ['Enviado', 'shipped'],
    ['Entregado', 'shipped'],
    ['Cancelado', 'canceled'],
    // Italian
    ['In sospeso', 'pending'],
    ['In attesa', 'pending'],
    ['Non spedito', 'unshipped'],
    ['Spedito parzialmente', 'unshipped'],
    ['Spedito', 'shipped'],
    ['Consegnato', 'shipped'],
    ['Annullato', 'canceled'],
  ] as const)('%j -> %s', (label, status) => {
    expect(statusFromLabel(label)).toBe(status);
  });

  it.each([[''], ['   '], [null], [undefined], ['Unfulfillable'], ['<img src=x onerror=alert(1)>'], ['🚚']])('unknown for %j', (label) => {
    expect(statusFromLabel(label)).toBe('unknown');
  });
});

describe('normaliseLabel', () => {
  it('lower-cases, strips accents, folds width and collapses whitespace', () => {
    expect(normaliseLabel('  Non  Expédiée\t')).toBe('non expediee');
    expect(normaliseLabel('ＰＥＮＤＩＮＧ')).toBe('pending');
  });
});

describe('isCanceledLabel', () => {
  it.each([
    ['Canceled', true],
    ['已取消', true],
    ['キャンセル済み', true],
    ['Storniert', true],
    ['Annulée', true],
    ['Cancelado', true],
    ['Annullato', true],
    ['Cancellation requested', false],
    ['Shipped', false],
    ['未发货', false],
    ['', false],
    [null, false],
  ] as const)('%j -> %s', (label, expected) => {
    expect(isCanceledLabel(label)).toBe(expected);
  });

  it('agrees with statusFromLabel on every label it is given', () => {
    for (const label of ['Canceled', 'Cancellation requested', '已取消', '请求取消', 'Pending', 'Storniert']) {
      expect(isCanceledLabel(label)).toBe(statusFromLabel(label) === 'canceled');
    }
  });
});

describe('completeFacts', () => {
  const base: Omit<OrderFacts, 'status'> = {
    orderId: '112-3456789-0123456',
    host: 'sellercentral.amazon.com',
    fulfillment: 'seller',
    items: [],
    source: 'list',
    seenAt: 0,
  };

  it('reads the status from the label the page sent', () => {
    expect(completeFacts({ ...base, status: 'unknown', statusLabel: '已取消' }).status).toBe('canceled');
    expect(completeFacts({ ...base, status: 'unknown', statusLabel: 'Zugestellt' }).status).toBe('shipped');
  });

  it('turns the note under the status into the date it names, with its ISO date', () => {
    const out = completeFacts({
      ...base,
      status: 'unknown',
      statusLabel: 'Unshipped',
      statusNote: 'Ship by Nov 27, 2026',
      pageLanguage: 'en-US',
    });
    expect(out.shipBy).toEqual({ text: 'Ship by Nov 27, 2026', iso: '2026-11-27' });
    const zh = completeFacts({ ...base, status: 'unknown', statusNote: '已于 2026年11月22日 送达', pageLanguage: 'zh-CN' });
    expect(zh.deliveredAt?.iso).toBe('2026-11-22');
    expect(completeFacts({ ...base, status: 'unknown', statusNote: 'Payment pending' })).not.toHaveProperty('shipBy');
  });

  it('keeps a status already known, and unknown when there is no label', () => {
    expect(completeFacts({ ...base, status: 'pending', statusLabel: 'Shipped' }).status).toBe('pending');
    expect(completeFacts({ ...base, status: 'unknown' }).status).toBe('unknown');
  });
});
