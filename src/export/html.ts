import { location } from 'vfile-location';
import type { Article } from '../schema/article.js';
import type { Entity } from '../schema/entity.js';
import type { Quote } from '../schema/quote.js';
import type { Span } from '../schema/span.js';
import type { StanceMarker } from '../schema/stance.js';
import { escapeHtml, type Mark, type Point, renderInline, startTag } from './html/inline.js';
import { entitySummary, type PlacedMessage, renderPanel, STANCE_LABELS } from './html/panel.js';
import { SCRIPT, SCRIPT_HASH, STYLE } from './html/theme.js';

/** A place in the source: 1-based line and column, and the offset when known. */
export interface HtmlPoint {
  line: number;
  column: number;
  offset?: number | undefined;
}

/**
 * A message to show in the view, at its place: a `VFileMessage` from `safeParseArticle` fits.
 */
export interface HtmlMessage {
  reason: string;
  ruleId?: string | null | undefined;
  /** `true` an error, `false` a warning, else information. */
  fatal?: boolean | null | undefined;
  place?: HtmlPoint | { start: HtmlPoint; end: HtmlPoint } | null | undefined;
}

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** Messages to pin at their place and list in the side panel (`result.messages`). */
  messages?: readonly HtmlMessage[] | undefined;
  /** The page title; default: the headline, else "Article". */
  title?: string | undefined;
}

function speakerName(quote: Quote, entities: ReadonlyMap<string, Entity>): string {
  const entity = quote.speaker?.entityId ? entities.get(quote.speaker.entityId) : undefined;
  return entity?.name ?? quote.speaker?.text ?? 'no speaker found';
}

function quoteMarks(quote: Quote, entities: ReadonlyMap<string, Entity>): { marks: Mark[]; label: Point } {
  const name = speakerName(quote, entities);
  const cue = quote.cue ? `, cue “${quote.cue.text}”${quote.cue.class === 'loaded' ? ' (loaded)' : ''}` : '';
  const title = `${quote.kind[0]!.toUpperCase()}${quote.kind.slice(1)} quote by ${name}${cue}`;
  const pieces = quote.content.parts?.map((part) => part.span) ?? [quote.content.span];
  const marks: Mark[] = pieces.map((span) => ({
    span,
    rank: 0,
    tag: 'span',
    attributes: { class: `nm-quote nm-quote-${quote.kind}`, 'data-quote': quote.id, title },
  }));
  if (quote.speaker) {
    const anonymous = quote.speaker.anonymous ? ' nm-speaker-anonymous' : '';
    marks.push({ span: quote.speaker.span, rank: 1, tag: 'span', attributes: { class: `nm-speaker${anonymous}`, 'data-quote': quote.id, title: `Speaker of ${quote.kind === 'indirect' ? 'an' : 'a'} ${quote.kind} quote` } });
  }
  if (quote.cue) {
    const loaded = quote.cue.class === 'loaded' ? ' nm-cue-loaded' : '';
    marks.push({ span: quote.cue.span, rank: 1, tag: 'span', attributes: { class: `nm-cue${loaded}`, 'data-quote': quote.id, title: `Cue “${quote.cue.lemma}”, ${quote.cue.class}` } });
  }
  if (quote.via) {
    marks.push({ span: quote.via.span, rank: 1, tag: 'span', attributes: { class: 'nm-via', 'data-quote': quote.id, title: 'Reported through' } });
  }
  const label = startTag('span', { class: 'nm-quote-label', 'data-quote': quote.id, 'data-label': name });
  return { marks, label: { offset: quote.content.span.end, html: `${label}</span>` } };
}

function mentionMarks(entity: Entity): Mark[] {
  const title = entitySummary(entity);
  return entity.mentions.map((mention) => ({
    span: mention.span,
    rank: 2,
    tag: 'span',
    attributes: { class: `nm-mention nm-type-${entity.type} nm-mention-${mention.kind}`, 'data-entity': entity.id, title },
    first: { tabindex: 0 },
  }));
}

function stanceMark(marker: StanceMarker, quotes: ReadonlyMap<string, Quote>, entities: ReadonlyMap<string, Entity>): Mark {
  const quote = marker.holder.kind === 'speaker' ? quotes.get(marker.holder.quoteId) : undefined;
  const holder = marker.holder.kind === 'author' ? 'the author' : quote ? speakerName(quote, entities) : 'a speaker';
  const attribution = marker.attribution ? ', the loaded cue of a quote' : '';
  return {
    span: marker.span,
    rank: 3,
    tag: 'span',
    attributes: {
      class: `nm-stance nm-kind-${marker.kind} nm-holder-${marker.holder.kind}`,
      'data-marker': marker.id,
      'data-label': STANCE_LABELS[marker.kind],
      title: `${marker.kind[0]!.toUpperCase()}${marker.kind.slice(1)} “${marker.lemma}”, held by ${holder}${attribution}`,
    },
  };
}

