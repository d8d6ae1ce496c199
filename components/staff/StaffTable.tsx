import type { ReactNode } from "react";

type Props = {
  /** Read by screen readers only: the page's heading already says it on screen. */
  caption: string;
  headers: readonly string[];
  className?: string;
  /** The rows (`<tr>`); use `rowClass` and `cellClass` for their look. */
  children: ReactNode;
};

/** The cell classes of a StaffTable row: the last cell has no right padding. */
export const rowClass = "border-b border-line align-top";
export const cellClass = "py-2 pr-4";
export const lastCellClass = "py-2";

/** A list of records on staff and admin pages: a real table with a caption and column headers. */
export function StaffTable({ caption, headers, className = "mt-6", children }: Props) {
  return (
    <table className={`${className} w-full border-collapse text-left`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-line">
          {headers.map((header, index) => (
            <th key={header} scope="col" className={index === headers.length - 1 ? lastCellClass : cellClass}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
