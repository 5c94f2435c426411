/** Types for scripts/build.mjs, for the TypeScript that imports it (tests, benchmarks). */
export declare const ROOT: string;
export declare function ensureBuilt(options?: {
  force?: boolean;
  only?: 'server' | 'web';
  log?: (line: string) => void;
}): Promise<string[]>;
