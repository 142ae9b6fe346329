import type { Article } from '../../schema/article.js';
import type { Entity } from '../../schema/entity.js';
import type { Section } from '../../schema/section.js';
import type { StanceKind, StanceTally } from '../../schema/stance.js';
import { escapeHtml, startTag } from './inline.js';

/** A message placed in the view. */
export interface PlacedMessage {
  /** 1-based, in the order given. */
  number: number;
  severity: 'error' | 'warning' | 'info';
  reason: string;
  ruleId: string | undefined;
  /** `line:column`, or `line:column-line:column`, or '' when the message has no place. */
  where: string;
  /** Whether its pin is in the text shown (else it is listed only). */
  pinned: boolean;
}

/** Stance kinds in the order the schema lists them, with their short labels. */
export const STANCE_LABELS: Record<StanceKind, string> = {
  hedge: 'hedge',
  booster: 'boost',
  attitude: 'attitude',
  'self-mention': 'self',
  engagement: 'engage',
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * How the view names an entity in titles and the side panel.
 *
 * @param entity An entity.
 * @returns "Ali Khamenei, person, 10 mentions".
 */
export function entitySummary(entity: Entity): string {
  const also = entity.aliases.length > 0 ? `; also ${entity.aliases.join(', ')}` : '';
  const titles = entity.titles.length > 0 ? `; ${entity.titles.join(', ')}` : '';
  return `${entity.name}, ${entity.type}, ${plural(entity.mentions.length, 'mention')}${also}${titles}`;
}

/**
 * A section's name in the chart: its heading, else its role and number.
 *
 * @param section A section.
 * @param index Its index in the article.
 * @returns The label.
 */
export function sectionLabel(section: Section, index: number): string {
  return section.heading?.text ?? `Section ${index + 1} (${section.role})`;
}

function speakers(article: Article, entities: ReadonlyMap<string, Entity>): string {
  const groups = new Map<string, { name: string; entityId: string | null; count: number; direct: number }>();
  for (const quote of article.quotes) {
    const entity = quote.speaker?.entityId ? entities.get(quote.speaker.entityId) : undefined;
    const key = entity ? `entity:${entity.id}` : quote.speaker ? `text:${quote.speaker.text.toLowerCase()}` : 'none';
    const name = entity?.name ?? quote.speaker?.text ?? 'no speaker found';
    const group = groups.get(key) ?? { name, entityId: entity?.id ?? null, count: 0, direct: 0 };
    group.count++;
    if (quote.kind === 'direct') group.direct++;
    groups.set(key, group);
  }
  if (groups.size === 0) return '<p class="nm-empty">No quotes found.</p>';
  const items = [...groups.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .map((group) => {
      const attributes = group.entityId ? { class: 'nm-speaker-item', 'data-entity': group.entityId, tabindex: 0 } : { class: 'nm-speaker-item' };
      const direct = group.direct > 0 ? ` (${group.direct} direct)` : '';
      return `${startTag('li', attributes)}${escapeHtml(group.name)} <span class="nm-count">${plural(group.count, 'quote')}${direct}</span></li>`;
    });
  return `<ol class="nm-speakers">${items.join('')}</ol>`;
}

function entityList(article: Article): string {
  if (article.entities.length === 0) return '<p class="nm-empty">No entities found.</p>';
  const items = [...article.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((entity) => {
      const attributes = { class: `nm-entity nm-type-${entity.type}`, 'data-entity': entity.id, 'data-summary': entitySummary(entity), tabindex: 0 };
      return `${startTag('li', attributes)}<span class="nm-entity-name">${escapeHtml(entity.name)}</span> <span class="nm-entity-type">${entity.type}</span> <span class="nm-count">${plural(entity.mentions.length, 'mention')}</span></li>`;
    });
  return `<ol class="nm-entities">${items.join('')}</ol>`;
}

function kindsText(tally: StanceTally): string {
  const kinds = (Object.keys(STANCE_LABELS) as StanceKind[]).filter((kind) => tally.byKind[kind].count > 0);
  return kinds.map((kind) => `${tally.byKind[kind].count} ${kind}`).join(', ');
}

const BAR_WIDTH = 100;

function chart(article: Article): string {
  const rows = article.stanceSummary.sections;
  if (rows.length === 0) return '<p class="nm-empty">No sections.</p>';
  // A fold, not a spread: an article can have more sections than a call takes arguments.
  const max = rows.reduce((most, row) => Math.max(most, row.per100Words), 0);
  const labels = new Map(article.sections.map((section, index) => [section.id, sectionLabel(section, index)]));
  const body = rows.map((row) => {
    const width = max > 0 ? Math.round((row.per100Words / max) * BAR_WIDTH) : 0;
    const bar = `<svg class="nm-bar-chart" width="${BAR_WIDTH + 2}" height="12" viewBox="0 0 ${BAR_WIDTH + 2} 12" aria-hidden="true"><rect class="nm-bar-track" x="0.5" y="0.5" width="${BAR_WIDTH + 1}" height="11"/><rect class="nm-bar" x="1" y="1" width="${width}" height="10"/></svg>`;
    const kinds = kindsText(row);
    const value = `${row.per100Words.toFixed(1)} per 100 words`;
    const detail = `${plural(row.count, 'marker')}${kinds ? `: ${kinds}` : ''}`;
    return `<tr data-section="${escapeHtml(row.sectionId)}"><th scope="row">${escapeHtml(labels.get(row.sectionId) ?? row.sectionId)}</th><td>${bar} <span class="nm-density">${value}</span><br><span class="nm-count">${escapeHtml(detail)}</span></td></tr>`;
  });
  const whole = article.stanceSummary.article;
  return `<table class="nm-chart"><caption class="nm-count">Whole article: ${whole.per100Words.toFixed(1)} per 100 words (${plural(whole.count, 'marker')})</caption><thead><tr><th scope="col">Section</th><th scope="col">Stance markers per 100 words</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function messageList(messages: readonly PlacedMessage[]): string {
  if (messages.length === 0) return '<p class="nm-empty">No messages.</p>';
  const items = messages.map((message) => {
    const back = message.pinned ? ` <a href="#nm-pin-${message.number}">show in text</a>` : '';
    const rule = message.ruleId ? ` <code class="nm-rule-id">${escapeHtml(message.ruleId)}</code>` : '';
    const where = message.where ? `<span class="nm-place">${message.where}</span> ` : '';
    return `<li class="nm-message nm-message-${message.severity}" id="nm-message-${message.number}">${where}<span class="nm-severity">${message.severity}</span> ${escapeHtml(message.reason)}${rule}${back}</li>`;
  });
  return `<ol class="nm-messages">${items.join('')}</ol>`;
}

const LEGEND = `<dl class="nm-legend">
<dt>Quotes</dt><dd><span class="nm-quote nm-quote-direct">direct</span>, <span class="nm-quote nm-quote-mixed">mixed</span> and <span class="nm-quote nm-quote-indirect">indirect</span> (solid, dashed, dotted rule), the speaker's name after each; the speaker in bold, the <span class="nm-cue">cue</span> underlined (<span class="nm-cue nm-cue-loaded">loaded cue</span>: double).</dd>
<dt>Entities</dt><dd>Underlined: <span class="nm-mention nm-type-person">person</span> (solid), <span class="nm-mention nm-type-organization">organization</span> (double), <span class="nm-mention nm-type-place">place</span> (dotted), <span class="nm-mention nm-type-other">other</span> (dashed). Hover or focus one to light up all its mentions.</dd>
<dt>Stance</dt><dd>Boxed, kind above: <span class="nm-stance nm-kind-hedge nm-holder-author" data-label="hedge">may</span> the author's (solid box), <span class="nm-stance nm-kind-booster nm-holder-speaker" data-label="boost">surely</span> a speaker's (dashed box).</dd>
<dt>Messages</dt><dd>Numbered pins at their place, listed above.</dd>
</dl>`;

/**
 * The side panel: what is under the pointer, speakers by quotes, entities by mentions, stance
 * density per section, messages, and the key.
 *
 * @param article The article.
 * @param messages Its messages, placed.
 * @returns The panel's HTML.
 */
export function renderPanel(article: Article, messages: readonly PlacedMessage[]): string {
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
  return `<aside class="nm-panel" aria-label="What newsmark found">
<h2>Selected</h2><p class="nm-focus" role="status" aria-live="polite">Hover or focus a name to see its entity and light up all its mentions.</p>
<h2>Speakers</h2>${speakers(article, entities)}
<h2>Entities</h2>${entityList(article)}
<h2>Stance per section</h2>${chart(article)}
<h2>Messages</h2>${messageList(messages)}
<h2>Key</h2>${LEGEND}
</aside>`;
}
