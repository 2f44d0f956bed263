/**
 * A download size as readers of `htmlLang` write it ("4.2 MB", "4,2 Mo"),
 * in megabytes of 1,000,000 bytes, with Latin digits in every language
 * (as ITU's Arabic pages write them).
 */
export function formatMegabytes(bytes: number, htmlLang: string): string {
  const megabytes = bytes / 1_000_000;
  return new Intl.NumberFormat(`${htmlLang}-u-nu-latn`, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: megabytes < 10 ? 1 : 0,
  }).format(Math.max(megabytes, 0.1));
}
