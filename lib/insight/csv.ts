import type { Figure } from "./figures";

/** A CSV cell: quoted when it holds a separator, a quote or a line break; formulas defused. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The one CSV writer of the dashboard: rows of cells (RFC 4180, comma-separated, CRLF,
 * UTF-8 with a byte-order mark so spreadsheet programs read the accents).
 */
export function csvTable(lines: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${lines.map((line) => line.map(cell).join(",")).join("\r\n")}\r\n`;
}

/**
 * One chart's data table as CSV: code, label, count; a count below the threshold is
 * written as `fewer` ("< 5"), never as the number.
 */
export function figuresCsv(figures: readonly Figure[], header: { code: string; label: string; count: string }, label: (value: string) => string, fewer: string): string {
  return csvTable([[header.code, header.label, header.count], ...figures.map((f) => [f.value, label(f.value), f.count === null ? fewer : String(f.count)])]);
}
