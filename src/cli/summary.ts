import type { Article } from '../schema/article.js';

const clip = (text: string, length = 70) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * A readable summary of an article for the terminal: structure, quotes, entities, stance.
 *
 * @param article A parsed article.
 * @returns Text lines.
 */
export function summarize(article: Article): string {
  const paragraphs = article.sections.flatMap((section) => section.paragraphs);
  const sentences = paragraphs.reduce((count, paragraph) => count + paragraph.sentences.length, 0);
  const names = new Map(article.entities.map((entity) => [entity.id, entity.name]));
  const lines = [
    `headline: ${article.meta.headline ?? '(none)'}`,
    `${article.sections.length} sections, ${paragraphs.length} paragraphs, ${sentences} sentences`,
    ...article.sections.map((section) => `  [${section.role}] ${section.heading?.text ?? '(no heading)'}: ${section.paragraphs.length} paragraphs`),
    `${article.quotes.length} quotes`,
    ...article.quotes.map((quote) => {
      const speaker = quote.speaker ? (quote.speaker.entityId ? names.get(quote.speaker.entityId) : quote.speaker.text) : '?';
      const via = quote.via ? ` (via ${quote.via.text})` : '';
      return `  ${quote.kind.padEnd(8)} ${speaker} ${quote.cue?.text ?? '—'}${via}: “${clip(quote.content.text)}”`;
    }),
    `${article.entities.length} entities`,
    ...article.entities.map((entity) => {
      const titles = entity.titles.length > 0 ? ` [${entity.titles.join(', ')}]` : '';
      return `  ${entity.type.padEnd(12)} ${entity.name}${titles}: ${entity.mentions.length} mentions`;
    }),
    `${article.stance.length} stance markers`,
    ...(['hedge', 'booster', 'attitude', 'self-mention', 'engagement'] as const).map((kind) => {
      const words = article.stance.filter((marker) => marker.kind === kind).map((marker) => marker.text.toLowerCase());
      return `  ${kind.padEnd(12)} ${words.length}: ${[...new Set(words)].join(', ')}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}
