export type GuardRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };
export type GuardAnswer = { status: number; headers: Record<string, string>; body: string };
export type Verdict = { answer: GuardAnswer } | { url: string; dropHeaders: string[] };
export declare const MALFORMED_PATH: string;
export declare const MAX_TARGET_LENGTH: number;
export declare function guardRequest(req: GuardRequest): Verdict;