function placeOf(message: HtmlMessage, toOffset: (point: HtmlPoint) => number | undefined): { span: Span | undefined; where: string } {
  const place = message.place;
  if (!place) return { span: undefined, where: '' };
  const [start, end] = 'start' in place ? [place.start, place.end] : [place, place];
  const startOffset = start.offset ?? toOffset(start);
  const endOffset = end.offset ?? toOffset(end);
  const where = start === end || (start.line === end.line && start.column === end.column) ? `${start.line}:${start.column}` : `${start.line}:${start.column}-${end.line}:${end.column}`;
  if (startOffset === undefined) return { span: undefined, where };
  return { span: { start: startOffset, end: Math.max(startOffset, endOffset ?? startOffset) }, where };
}

/** Spans are only right with the text they were taken from: refuse to draw another one. */
function checkSource(article: Article, source: string): void {
  const snippets = [
    ...(article.meta.headlineSource === 'text' && article.meta.headlineSpan ? [article.meta.headlineSpan] : []),
    ...article.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs.flatMap((paragraph) => paragraph.parts ?? [paragraph])]),
  ];
  for (const snippet of snippets) {
    const actual = source.slice(snippet.span.start, snippet.span.end);
    if (actual !== snippet.text) {
      throw new Error(`Unexpected source that is not the article's: at ${snippet.span.start}-${snippet.span.end} it reads ${JSON.stringify(actual.slice(0, 40))}, expected ${JSON.stringify(snippet.text.slice(0, 40))}`);
    }
  }
}

interface Block {
  tag: string;
  attributes: Record<string, string>;
  pieces: Span[];
}

function blocks(article: Article, source: string): { header: Block[]; sections: { attributes: Record<string, string>; blocks: Block[] }[]; footer: Block[] } {
  const header: Block[] = [];
  const { meta } = article;
  // A front matter headline is not the article's text: it is listed with the other facts.
  if (meta.headlineSpan && meta.headlineSource === 'text') header.push({ tag: 'h1', attributes: { class: 'nm-headline' }, pieces: [meta.headlineSpan.span] });
  if (meta.bylineSpan) header.push({ tag: 'p', attributes: { class: 'nm-byline' }, pieces: [meta.bylineSpan.span] });
  // A dateline opens the first paragraph's line but is not in its text: draw it with the
  // paragraph, from the dateline on ("LONDON (Reuters) - The council…").
  const dateline = meta.dateline?.span;
  let datelineUsed = false;
  const sections = article.sections.map((section) => {
    const inner: Block[] = [];
    if (section.heading) inner.push({ tag: 'h2', attributes: { class: 'nm-heading' }, pieces: [section.heading.span] });
    for (const paragraph of section.paragraphs) {
      const pieces = paragraph.parts?.map((part) => part.span) ?? [paragraph.span];
      if (dateline && !datelineUsed && dateline.end <= paragraph.span.start && !/\n\s*\n/u.test(source.slice(dateline.end, paragraph.span.start))) {
        pieces.unshift({ start: dateline.start, end: pieces[0]!.start });
        datelineUsed = true;
      }
      inner.push({ tag: 'p', attributes: { class: 'nm-paragraph', id: `nm-${paragraph.id}`, 'data-paragraph': paragraph.id }, pieces });
    }
    return { attributes: { class: `nm-section nm-role-${section.role}`, id: `nm-${section.id}`, 'data-section': section.id, 'data-role': section.role }, blocks: inner };
  });
  const footer = (meta.signOff ?? []).map((line): Block => ({ tag: 'p', attributes: { class: 'nm-signoff' }, pieces: [line.span] }));
  return { header, sections, footer };
}

/**
 * The article drawn as one standalone, accessible HTML page: its own text, in its sections and
 * paragraphs, with each quote highlighted and its speaker named beside it, the cue marked,
 * each entity mention underlined by type (hover or focus one to light up all its mentions),
 * stance markers boxed by kind and holder, and messages pinned at their place; a side panel
 * lists speakers by quotes, entities by mentions, and charts stance density per section.
 * Everything is inline (style, script, chart) and a Content-Security-Policy forbids any
 * request, so the page can be saved, mailed or embedded as it is. Text is escaped. It reads the
 * Article and its source only, so it works in browsers too; the class names are stable and
 * documented (docs/html-view.md) for restyling.
 *
 * @param article An article from `parseArticle` (or `safeParseArticle`'s `file.data.newsmark`).
 * @param source The text it was parsed from: spans point into it.
 * @param options `messages` to pin (such as `safeParseArticle`'s), `title` of the page.
 * @returns The HTML page.
 * @throws {TypeError} When `source` is not a string.
 * @throws {Error} When `source` is not the text the article was parsed from.
 * @example
 * ```ts
 * import { safeParseArticle, toHtml } from 'newsmark';
 *
 * const source = 'Markets rally\n\n“Shares will rise,” Ana Silva said.';
 * const result = safeParseArticle(source);
 * const html = toHtml(result.file.data.newsmark!, source, { messages: result.messages });
 * html.includes('class="nm-quote nm-quote-direct"'); // true
 * ```
 */
