import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { treeShift } from '../model/blocks.js';
import { type Problem, problem } from '../model/problem.js';
import type { Span } from '../schema/span.js';

// What hosts that parse front matter themselves leave on the file: Astro
// (`file.data.astro.frontmatter`), vfile-matter (`file.data.matter`), and others by the name
// `frontmatter`.
interface HostData {
  astro?: { frontmatter?: unknown };
  matter?: unknown;
  frontmatter?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Front matter a host parsed before remark saw the file, when it holds any key.
 *
 * @param file The file a host handed remark.
 * @returns The front matter as plain data, or undefined.
 */
export function hostFrontMatter(file: VFile): Record<string, unknown> | undefined {
  const data = file.data as HostData;
  for (const candidate of [data.astro?.frontmatter, data.matter, data.frontmatter]) {
    if (isRecord(candidate) && Object.keys(candidate).length > 0) return candidate;
  }
  return undefined;
}

// `---`, lines, `---` at the very start: what remark-frontmatter would have made a `yaml` node.
const FENCED = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/u;

/**
 * Front matter that reached remark without remark-frontmatter: remark-parse made a thematic
 * break and a setext heading of it. The nodes it covers are left out and it is read as front
 * matter, as the `yaml` node the plugin would have made, and a warning says what to add.
 *
 * @param blocks The tree's top-level blocks (not changed).
 * @param input The source text.
 * @returns The blocks after it, the front matter's span (fences included), and the warning,
 *   when front matter was recovered.
 */
export function recoverFrontMatter(blocks: readonly RootContent[], input: string): { blocks: RootContent[]; frontMatter: Span; problem: Problem } | undefined {
  const first = blocks[0];
  if (first?.type !== 'thematicBreak' || blocks.some((node) => node.type === 'yaml')) return undefined;
  const match = FENCED.exec(input);
  const shift = treeShift(input);
  const firstStart = (first.position?.start.offset ?? -1) + shift;
  if (!match || firstStart > match[1]!.indexOf('-')) return undefined;
  const end = match[0].length;
  const start = match[1]!.indexOf('-');
  const rest = blocks.filter((node: RootContent) => (node.position?.start.offset ?? 0) + shift >= end);
  return { blocks: rest, frontMatter: { start: firstStart, end }, problem: problem('front-matter-unparsed', { start, end }) };
}

/**
 * Where the text a host handed remark starts in the whole file: hosts that strip the front
 * matter (Astro's content collections) count lines from the body.
 *
 * @param source The whole file, as the `source` option returns it.
 * @param value The text remark parsed.
 * @returns Lines and the column on the first line to add, and the offset; undefined when the
 *   text is not in the source.
 */
export function bodyOffset(source: string, value: string): { line: number; column: number; offset: number } | undefined {
  const body = value.trim();
  const at = body === '' ? -1 : source.indexOf(body);
  if (at < 0) return undefined;
  // `value` may keep leading whitespace the host did not trim.
  const offset = at - (value.length - value.trimStart().length);
  if (offset < 0) return undefined;
  const before = source.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/u);
  return { line: lines.length - 1, column: lines.at(-1)!.length, offset };
}

/**
 * Move messages placed in the body to their place in the whole file.
 *
 * @param messages The messages to move, changed in place.
 * @param shift From {@link bodyOffset}.
 */
export function shiftMessages(messages: readonly VFileMessage[], shift: { line: number; column: number; offset: number }): void {
  const move = (point: { line: number; column: number; offset?: number | undefined } | undefined) => {
    if (!point) return;
    if (point.line === 1) point.column += shift.column;
    point.line += shift.line;
    if (point.offset !== undefined) point.offset += shift.offset;
  };
  for (const message of messages) {
    const place = message.place;
    if (place && 'start' in place) {
      move(place.start);
      move(place.end);
    } else move(place ?? undefined);
    if (message.line !== undefined && message.line !== null) {
      if (message.line === 1 && message.column !== undefined && message.column !== null) message.column += shift.column;
      message.line += shift.line;
    }
    // The name is the place as text (`ferry.md:9:48-9:55`), set when the message was made.
    const at = place && 'start' in place ? `${point(place.start)}-${point(place.end)}` : place ? point(place) : undefined;
    if (at) message.name = message.file ? `${message.file}:${at}` : at;
  }
}

function point(place: { line: number; column: number }): string {
  return `${place.line}:${place.column}`;
}
