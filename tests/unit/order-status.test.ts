import { describe, expect, it } from 'vitest';
import { normaliseLabel, statusFromLabel } from '@/lib/domain/order-status';

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

  it.each([[''], ['   '], [null], [undefined], ['Unfulfillable'], ['<img src=x onerror=alert(1)>'], ['🚚']])(
    'unknown for %j',
    (label) => {
      expect(statusFromLabel(label)).toBe('unknown');
    },
  );
});

describe('normaliseLabel', () => {
  it('lower-cases, strips accents, folds width and collapses whitespace', () => {
    expect(normaliseLabel('  Non  Expédiée\t')).toBe('non expediee');
    expect(normaliseLabel('ＰＥＮＤＩＮＧ')).toBe('pending');
  });
});
