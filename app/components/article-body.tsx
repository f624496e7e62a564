/**
 * The article text. The HTML was sanitized when the content was loaded (lib/content/markdown.ts).
 * `reader` scales with the 字号 control and sets the CJK line height; prose supplies the element
 * styles Tailwind's reset removed, and `reader-prose` (globals.css) tunes them for Chinese: no
 * italics or curly quotes added to quotations, and a paragraph gap a little under one line.
 */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="reader reader-prose prose prose-gray max-w-none dark:prose-invert"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
