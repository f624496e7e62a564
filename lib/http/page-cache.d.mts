import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function isPlainPageRequest(req: Pick<IncomingMessage, 'method' | 'headers'>): boolean;
export declare function sharedSeconds(cacheControl: unknown): number;
export declare const DEFAULT_SECONDS: number;
export declare function pageCacheSeconds(env?: Record<string, string | undefined>, warn?: (message: string) => void): number;
export type PageCache = {
  replay(req: IncomingMessage, res: ServerResponse): boolean;
  capture(req: IncomingMessage, res: ServerResponse): void;
  readonly size: number;
  readonly chars: number;
};
export declare function createPageCache(options?: {
  seconds?: number;
  limit?: number;
  budget?: number;
  now?: () => number;
}): PageCache;
