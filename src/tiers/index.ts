/** Tiers, reward ladders and 亩均: ladder logic applied to firm and park data. */
export {};
