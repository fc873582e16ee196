import type { Arbitrary } from 'fast-check';

/** The pieces policy-ish strings are built from. */
export declare const POLICY_TOKENS: readonly string[];
/** Random policy-ish strings (see policyish.mjs). */
export declare const policyish: Arbitrary<string>;
