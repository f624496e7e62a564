export declare function etagOf(body: string | Buffer): string;
export declare function noneMatch(header: string | undefined, tag: string): boolean;
