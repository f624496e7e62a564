'use client';

import type { Steps } from './step-nav';

// The links of StepNav (step-nav.tsx), which leaves them out when there are none. A client
// component only so that its markup reaches the browser in a cached script, not in each page's
// RSC data.
export function StepLinks({ label, previous, next }: Steps) {
  return (
    <nav aria-label={label} className="no-print step-nav">
      {previous ? (
        <a rel="prev" href={previous.href} className="group step-link">
          <span className="muted block text-xs">{`← ${previous.label}`}</span>
          <span className="step-title">{previous.title}</span>
        </a>
      ) : (
        <span className="hidden sm:block" />
      )}
      {next && (
        <a rel="next" href={next.href} className="group step-link text-right">
          <span className="muted block text-xs">{`${next.label} →`}</span>
          <span className="step-title">{next.title}</span>
        </a>
      )}
    </nav>
  );
}
