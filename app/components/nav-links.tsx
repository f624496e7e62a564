'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', label: '最新一期', match: (p: string) => p === '/' },
  { href: '/cities', label: '地区', match: (p: string) => p.startsWith('/cities') },
  { href: '/archive', label: '往期', match: (p: string) => p.startsWith('/archive') },
  { href: '/search', label: '搜索', match: (p: string) => p.startsWith('/search') },
];

/** The main navigation, marking the section the reader is in. */
export function NavLinks() {
  const pathname = usePathname() ?? '/';
  return (
    <ul className="flex gap-4">
      {LINKS.map((l) => {
        const current = l.match(pathname);
        return (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={current ? 'page' : undefined}
              className={`inline-block py-2.5 hover:text-brand-700 dark:hover:text-brand-100 ${current ? 'font-semibold text-brand-700 underline decoration-2 underline-offset-8 dark:text-brand-100' : ''}`}
            >
              {l.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
