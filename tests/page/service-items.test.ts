/**
 * Amazon Home Services items: the product block names the programme, in the
 * page's language, and the item is marked so confirmServiceDetails is offered.
 */
import { describe, expect, it } from 'vitest';
import { itemFromBlock } from '@/lib/page/order-facts-text';

function block(lines: string[]): { block: Element; link: Element } {
  const doc = new DOMParser().parseFromString('<div class="product"></div>', 'text/html');
  const root = doc.querySelector('.product')!;
  const link = doc.createElement('a');
  link.href = '/dp/B0SERVICE1';
  link.textContent = 'TV wall mounting, up to 65 inch';
  root.append(link);
  for (const text of lines) {
    const div = doc.createElement('div');
    div.textContent = text;
    root.append(div);
  }
  return { block: root, link };
}

describe('service items', () => {
  it.each([
    ['en', 'Amazon Home Services'],
    ['ja', 'Amazonホームサービス'],
    ['zh', '亚马逊家居服务'],
  ])('marks a %s Home Services item', (_lang, marker) => {
    const { block: b, link } = block(['ASIN: B0SERVICE1', marker]);
    expect(itemFromBlock(b, link)).toMatchObject({ asin: 'B0SERVICE1', service: true });
  });

  it('leaves an ordinary item unmarked, even when its title says "service"', () => {
    const { block: b, link } = block(['ASIN: B0SERVICE1', 'SKU: SERVICE-KIT', 'Quantity: 2']);
    expect(itemFromBlock(b, link)).not.toHaveProperty('service');
  });
});
