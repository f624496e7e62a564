import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Encoded } from './encoding.mjs';
export type Bodies = (body: string) => { tag: string; bytes?: Buffer; encoded?: Encoded };
export declare function finishPageResponses(req: IncomingMessage, res: ServerResponse, options?: { bodies?: Bodies }): void;
