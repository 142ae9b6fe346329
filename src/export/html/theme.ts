/**
 * The colours of the view, light and dark. Each is checked for WCAG AA contrast by
 * tests/html.test.ts: text colours 4.5:1 against every background they sit on, underline and
 * bar colours 3:1 against the page.
 */
export const PALETTE = {
  light: {
    page: '#ffffff',
    panel: '#f4f5f7',
    text: '#1a1a1a',
    muted: '#545454',
    rule: '#767b84',
    direct: '#fff1b8',
    indirect: '#e6f0fa',
    lit: '#ffd54f',
    focus: '#1a56b8',
    warning: '#8a4b00',
    error: '#b3261e',
    person: '#1a56b8',
    organization: '#9c4000',
    place: '#1d6b3c',
    other: '#6d3fa3',
    hedge: '#7a5200',
    booster: '#b3261e',
    attitude: '#6d3fa3',
    'self-mention': '#1a56b8',
    engagement: '#1d6b3c',
    bar: '#1a56b8',
  },
  dark: {
    page: '#16181c',
    panel: '#1f2228',
    text: '#ececec',
    muted: '#b4b8bf',
    rule: '#7c828c',
    direct: '#3b3413',
    indirect: '#1f3044',
    lit: '#4a3a00',
    focus: '#8cc2ff',
    warning: '#ffc266',
    error: '#ff9d94',
    person: '#8cc2ff',
    organization: '#ffb077',
    place: '#7bd9a0',
    other: '#cfaaff',
    hedge: '#f2c94c',
    booster: '#ff9d94',
    attitude: '#cfaaff',
    'self-mention': '#8cc2ff',
    engagement: '#7bd9a0',
    bar: '#8cc2ff',
  },
} as const;

/** A colour name of the palette. */
export type Colour = keyof typeof PALETTE.light;

function variables(scheme: Record<Colour, string>): string {
  return Object.entries(scheme)
    .map(([name, value]) => `--nm-${name}:${value};`)
    .join('');
}

