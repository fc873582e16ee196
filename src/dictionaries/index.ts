/** Dictionaries: regions, industries and indicators that let targets find their actuals. */
export {};
