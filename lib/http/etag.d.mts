import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function etagOf(body: string | Buffer): string;
export declare function noneMatch(header: string | undefined, tag: string): boolean;
export declare function tagResponses(req: Pick<IncomingMessage, 'headers'>, res: ServerResponse): void;
