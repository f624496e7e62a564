export type Env = Record<string, string | undefined>;
export declare function resolveSiteOrigin(env?: Env): { origin: string; configured: boolean };
export declare function siteOriginWarning(origin: string): string;
export declare function warnIfSiteUrlMissing(env?: Env, log?: (message: string) => void): boolean;
