/**
 * The index of the last item whose key is at or before `value`, or -1 when none is: a binary
 * search over items sorted by that key (blocks, tokens, mentions and quote pieces all are).
 *
 * @param items Items in ascending order of `key`.
 * @param value The value to look up.
 * @param key The number each item is sorted by.
 * @returns The index, or -1.
 * @example
 * ```ts
 * lastAtOrBefore([{ start: 0 }, { start: 5 }, { start: 9 }], 7, (item) => item.start); // 1
 * ```
 */
export function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]!) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
