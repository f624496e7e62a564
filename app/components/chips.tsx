export type Chip = { key: string; label: string; href: string; count: number; current?: boolean };

/** The pill of a filter or place chip; the active one filled (the page or filter being shown). */
export const chipClass = (active: boolean) => (active ? 'chip-on' : 'chip');

/** Places as tappable chips with their article counts. */
export function Chips({ chips, label }: { chips: readonly Chip[]; label: string }) {
  if (chips.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2 text-sm" aria-label={label}>
      {chips.map((c) => (
        <li key={c.key}>
          <a href={c.href} aria-current={c.current ? 'page' : undefined} className={chipClass(!!c.current)}>
            {`${c.label} `}
            <span className="tabular-nums">{c.count}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
