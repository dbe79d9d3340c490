/**
 * Intl formatters, made once per language and options. Making one costs far
 * more than using it (a DateTimeFormat is about 0.3 ms here), and the
 * composer's rules check formats the order's dates on every keystroke.
 * A language Intl refuses falls back to English, as each caller did before.
 */
type Options = Intl.DateTimeFormatOptions | Intl.DisplayNamesOptions | Intl.RelativeTimeFormatOptions;

const made = new Map<string, unknown>();

function once<T>(kind: string, lang: string, options: Options, make: (lang: string) => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let format = made.get(key) as T | undefined;
  if (format === undefined) {
    try {
      format = make(lang);
    } catch {
      format = make('en');
    }
    made.set(key, format);
  }
  return format;
}

export const dateFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  once('date', lang, options, (l) => new Intl.DateTimeFormat(l, options));

export const displayNames = (lang: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames =>
  once('names', lang, options, (l) => new Intl.DisplayNames([l], options));

export const relativeTimeFormat = (lang: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  once('relative', lang, options, (l) => new Intl.RelativeTimeFormat(l, options));
