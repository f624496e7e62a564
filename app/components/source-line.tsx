import type { Source } from '@/lib/content/schema';
import { formatDate, pageLabel } from '@/lib/site/format';
import { printedPageUrl } from '@/lib/site/routes';

/**
 * 浙江日报 2023年12月28日 第17版（专刊）, the page linked to its view in 往期. `date` is the day the
 * article is filed under (the archive's key), which is the source date unless an editor says otherwise.
 */
export function SourceLine({ source, date = source.date }: { source: Source; date?: string }) {
  return (
    <>
      {`${source.publication} ${formatDate(source.date)} `}
      <a className="meta-link" href={printedPageUrl(date, source.page)}>
        {pageLabel(source)}
      </a>
    </>
  );
}
