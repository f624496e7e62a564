export declare function resolveSiteOrigin(env?: NodeJS.ProcessEnv): { origin: string; configured: boolean };
export declare function siteOriginWarning(origin: string): string;
export declare function warnIfSiteUrlMissing(env?: NodeJS.ProcessEnv, log?: (message: string) => void): boolean;
