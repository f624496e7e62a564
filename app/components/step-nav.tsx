import type { ReactNode } from 'react';

export type Step = { href: string; title: ReactNode };

/**
 * ← 上一篇 / 下一篇 → style links to the neighbours of the current page (articles of one edition,
 * days of 往期). `previous` goes left, `next` right; either may be missing.
 */
export function StepNav({
  label,
  previous,
  next,
}: {
  label: string;
  previous?: Step & { label: string };
  next?: Step & { label: string };
}) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="no-print step-nav">
      {previous ? (
        <a rel="prev" href={previous.href} className="group step-link">
          <span className="muted block text-xs">← {previous.label}</span>
          <span className="step-title">{previous.title}</span>
        </a>
      ) : (
        <span className="hidden sm:block" />
      )}
      {next && (
        <a rel="next" href={next.href} className="group step-link text-right">
          <span className="muted block text-xs">{next.label} →</span>
          <span className="step-title">{next.title}</span>
        </a>
      )}
    </nav>
  );
}