export function toHtml(article: Article, source: string, options: HtmlOptions = {}): string {
  if (typeof source !== 'string') throw new TypeError(`Expected \`source\` to be a string, got ${source === null ? 'null' : typeof source}`);
  checkSource(article, source);
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
  const quotes = new Map(article.quotes.map((quote) => [quote.id, quote]));
  const marks: Mark[] = [];
  const points: Point[] = [];
  for (const quote of article.quotes) {
    const drawn = quoteMarks(quote, entities);
    for (const mark of drawn.marks) marks.push(mark);
    points.push(drawn.label);
  }
  if (article.meta.dateline) marks.push({ span: article.meta.dateline.span, rank: 1, tag: 'span', attributes: { class: 'nm-dateline', title: 'Dateline' } });
  // Pushed one by one: an entity can have more mentions than a call takes arguments.
  for (const entity of article.entities) for (const mark of mentionMarks(entity)) marks.push(mark);
  for (const marker of article.stance) marks.push(stanceMark(marker, quotes, entities));

  const layout = blocks(article, source);
  const all = [...layout.header, ...layout.sections.flatMap((section) => section.blocks), ...layout.footer];
  const shown = (offset: number) => all.some((block) => block.pieces.some((piece) => piece.start <= offset && offset <= piece.end));
  const index = location(source);
  const toOffset = (point: HtmlPoint) => index.toOffset({ line: point.line, column: point.column });
  const placed: PlacedMessage[] = (options.messages ?? []).map((message, at) => {
    const number = at + 1;
    const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
    const { span, where } = placeOf(message, toOffset);
    const pinned = span !== undefined && shown(span.start);
    if (span && pinned) {
      const symbol = severity === 'error' ? '✖' : severity === 'warning' ? '⚠' : 'ℹ';
      const label = `${severity[0]!.toUpperCase()}${severity.slice(1)} ${number}: ${message.reason}`;
      const pin = startTag('a', { class: `nm-pin nm-pin-${severity}`, id: `nm-pin-${number}`, href: `#nm-message-${number}`, 'data-label': `${symbol}${number}`, 'aria-label': label, title: label });
      points.push({ offset: span.start, html: `${pin}</a>` });
      if (span.end > span.start) marks.push({ span, rank: 4, tag: 'span', attributes: { class: `nm-flag nm-flag-${severity}`, 'data-message': number } });
    }
    return { number, severity, reason: message.reason, ruleId: message.ruleId ?? undefined, where, pinned };
  });

  const draw = (block: Block) => `${startTag(block.tag, block.attributes)}${renderInline(source, block.pieces, marks, points)}</${block.tag}>`;
  const body = [
    ...layout.header.map(draw),
    ...layout.sections.map((section) => `${startTag('section', section.attributes)}\n${section.blocks.map(draw).join('\n')}\n</section>`),
    ...(layout.footer.length > 0 ? [`<footer class="nm-footer">\n${layout.footer.map(draw).join('\n')}\n</footer>`] : []),
  ].join('\n');

  const { meta } = article;
  const facts: [string, string | undefined][] = [
    ['Headline', meta.headlineSource === 'front-matter' ? (meta.headline ?? undefined) : undefined],
    ['By', meta.authors?.join(', ') ?? (meta.bylineSpan ? undefined : meta.byline)],
    ['Published', meta.datePublished],
    ['Modified', meta.dateModified],
    ['Publisher', meta.publisher],
    ['Section', meta.section],
    ['Tags', meta.tags?.join(', ')],
  ];
  const known = facts.filter((fact): fact is [string, string] => fact[1] !== undefined && fact[1] !== '');
  const metaList = known.length > 0 ? `<dl class="nm-meta">${known.map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>\n` : '';
  const title = options.title ?? meta.headline ?? 'Article';
  const lang = meta.language ? ` lang="${escapeHtml(meta.language)}"` : '';
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="generator" content="newsmark">
<title>${escapeHtml(title)} · newsmark</title>
<style>${STYLE}</style>
</head>
<body>
<div class="nm-page">
<main class="nm-main">
${metaList}<article class="nm-article"${lang}>
${body}
</article>
</main>
${renderPanel(article, placed)}
</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
