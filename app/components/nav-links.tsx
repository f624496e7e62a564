'use client';

import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', label: '最新一期', match: (p: string) => p === '/' },
  { href: '/cities', label: '地区', match: (p: string) => p.startsWith('/cities') },
  { href: '/archive', label: '往期', match: (p: string) => p.startsWith('/archive') },
  { href: '/search', label: '搜索', match: (p: string) => p.startsWith('/search') },
];

/** The main navigation, marking the section the reader is in (plain links: see site-chrome.tsx). */
export function NavLinks() {
  const pathname = usePathname() ?? '/';
  return (
    <ul className="flex gap-4">
      {LINKS.map((l) => {
        const current = l.match(pathname);
        return (
          <li key={l.href}>
            <a href={l.href} aria-current={current ? 'page' : undefined} className="nav-link">
              {l.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
