/**
 * One value per process. Next bundles each route separately, so a module-level cache would be
 * duplicated per route: at 100 000 articles every route loaded the archive again (2.4 GB).
 */
export function processSingleton<T>(key: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const sym = Symbol.for(`zjnews:${key}`);
  return (store[sym] ??= create());
}
