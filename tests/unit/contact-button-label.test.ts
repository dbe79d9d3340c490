import { describe, expect, it } from 'vitest';
import { labelFiller, labelName } from '@/lib/page/contact-button-dom';

describe('labelFiller: the Contact button’s accessible name, filled per row by concatenation', () => {
  it('fills the English label, name first', () => {
    expect(labelFiller('Contact buyer \u0001 about order \u0002')('Jane Doe', '113-1234567-1234567')).toBe(
      'Contact buyer Jane Doe about order 113-1234567-1234567',
    );
  });

  it('fills the Chinese label, where the order comes first', () => {
    expect(labelFiller('就订单 \u0002 联系买家 \u0001')('王小明', '113-1234567-1234567')).toBe(
      '就订单 113-1234567-1234567 联系买家 王小明',
    );
  });

  it('takes names literally: no replacement patterns, no markup', () => {
    const fill = labelFiller('Contact buyer \u0001 about order \u0002');
    expect(fill("$& $1 $' <b>x</b>", '113-1234567-1234567')).toBe("Contact buyer $& $1 $' <b>x</b> about order 113-1234567-1234567");
  });

  it('still fills a translation that lost one of its slots', () => {
    expect(labelFiller('Contact \u0001')('Jane', '113-1234567-1234567')).toBe('Contact Jane');
    expect(labelFiller('Contact about \u0002')('Jane', '113-1234567-1234567')).toBe('Contact about 113-1234567-1234567');
  });

  it('labelName removes bidi controls, collapses spaces and caps the length', () => {
    expect(labelName('  \u202EJane\n\t Doe\u202C ')).toBe('Jane Doe');
    expect(labelName('x'.repeat(300))).toHaveLength(80);
  });
});
