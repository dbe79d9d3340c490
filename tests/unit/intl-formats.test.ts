import { describe, expect, it } from 'vitest';
import { dateFormat, displayNames, relativeTimeFormat } from '@/lib/domain/intl-formats';

describe('Intl formatters made once', () => {
  it('answers the same formatter for the same language and options, another for others', () => {
    const a = dateFormat('de', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(dateFormat('de', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(a);
    expect(dateFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' })).not.toBe(a);
    expect(dateFormat('de', { dateStyle: 'short', timeZone: 'UTC' })).not.toBe(a);
    expect(a.format(Date.UTC(2026, 0, 2))).toBe('02.01.2026');
  });

  it('falls back to English for a language Intl refuses', () => {
    expect(dateFormat('not a tag!', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 2))).toBe(
      'January 2, 2026',
    );
    expect(displayNames('@@', { type: 'language' }).of('de')).toBe('German');
    expect(relativeTimeFormat('@@', { numeric: 'auto' }).format(-1, 'day')).toBe('yesterday');
  });
});
