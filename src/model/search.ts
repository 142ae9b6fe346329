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

/**
 * The furthest end reached by each prefix of spans sorted by start: `result[i]` is the largest
 * `end` among items 0 to i. With {@link lastAtOrBefore} on the starts, whether any span starting
 * at or before an offset reaches past another is one binary search, not a scan of every span.
 *
 * @param spans Items in ascending order of `start`.
 * @returns The running furthest end, one per item.
 * @example
 * ```ts
 * furthestEnds([{ start: 0, end: 9 }, { start: 2, end: 4 }, { start: 5, end: 12 }]); // [9, 9, 12]
 * ```
 */
export function furthestEnds(spans: readonly { end: number }[]): number[] {
  const ends: number[] = [];
  for (const span of spans) ends.push(Math.max(ends[ends.length - 1] ?? Number.NEGATIVE_INFINITY, span.end));
  return ends;
}
