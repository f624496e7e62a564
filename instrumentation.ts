/**
 * Runs once when the server starts: load the content and build the search index then (or read it
 * back, when the articles have not changed since it was saved), so the first reader to search does
 * not wait for it (seconds at 100 000 articles). The values are process singletons, shared with
 * the routes.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { loadContent } = await import('./lib/content/load');
  const { indexSource, searchIndexFor } = await import('./lib/search/content-index');
  try {
    const started = performance.now();
    const content = loadContent();
    const index = searchIndexFor(content);
    const how = indexSource(index) === 'restored' ? 'read back from disk' : 'built';
    console.log(
      `✓ ${content.articles.length} articles and the search index (${how}) ready in ${Math.round(performance.now() - started)}ms`,
    );
  } catch (error) {
    // Content changed on disk into something invalid: say so; the pages report it too.
    console.error(error instanceof Error ? error.message : error);
  }
}
