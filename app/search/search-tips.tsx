import { chipClass } from '../components/chips';
import { searchHref } from '@/lib/site/routes';

const EXAMPLES = ['消防', '老旧小区', '富阳', '周静', '网格 议事', 'hangzhou', '臺州'];

/** Example queries, each a link to its search: before a search, and after one that found nothing. */
export function ExampleSearches() {
  return (
    <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="搜索示例">
      {EXAMPLES.map((example) => (
        <li key={example}>
          <a className={chipClass(false)} href={searchHref({ q: example })}>
            {example}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Before a search: how to write one, with example queries. */
export function SearchTips() {
  return (
    <section className="mt-6 text-[15px] text-gray-700 dark:text-gray-300" aria-label="搜索提示">
      <p>输入地名、人名或关键词，多个词用空格分开，文章须包含每一个词。支持繁体字和地名拼音，如：</p>
      <ExampleSearches />
    </section>
  );
}
