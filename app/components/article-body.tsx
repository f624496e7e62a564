/**
 * The article text. The HTML was sanitized when the content was loaded (lib/content/markdown.ts).
 * `reader` scales with the 字号 control and sets the CJK line height; prose supplies the element
 * styles Tailwind's reset removed, tuned here for Chinese: no italics or curly quotes added to
 * quotations, and a paragraph gap a little under one line.
 */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className={[
        'reader prose prose-gray max-w-none dark:prose-invert',
        'prose-p:my-[0.85em] prose-headings:font-serif prose-headings:font-bold',
        'prose-h2:mt-[1.6em] prose-h2:mb-[0.6em] prose-h2:text-[1.25em] prose-h3:text-[1.1em]',
        'prose-a:text-brand-700 prose-a:underline-offset-4 dark:prose-a:text-brand-100',
        'prose-blockquote:font-normal prose-blockquote:not-italic prose-blockquote:border-brand-600',
        '[&_blockquote_p]:before:content-none [&_blockquote_p]:after:content-none',
        'prose-li:my-[0.3em] prose-strong:font-bold',
      ].join(' ')}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
