import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Encoded } from './encoding.mjs';
export type StaticFile = { type: string; lastModified: string; encoded: Encoded };
export type StaticFiles = (name: string) => StaticFile | undefined;
export declare function createStaticFiles(dir: string): StaticFiles;
export declare function serveStaticFile(req: IncomingMessage, res: ServerResponse, files: StaticFiles): boolean;
