/**
 * The article text. The HTML was sanitized when the content was loaded (lib/content/markdown.ts).
 * `reader` scales with the 字号 control and sets the CJK line height; `reader-prose` (globals.css)
 * gives back the element styles Tailwind's reset removed, tuned for Chinese: no italics or curly
 * quotes added to quotations, and a paragraph gap a little under one line.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="reader reader-prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
