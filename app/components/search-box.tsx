/** Works without JavaScript: a plain GET form to /search. */
export function SearchBox({
  defaultValue = '',
  id = 'site-search',
  label = '全站搜索',
  keep = {},
}: {
  defaultValue?: string;
  id?: string;
  /** Filters carried along as hidden fields (e.g. the city of a filtered search). */
  keep?: Record<string, string | undefined>;
  /** Each search landmark on a page needs its own name. */
  label?: string;
}) {
  return (
    <form action="/search" method="get" role="search" aria-label={label} className="flex w-full gap-2">
      {Object.entries(keep).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <label htmlFor={id} className="sr-only">
        搜索文章
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="搜索：地名、人名、关键词"
        enterKeyHint="search"
        className="field sm:w-64"
      />
      <button type="submit" className="button-primary">
        搜索
      </button>
    </form>
  );
}
