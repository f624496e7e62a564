import { articlesOnDate } from './catalog';
import { latestDate } from './edition';
import { editionUrl } from '../site/routes';
import type { Content } from './validate';
import { resolvePlaceFilter } from '../places/gazetteer';

/**
 * Where an old filter link (`/?city=hangzhou&district=fuyang`, `/archive/2023/12/28?city=…`) leads
 * now: the stable filtered edition. A place the gazetteer does not know is dropped rather than
 * echoed, so the link still opens that day's paper.
 */
export function editionFilterTarget(content: Content, query: { date?: string; city?: string; district?: string }): string {
  const date = query.date && articlesOnDate(content, query.date).length > 0 ? query.date : latestDate(content);
  if (!date) return '/';
  const { city, district } = resolvePlaceFilter(query);
  return editionUrl(date, city?.slug, district?.slug);
}
