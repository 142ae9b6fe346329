// A dateline opening a story, read in one left-to-right pass: each part is a sticky pattern
// with one quantifier over characters it alone can take, so the cost is linear in the
// dateline's length whatever follows. Shapes (AP Stylebook, "datelines"; Reuters; CoNLL's
// wire copy): "WASHINGTON —", "KYIV, Ukraine (Reuters) -", "NAIROBI 2024-05-01 …",
// "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "JERUSALEM (AP) _".
import { MONTHS, WEEKDAYS } from '../lexicon/function-words.js';
import type { Span } from '../schema/span.js';

/**
 * The dateline of a document: its span and its place names.
 */
export interface Dateline {
  /** The dateline as written ("KYIV, Ukraine (Reuters)"), the dash left out. */
  span: Span;
  /** Its place names, city first ("KYIV", "Ukraine"): entities read them from here. */
  places: Span[];
}

/** A dateline at the start of a piece of text. */
export interface DatelineMatch {
  /** The dateline as written: places, date and agency, the dash left out. */
  span: Span;
  /** Where the story starts after it (past the dash and spaces); the text's end when it is all dateline. */
  body: number;
  /** Its place names: the city, then each region or country ("KYIV", "Ukraine"). */
  places: Span[];
  /** Whether a date or an agency closes it, so that no dash is needed ("NAIROBI 2024-05-01"). */
  closed: boolean;
  /** Whether it holds a date. */
  dated: boolean;
}

// A word in capitals: "WASHINGTON", "ST.", "O'HARE", "WINSTON-SALEM" (a hyphen only between capitals).
const CAPITALS = /\p{Lu}(?:[\p{Lu}'\u2019.]|-\p{Lu})*/uy;
// A capitalised word or an abbreviation: "Ukraine", "N.Y.", "Calif.".
const NAME = /\p{Lu}(?:[\p{L}'\u2019.]|-\p{L})*/uy;
// A numeric date: "2024-05-01", "1/5/2024" (not "2024-25", a season or a budget year).
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/uy;
const DAY = /\d{1,2}\b/uy;
// The agency in brackets: "(Reuters)", "(AP)", "(UPI)".
const AGENCY = /\(\p{Lu}[^()\n]{0,40}\)/uy;
const TWO_CAPITALS = /\p{Lu}{2}/u;

const CALENDAR = new Set([...MONTHS, ...WEEKDAYS, 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
/** Words in the city at most ("SALT LAKE CITY"). */
const CITY_WORDS = 4;
/** Words in a region at most ("New South Wales"). */
const REGION_WORDS = 3;

function stickyAt(pattern: RegExp, input: string, at: number, end: number): number {
  pattern.lastIndex = at;
  const match = pattern.exec(input);
  return match && at + match[0].length <= end ? at + match[0].length : -1;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

/** A month or weekday, maybe abbreviated with a full stop, and maybe a day after it: "Sept. 26", "May 5", "Monday". */
function calendarAt(input: string, at: number, end: number): number {
  const word = stickyAt(NAME, input, at, end);
  if (word === -1 || !CALENDAR.has(input.slice(at, word).replace(/\.$/u, ''))) return -1;
  if (word < end && isSpace(input.charCodeAt(word))) {
    const day = stickyAt(DAY, input, word + 1, end);
    if (day !== -1) return day;
  }
  return word;
}

/** Capitalised words separated by single spaces, up to `most`: where they end, or -1. */
function wordsAt(input: string, at: number, end: number, pattern: RegExp, most: number): number {
  let reached = stickyAt(pattern, input, at, end);
  for (let words = 1; reached !== -1 && words < most; words++) {
    if (reached + 1 >= end || !isSpace(input.charCodeAt(reached))) break;
    // A calendar word after the city starts the date, not another place word.
    if (calendarAt(input, reached + 1, end) !== -1) break;
    const next = stickyAt(pattern, input, reached + 1, end);
    if (next === -1) break;
    reached = next;
  }
  return reached;
}

/**
 * Find a dateline opening `input[start, end)`.
 *
 * @param input The source text.
 * @param start Where the paragraph's text starts.
 * @param end Where it ends.
 * @returns The dateline, or null when the text does not open with one.
 */
export function findDateline(input: string, start: number, end: number): DatelineMatch | null {
  const city = wordsAt(input, start, end, CAPITALS, CITY_WORDS);
  if (city === -1 || !TWO_CAPITALS.test(input.slice(start, city))) return null;
  // "MAIDSTONE, England" but not "IT" alone, nor a city word that runs into lowercase ("LONDONer").
  if (city < end && /[\p{Ll}\p{N}]/u.test(input[city]!)) return null;
  const places: Span[] = [{ start, end: city }];
  let at = city;
  let closed = false;
  let dated = false;
  // ", Region" (twice at most: "HEMPSTEAD, N.Y., Sept. 26"), or ", Date".
  for (let parts = 0; parts < 3 && input[at] === ',' && at + 2 < end && isSpace(input.charCodeAt(at + 1)); parts++) {
    const date = calendarAt(input, at + 2, end);
    if (date !== -1) {
      at = date;
      closed = true;
      dated = true;
      break;
    }
    const region = wordsAt(input, at + 2, end, NAME, REGION_WORDS);
    if (region === -1 || parts === 2) return null;
    places.push({ start: at + 2, end: region });
    at = region;
  }
  // " 2024-05-01", " May 5".
  if (!closed && at + 1 < end && isSpace(input.charCodeAt(at))) {
    const date = stickyAt(NUMERIC_DATE, input, at + 1, end);
    const calendar = date === -1 ? calendarAt(input, at + 1, end) : -1;
    if (date !== -1 || calendar !== -1) {
      at = date !== -1 ? date : calendar;
      closed = true;
      dated = true;
    }
  }
  // " (Reuters)".
  let gap = at;
  while (gap < end && isSpace(input.charCodeAt(gap))) gap++;
  const agency = input[gap] === '(' ? stickyAt(AGENCY, input, gap, end) : -1;
  if (agency !== -1) {
    at = agency;
    closed = true;
  }
  const dateline = { start, end: at };
  // The dash: an em or en dash, "--", or a hyphen or AP's underscore set off by a space.
  let dash = at;
  while (dash < end && isSpace(input.charCodeAt(dash))) dash++;
  const mark = input[dash];
  let after = -1;
  if (mark === '\u2014' || mark === '\u2013') after = dash + 1;
  else if (mark === '-' && input[dash + 1] === '-') after = dash + 2;
  else if ((mark === '-' || mark === '_') && (dash > at || isSpace(input.charCodeAt(dash + 1)))) after = dash + 1;
  if (after !== -1) {
    let body = after;
    while (body < end && /\s/u.test(input[body]!)) body++;
    // A line that is all dateline and dash is not one, nor a slug before a headline in capitals
    // ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP"): a story follows in mixed case.
    return body < end && /\p{Ll}/u.test(input.slice(body, end)) ? { span: dateline, body, places, closed, dated } : null;
  }
  if (!closed) return null;
  // No dash: a date or an agency closes the dateline, and the story follows after a space or a line break.
  if (at < end && !/\s/u.test(input[at]!)) return null;
  let body = at;
  while (body < end && /\s/u.test(input[body]!)) body++;
  return { span: dateline, body, places, closed, dated };
}
