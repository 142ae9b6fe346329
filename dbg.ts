import { parseArticle } from '/work/main/src/index.ts';
const cases = ['\uFEFFHeadline here\n\nBody text one.\n\nBody two.', 'Line one ends.\rLine two ends.\rLine three.', 'Headline\r\n\r\nBody\u00a0text\u200b here.\r\nMore body.', 'Title\r\rBody one.\r\rBody two.'];
for (const t of cases) { const a = parseArticle(t); console.log(JSON.stringify(a.meta.headline), JSON.stringify(a.sections.flatMap(s => s.paragraphs.map(p => [p.text, p.span.start]))), a.meta.headlineSpan?.span); }
