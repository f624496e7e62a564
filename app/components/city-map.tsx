'use client';

import { TILE_COLUMNS, TILE_POSITIONS, TILE_ROWS } from '@/lib/places/tile-map';
import { cityUrl } from '@/lib/site/routes';

/**
 * Shade by share of the busiest city: the deeper the red, the more articles — in both colour
 * schemes, as the caption says (a dark scheme once made the busiest city the brightest). A city
 * without articles is an outline in the dark scheme, not a dark tile. Text contrast ≥ 4.5.
 */
function tone(count: number, max: number): string {
  if (count === 0) return 'tile tile-none';
  const ratio = count / max;
  if (ratio > 0.66) return 'tile tile-most';
  if (ratio > 0.33) return 'tile tile-more';
  return 'tile tile-some';
}

/** A city's tile: its slug, short name (杭州) and article count. */
export type CityTile = { slug: string; name: string; count: number };

/**
 * A tile map of Zhejiang's 11 cities with article counts; each tile links to the city page. A
 * client component only so that the tiles reach the browser as data, not as a tree of elements.
 */
export function CityMap({ tiles, id }: { tiles: readonly CityTile[]; id: string }) {
  const max = Math.max(1, ...tiles.map((t) => t.count));
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <ul
        className="grid gap-1.5"
        style={{ gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${TILE_ROWS}, auto)` }}
      >
        {tiles.map(({ slug, name, count }) => {
          const pos = TILE_POSITIONS[slug];
          return (
            <li key={slug} style={{ gridColumn: pos.col + 1, gridRow: pos.row + 1 }}>
              <a href={cityUrl(slug)} className={tone(count, max)}>
                <span className="tile-name">{name}</span>
                {/* No aria-label: the name is what the tile shows (“宁波 1 篇”), as WCAG 2.5.3 asks. */}
                <span className="tile-count">
                  {count}
                  <span className="sr-only"> 篇</span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      <figcaption id={`${id}-caption`} className="mt-2 text-xs text-gray-600 dark:text-gray-400">
        新闻来自哪里：浙江 11 个设区市的文章数，颜色越深文章越多。
      </figcaption>
    </figure>
  );
}
