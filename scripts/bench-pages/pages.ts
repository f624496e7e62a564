import { archiveUrl } from '../../lib/site/routes';
import { articlesOnDate } from '../../lib/content/catalog';
import { latestDate } from '../../lib/content/edition';
import type { Content } from '../../lib/content/validate';
import { authorUrl, cityUrl, districtUrl, seriesUrl } from '../../lib/site/routes';

/** The pages both apps serve (same paths), measured for throughput, weight and Lighthouse. */
export const COMPARED = ['article', 'home', 'city'] as const;
export type ComparedPage = (typeof COMPARED)[number];

export type BenchPages = {
  compared: Record<ComparedPage, string>;
  /** Pages of the site only whose Cache-Control is checked, by name. */
  cacheable: Record<string, string>;
};

/**
 * Chosen from the content rather than hard-coded: the first article of the latest edition, its
 * city, the first district, author and series of that edition, and the 往期 pages of its date.
 */
export function pickPages(content: Content): BenchPages {
  const date = latestDate(content);
  if (!date) throw new Error(`${content.dir}: 没有文章，无法选取测量页面`);
  const edition = articlesOnDate(content, date);
  const article = edition[0];
  const place = edition.flatMap((a) => a.locations).find((l) => l.districtSlug) ?? article.locations[0];
  const series = edition.find((a) => a.series)?.series;
  const city = cityUrl(article.locations[0].citySlug);
  return {
    compared: { article: article.url, home: '/', city },
    cacheable: {
      home: '/',
      city,
      ...(place.districtSlug ? { district: districtUrl(place.citySlug, place.districtSlug) } : {}),
      author: authorUrl(article.authors[0]),
      ...(series ? { series: seriesUrl(series) } : {}),
      archive: archiveUrl(),
      'archive year': archiveUrl(date.slice(0, 4)),
      'archive month': archiveUrl(date.slice(0, 7)),
      'archive day': archiveUrl(date),
    },
  };
}
