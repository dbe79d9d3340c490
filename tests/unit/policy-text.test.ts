import { describe, expect, it } from 'vitest';
import { fold, foldUnit } from '@/lib/domain/policy/text';

describe('fold', () => {
  it('folds every code unit exactly as foldUnit does, one for one', () => {
    const differ: number[] = [];
    for (let u = 0; u <= 0xffff; u++) {
      const c = String.fromCharCode(u);
      if (fold(`a${c}b`) !== `a${String.fromCharCode(foldUnit(u))}b`) differ.push(u);
    }
    expect(differ).toEqual([]);
  });

  it('keeps the length and folds full-width, odd spaces, dashes and quotes', () => {
    const text = 'Ｅｍａｉｌ：ｍｅ＠ｘ．ｉｏ\u3000—\u00a0“hi” it’s 😀';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe('Email:me@x.io - "hi" it\'s 😀');
  });

  it('answers plain text unchanged', () => {
    const text = 'Thank you for your order.'.repeat(100);
    expect(fold(text)).toBe(text);
  });
});
