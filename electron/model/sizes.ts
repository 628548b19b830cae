/**
 * How a file size is written for a person, everywhere (messages, warnings, the ZIP's read-me, the
 * interface): "10.5 MB" in English, "10,5 Mo" in French (decimal comma, no-break space, octets).
 * `lang` is an interface language ('fr', 'en') or a document's ('fr-CA', 'en-GB', 'ja').
 */
export function formatSize(bytes: number, lang: string): string {
  const fr = lang.startsWith('fr');
  const units = fr ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const locale = fr ? 'fr-CA' : lang === 'ja' ? 'ja-JP' : 'en-US';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1, useGrouping: false }).format(value);
  return `${number}${fr ? '\u00a0' : ' '}${units[unit]}`;
}
