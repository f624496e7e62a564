export type Encoding = 'br' | 'gzip';
export type Encoded = { br: Buffer; gzip: Buffer };
export declare function negotiateEncoding(header: string | string[] | undefined): Encoding | undefined;
export declare function encodeBody(body: string | Buffer): Promise<Encoded>;
