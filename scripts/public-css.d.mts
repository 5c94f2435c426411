/** Types for scripts/public-css.mjs (plain JavaScript, imported by its freshness test). */
export declare const OUTPUT: string;
export declare function buildPublicCss(): Promise<string>;
