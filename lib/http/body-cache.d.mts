import type { Encoded } from './encoding.mjs';
export type BodyEntry = { readonly tag: string; readonly bytes?: Buffer; readonly encoded?: Encoded };
export declare function createBodyCache(options?: {
  limit?: number;
  tagOf?: (body: string) => string;
  encode?: (body: string) => Promise<Encoded>;
}): (body: string) => BodyEntry;
