// The newsmark playground: type or paste an article, see the parse drawn on it (toHtml in an
// iframe), its JSON and its messages. It runs newsmark in the page; nothing leaves it.
// Run: npm run playground
import { type HtmlMessage, safeParseArticle, toHtml } from '../../src/index.ts';
import seed from '../khamenei.txt?raw';

const DEBOUNCE_MS = 250;

const input = document.querySelector<HTMLTextAreaElement>('#input')!;
const view = document.querySelector<HTMLIFrameElement>('#view')!;
const json = document.querySelector<HTMLPreElement>('#json')!;
const list = document.querySelector<HTMLOListElement>('#messages')!;
const count = document.querySelector<HTMLSpanElement>('#message-count')!;
const status = document.querySelector<HTMLSpanElement>('#status')!;
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];

function where(message: HtmlMessage & { line?: number | undefined; column?: number | undefined }): string {
  return message.line ? `${message.line}:${message.column ?? 1}` : '';
}

function showMessages(messages: readonly (HtmlMessage & { line?: number | undefined; column?: number | undefined })[]): void {
  list.replaceChildren(
    ...messages.map((message) => {
      const item = document.createElement('li');
      const severity = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info';
      const place = Object.assign(document.createElement('span'), { className: 'where', textContent: where(message) });
      const rule = Object.assign(document.createElement('code'), { className: 'rule', textContent: message.ruleId ?? '' });
      item.append(place, ` ${severity}: ${message.reason} `, rule);
      return item;
    }),
  );
  count.textContent = `(${messages.length})`;
}

let runs = 0;

function update(): void {
  const source = input.value;
  const started = performance.now();
  try {
    const result = safeParseArticle(source);
    const article = result.file.data.newsmark;
    const took = performance.now() - started;
    showMessages(result.messages);
    if (article) {
      // Keep the reader's place in the view across updates.
      const scroll = view.contentWindow?.scrollY ?? 0;
      view.addEventListener('load', () => view.contentWindow?.scrollTo(0, scroll), { once: true });
      view.srcdoc = toHtml(article, source, { messages: result.messages, title: 'Playground' });
      json.textContent = JSON.stringify(article, null, 2);
      status.textContent = `Parsed in ${took.toFixed(0)} ms: ${article.quotes.length} quotes, ${article.entities.length} entities, ${article.stance.length} stance markers`;
    } else {
      status.textContent = 'No article: see the messages';
    }
  } catch (error) {
    // A crash is a newsmark bug; show it rather than a stale view.
    showMessages([{ reason: `newsmark failed: ${(error as Error).message}`, fatal: true }]);
    status.textContent = 'newsmark failed: see the messages';
  }
  document.body.dataset.runs = String(++runs);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  status.textContent = 'Parsing…';
  timer = setTimeout(update, DEBOUNCE_MS);
});

function select(tab: HTMLButtonElement): void {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute('aria-controls')!)!.hidden = !selected;
  }
  tab.focus();
}

for (const [index, tab] of tabs.entries()) {
  tab.addEventListener('click', () => select(tab));
  tab.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step) select(tabs[(index + step + tabs.length) % tabs.length]!);
  });
}

input.value = seed;
update();
