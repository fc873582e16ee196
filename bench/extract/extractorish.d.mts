import type { Arbitrary } from 'fast-check';
export const EXTRACTOR_TOKENS: string[];
export const extractorish: Arbitrary<string>;
