import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function etagOf(body: string | Buffer): string;
export declare function noneMatch(header: string | undefined, tag: string): boolean;
export type TagOf = (body: string) => string;
export declare function createTagCache(options?: { limit?: number; tagOf?: TagOf }): TagOf;
export declare function tagResponses(
  req: Pick<IncomingMessage, 'headers'>,
  res: ServerResponse,
  options?: { tagOf?: TagOf },
): void;
