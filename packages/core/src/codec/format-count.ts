/** A whole number with its thousands grouped by commas, as messages write counts: `1,000,000`. */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
