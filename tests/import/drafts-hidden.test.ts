// A draft (draft: true, as `content import` writes it) is checked like any article but never
// reaches what the site is built from: catalog, search index, feeds, sitemap.
import { afterAll, describe, expect, it } from 'vitest';
import { catalog } from '../../lib/content/catalog';
import { checkContent, loadContent } from '../../lib/content/load';
import { siteFeed } from '../../lib/feeds/site';
import { searchIndexFor } from '../../lib/search/content-index';
import { search } from '../../lib/search/index';
import { sitemapEntries } from '../../lib/sitemap/site';
import { articleSource, removeDir, writeContentDir } from '../fixtures/content/build';

const dir = writeContentDir({
  '2023/12/28/published.md': articleSource({ slug: 'published', title: '已发布的文章' }),
  '2023/12/29/draft-one.md': articleSource(
    { slug: 'draft-one', title: '草稿里的独有标题', date: '"2023-12-29"', draft: 'true' },
    '草稿正文提到独一无二的词语鳄鱼湾。',
  ),
});
afterAll(() => removeDir(dir));

describe('drafts', () => {
  it('are checked like any article', () => {
    const { articles, problems } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.slug, a.draft])).toEqual([
      ['draft-one', true],
      ['published', false],
    ]);
  });

  it('are absent from the catalog, search, feeds and sitemap', () => {
    const content = loadContent(dir);
    expect(content.articles.map((a) => a.slug)).toEqual(['published']);
    expect(catalog(content).bySlug.has('draft-one')).toBe(false);
    expect(catalog(content).byDate.has('2023-12-29')).toBe(false);
    const hits = search(searchIndexFor(content), { q: '鳄鱼湾' });
    expect(hits.total).toBe(0);
    expect(search(searchIndexFor(content), { q: '已发布' }).total).toBe(1);
    expect(siteFeed(content)).not.toContain('draft-one');
    expect(siteFeed(content)).toContain('published');
    expect(
      sitemapEntries(content)
        .map((e) => e.loc)
        .join(' '),
    ).not.toContain('draft-one');
  });
});