// Entity types differ by underline style as well as colour, stance holders by border style.
const CSS_RULES = `
:root{color-scheme:light dark;${variables(PALETTE.light)}}
@media (prefers-color-scheme:dark){:root{${variables(PALETTE.dark)}}}
*{box-sizing:border-box}
body{margin:0;background:var(--nm-page);color:var(--nm-text);font:17px/1.7 Georgia,'Times New Roman',serif}
.nm-page{display:grid;grid-template-columns:minmax(0,44rem) minmax(16rem,22rem);gap:2rem;max-width:70rem;margin:0 auto;padding:1.5rem}
@media (max-width:60rem){.nm-page{grid-template-columns:minmax(0,1fr)}}
.nm-meta{color:var(--nm-muted);font:14px/1.5 system-ui,sans-serif;margin:0 0 1rem}
.nm-meta dt{display:inline;font-weight:600}.nm-meta dd{display:inline;margin:0 1rem 0 .25rem}
.nm-headline{font-size:1.8rem;line-height:1.25;margin:0 0 .5rem}
.nm-byline,.nm-signoff{color:var(--nm-muted);font-style:italic}
.nm-heading{font-size:1.3rem;margin:1.5rem 0 .5rem}
.nm-section::before{content:attr(data-role);display:block;color:var(--nm-muted);font:600 11px/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;margin-top:1rem}
.nm-paragraph{margin:0 0 1rem}
.nm-quote{-webkit-box-decoration-break:clone;box-decoration-break:clone;padding:.1em 0;border-radius:2px}
.nm-quote-direct{background:var(--nm-direct);border-bottom:2px solid var(--nm-rule)}
.nm-quote-mixed{background:var(--nm-direct);border-bottom:2px dashed var(--nm-rule)}
.nm-quote-indirect{background:var(--nm-indirect);border-bottom:2px dotted var(--nm-rule)}
.nm-quote-label::after{content:'\\2014\\00a0' attr(data-label);font:600 12px/1 system-ui,sans-serif;color:var(--nm-text);background:var(--nm-panel);border:1px solid var(--nm-rule);border-radius:3px;padding:1px 4px;margin-left:3px;white-space:nowrap}
.nm-speaker{font-weight:700}
.nm-cue{font-style:italic;border-bottom:2px solid var(--nm-text)}
.nm-cue-loaded{border-bottom-style:double;border-bottom-width:4px}
.nm-via{font-variant:small-caps}
.nm-dateline{font-weight:700;letter-spacing:.03em}
.nm-mention{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;cursor:help;border-radius:2px}
.nm-type-person{text-decoration-color:var(--nm-person);text-decoration-style:solid}
.nm-type-organization{text-decoration-color:var(--nm-organization);text-decoration-style:double}
.nm-type-place{text-decoration-color:var(--nm-place);text-decoration-style:dotted;text-decoration-thickness:3px}
.nm-type-other{text-decoration-color:var(--nm-other);text-decoration-style:dashed}
.nm-mention:hover,.nm-mention:focus,.nm-lit{background:var(--nm-lit);color:var(--nm-text);outline:2px solid var(--nm-focus);outline-offset:1px}
.nm-mention:focus-visible{outline-width:3px}
.nm-stance{border:1px solid var(--nm-rule);border-radius:3px;padding:0 1px}
.nm-holder-speaker{border-style:dashed}
.nm-stance::after{content:attr(data-label);font:600 10px/1 system-ui,sans-serif;vertical-align:super;margin-left:1px}
.nm-kind-hedge::after{color:var(--nm-hedge)}.nm-kind-booster::after{color:var(--nm-booster)}.nm-kind-attitude::after{color:var(--nm-attitude)}
.nm-kind-self-mention::after{color:var(--nm-self-mention)}.nm-kind-engagement::after{color:var(--nm-engagement)}
.nm-flag{text-decoration:underline wavy var(--nm-warning);text-decoration-skip-ink:none}
.nm-flag-error{text-decoration-color:var(--nm-error)}
.nm-pin{text-decoration:none;font:700 12px/1 system-ui,sans-serif;color:var(--nm-warning);border:1px solid currentColor;border-radius:3px;padding:0 3px;margin:0 2px;vertical-align:super}
.nm-pin-error{color:var(--nm-error)}
.nm-pin::before{content:attr(data-label)}
.nm-pin:focus{outline:2px solid var(--nm-focus)}
.nm-panel{font:14px/1.5 system-ui,sans-serif;background:var(--nm-panel);border-radius:6px;padding:1rem;align-self:start;position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto}
.nm-panel h2{font-size:15px;margin:1rem 0 .4rem}.nm-panel h2:first-child{margin-top:0}
.nm-panel ol,.nm-panel ul{margin:0;padding-left:1.2rem}
.nm-count{color:var(--nm-muted);font-variant-numeric:tabular-nums}
.nm-entity-name{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.nm-entity-type{color:var(--nm-muted);font-size:12px}
.nm-focus{min-height:3em;border-left:3px solid var(--nm-focus);padding-left:.5rem;margin:0 0 .5rem}
.nm-chart{border-collapse:collapse;width:100%}
.nm-chart caption{text-align:left;margin-bottom:.3rem}
.nm-chart th{text-align:left;font-weight:400;padding:3px 8px 3px 0;vertical-align:top;width:40%}
.nm-chart thead th{font-weight:600}
.nm-chart td{padding:3px 0;vertical-align:top}
.nm-bar-chart{vertical-align:middle}
.nm-bar{fill:var(--nm-bar)}.nm-bar-track{fill:none;stroke:var(--nm-rule)}
.nm-message{margin-bottom:.4rem}
.nm-severity{font-weight:700}
.nm-message-warning .nm-severity{color:var(--nm-warning)}
.nm-message-error .nm-severity{color:var(--nm-error)}
.nm-rule-id{color:var(--nm-muted);font:12px/1.4 ui-monospace,monospace}
.nm-legend dt{font-weight:600}.nm-legend dd{margin:0 0 .3rem}
`;

/** The page's style sheet. */
export const STYLE = CSS_RULES.trim();

/**
 * The page's script: hovering or focusing a mention lights every mention of its entity (or
 * every piece of its quote) and shows what it is in the side panel's live region.
 */
export const SCRIPT = `(() => {
  const focusBox = document.querySelector('.nm-focus');
  let lit = [];
  function light(target) {
    for (const element of lit) element.classList.remove('nm-lit');
    lit = [];
    const mention = target && target.closest ? target.closest('[data-entity]') : null;
    if (!mention) return;
    const id = mention.getAttribute('data-entity');
    lit = Array.from(document.querySelectorAll('.nm-mention[data-entity="' + CSS.escape(id) + '"]'));
    for (const element of lit) element.classList.add('nm-lit');
    const about = document.querySelector('.nm-entity[data-entity="' + CSS.escape(id) + '"]');
    if (focusBox && about) focusBox.textContent = about.getAttribute('data-summary');
  }
  document.addEventListener('mouseover', (event) => light(event.target));
  document.addEventListener('focusin', (event) => light(event.target));
  document.addEventListener('mouseout', (event) => { if (!event.relatedTarget || !event.relatedTarget.closest || !event.relatedTarget.closest('[data-entity]')) light(null); });
  document.addEventListener('focusout', () => light(null));
})();`;

/**
 * The SHA-256 of {@link SCRIPT}, base64, which the page's Content-Security-Policy allows; no
 * other script runs there. tests/html.test.ts recomputes it.
 */
export const SCRIPT_HASH = 'sha256-d/hXjPNdjWrz0ovJXZiKRwn2qQzNGBiA+TcbdsX1LHI=';
