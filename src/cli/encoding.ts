/// <reference types="node" />
import type { VFile } from 'vfile';
import { isFatal, RULE_REGISTRY, ruleReason } from '../rules/registry.js';

/**
 * Text from a file's bytes: UTF-8 (a UTF-16 file with its byte order mark is read as UTF-16).
 * Bytes that are not UTF-8 (a Latin-1 file, say) become U+FFFD, and `invalidAt` says where
 * the first one is, for a warning; text is never silently read wrong.
 */
export function decodeText(bytes: Uint8Array): { text: string; invalidAt?: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    // `ignoreBOM` keeps a UTF-8 byte order mark in the text, as the library expects it.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // The first U+FFFD the decoder made; one written in the file may come before it, which
    // only moves the warning's place.
    return { text, invalidAt: Math.max(0, text.indexOf('\uFFFD')) };
  }
}

/**
 * Warn on a file that was not valid UTF-8, at the first character read as U+FFFD.
 *
 * @param file The file, whose value is the decoded text.
 * @param offset Where the first replacement character is.
 */
export function warnInvalidUtf8(file: VFile, offset: number): void {
  const text = String(file);
  let line = 1;
  let column = 1;
  for (let at = 0; at < offset && at < text.length; at++) {
    if (text[at] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  const rule = RULE_REGISTRY['invalid-utf-8'];
  const message = file.message(ruleReason(rule.id, file.path ?? 'the input'), {
    place: { line, column, offset },
    ruleId: rule.id,
    source: 'newsmark',
  });
  message.fatal = isFatal(rule.id);
  message.url = rule.url;
}
