export type GuardRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };
export type GuardAnswer = { status: number; headers: Record<string, string>; body: string };
/** Answer here, or pass `url` on to Next; `staticFile` (under /_next/static/) when a Range must be checked first. */
export type Verdict = { answer: GuardAnswer } | { url: string; staticFile?: string };
export declare const MALFORMED_PATH: string;
export declare const STATIC_PREFIX: string;
export declare const MAX_TARGET_LENGTH: number;
export declare function guardRequest(req: GuardRequest): Verdict;
export declare function rangeVerdict(header: string, size: number): 'serve' | 'full' | 'unsatisfiable';
