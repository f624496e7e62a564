import type { ReactNode } from 'react';
import { StepLinks } from './step-links';

export type Step = { href: string; title: ReactNode };
export type Steps = { label: string; previous?: Step & { label: string }; next?: Step & { label: string } };

/**
 * ← 上一篇 / 下一篇 → style links to the neighbours of the current page (articles of one edition,
 * days of 往期). `previous` goes left, `next` right; either may be missing, and with neither there
 * is nothing at all, not even in the page's data.
 */
export function StepNav(steps: Steps) {
  if (!steps.previous && !steps.next) return null;
  return <StepLinks {...steps} />;
}
