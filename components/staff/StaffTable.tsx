import type { ReactNode, TdHTMLAttributes } from "react";

type Props = {
  /** Read by screen readers only: the page's heading already says it on screen. */
  caption: string;
  headers: readonly string[];
  className?: string;
  /** The rows: `<tr>` with a `StaffCell` per column. */
  children: ReactNode;
};

/**
 * A list of records on staff and admin pages: a real table with a caption and column
 * headers. On a narrow screen (the `.staff-table` rules in app/globals.css) each row
 * becomes a card and each cell shows its column's name, so nothing scrolls sideways.
 */
export function StaffTable({ caption, headers, className = "mt-6", children }: Props) {
  return (
    <table className={`${className} staff-table`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** One cell of a StaffTable row; `label` is its column's header, shown above it on a phone (screen readers use the real header). */
export function StaffCell({ label, children, ...rest }: { label: string; children?: ReactNode } & TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td data-label={label} {...rest}>
      {children}
    </td>
  );
}
