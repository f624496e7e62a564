/** The Cache-Control a page is served with, and whether a shared cache or browser may keep it. */
export type CacheCheck = { name: string; path: string; status: number; cacheControl: string | null; cacheable: boolean };

/** Cacheable = a Cache-Control header without `no-store` or `private` (the criterion). */
export function isCacheable(cacheControl: string | null): boolean {
  if (!cacheControl) return false;
  const directives = cacheControl.split(',').map((d) => d.trim().toLowerCase());
  return !directives.includes('no-store') && !directives.includes('private');
}

export async function checkCacheControl(origin: string, pages: Record<string, string>): Promise<CacheCheck[]> {
  const out: CacheCheck[] = [];
  for (const [name, path] of Object.entries(pages)) {
    const res = await fetch(origin + path);
    await res.arrayBuffer();
    const cacheControl = res.headers.get('cache-control');
    out.push({ name, path, status: res.status, cacheControl, cacheable: res.ok && isCacheable(cacheControl) });
  }
  return out;
}
