import type { VFileMessage } from 'vfile-message';

/**
 * The `code` of every error newsmark throws. Content problems are never thrown (they are
 * messages); these are the only ways a call fails:
 *
 * - `NEWSMARK_INVALID_INPUT`: the input is not a string (a `TypeError`).
 * - `NEWSMARK_INPUT_TOO_LONG`: the input is longer than `options.maxLength`.
 * - `NEWSMARK_INVALID_OPTIONS`: an option is malformed (an unknown rule id, a stance entry
 *   without a phrase, a `schema` that is not a zod schema).
 * - `NEWSMARK_INVALID_ARTICLE`: `parseArticle` read an article that does not match its schema;
 *   the error's `messages` say where.
 */
export type NewsmarkErrorCode = 'NEWSMARK_INVALID_INPUT' | 'NEWSMARK_INPUT_TOO_LONG' | 'NEWSMARK_INVALID_OPTIONS' | 'NEWSMARK_INVALID_ARTICLE';

/**
 * The error newsmark throws, with a machine `code` (see {@link NewsmarkErrorCode}) beside the
 * human message. For `NEWSMARK_INVALID_ARTICLE`, `messages` holds every message of the file, as
 * `ZodError` holds its issues; for `NEWSMARK_INVALID_OPTIONS`, `problems` lists each bad option.
 *
 * @example
 * ```ts
 * import { NewsmarkError, parseArticle } from 'newsmark';
 *
 * try {
 *   parseArticle('x'.repeat(20), { maxLength: 10 });
 * } catch (error) {
 *   if (error instanceof NewsmarkError) error.code; // 'NEWSMARK_INPUT_TOO_LONG'
 * }
 * ```
 */
export class NewsmarkError extends Error {
  /** What went wrong, for programs: see {@link NewsmarkErrorCode}. */
  readonly code: NewsmarkErrorCode;
  /** The file's messages, for `NEWSMARK_INVALID_ARTICLE`; empty otherwise. */
  readonly messages: readonly VFileMessage[];
  /** Each bad option, for `NEWSMARK_INVALID_OPTIONS`; empty otherwise. */
  readonly problems: readonly string[];

  /**
   * @param code What went wrong.
   * @param message The human message.
   * @param details The file's messages or the option problems behind it.
   */
  constructor(code: NewsmarkErrorCode, message: string, details: { messages?: readonly VFileMessage[]; problems?: readonly string[] } = {}) {
    super(message);
    this.name = 'NewsmarkError';
    this.code = code;
    this.messages = details.messages ?? [];
    this.problems = details.problems ?? [];
  }
}

/** A `TypeError` with the `NEWSMARK_INVALID_INPUT` code, for input that is not text. */
export function inputTypeError(input: unknown, what: string): TypeError & { code: NewsmarkErrorCode } {
  const got = input === null ? 'null' : input instanceof Uint8Array ? input.constructor.name : Array.isArray(input) ? 'an array' : typeof input;
  const hint = input instanceof Uint8Array ? ': decode it first, as with `new TextDecoder().decode(bytes)` or `buffer.toString(\'utf8\')`' : '';
  return Object.assign(new TypeError(`Expected ${what} to be a string, got ${got}${hint}`), { code: 'NEWSMARK_INVALID_INPUT' as const });
}
