/**
 * Draft Markdown in the site's schema plus `draft: true`. Free text is written as JSON strings
 * (valid YAML double-quoted scalars) so no title or note can break the front matter; 引题 and
 * 副题, which the schema has no field for, are kept as comments for the editor.
 */
import type { Draft } from './import';

export type DraftContext = { date: string; page: number; publication: string; section?: string };

const q = (s: string) => JSON.stringify(s);

export function draftMarkdown(d: Draft, ctx: DraftContext): string {
  const lines = [
    '---',
    ...(d.kicker ? [`# 引题：${d.kicker}`] : []),
    `title: ${q(d.title)}`,
    ...(d.subtitle ? [`# 副题：${d.subtitle}`] : []),
    ...(d.editorTitle ? ['editorTitle: true'] : []),
    `slug: ${d.slug}`,
    `order: ${d.order}`,
    `authors: [${d.authors.map(q).join(', ')}]`,
    d.locations.length ? 'locations:' : 'locations: []',
    ...d.locations.flatMap((l) => [`  - city: ${l.city}`, ...(l.district ? [`    district: ${l.district}`] : [])]),
    `date: "${ctx.date}"`,
    'source:',
    `  publication: ${q(ctx.publication)}`,
    `  date: "${ctx.date}"`,
    `  page: ${ctx.page}`,
    ...(ctx.section ? [`  section: ${q(ctx.section)}`] : []),
    ...(d.series ? [`series: ${d.series}`] : []),
    `summary: ${q(d.summary)}`,
    'tags: []',
    d.corrections.length ? 'corrections:' : 'corrections: []',
    ...d.corrections.map((c) => `  - { from: ${q(c.from)}, to: ${q(c.to)}, note: ${q(c.note)} }`),
    'draft: true',
    '---',
    '',
    d.paragraphs.join('\n\n'),
    '',
  ];
  return lines.join('\n');
}
