import type { Figure } from './row.js';

const grouped = (value: number, digits: number): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A figure for people: thousands grouped, ratios to two places, the unit after. */
export const formatFigure = (figure: Figure): string => {
  if (!Number.isFinite(figure.value)) return 'n/a';
  if (figure.unit === '×') return `${grouped(figure.value, 2)}×`;
  const digits = Math.abs(figure.value) >= 100 ? 0 : Math.abs(figure.value) >= 10 ? 1 : 2;
  const margin = figure.rmePercent === undefined ? '' : ` ±${grouped(figure.rmePercent, 1)}%`;
  return `${grouped(figure.value, digits)} ${figure.unit}${margin}`;
};

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 ** 3 ? `${grouped(bytes / 1024 ** 3, 1)} GiB` : `${grouped(bytes / 1024 ** 2, 0)} MiB`;
