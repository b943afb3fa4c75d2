// The workspace's dense tables share one frame (class, caption, column headers), so every list reads and is announced alike.
import type { ReactNode } from 'react';

export function DataTable({ columns, caption, children }: { columns: string[]; caption?: string; children: ReactNode }) {
  return (
    <table className="cw-table">
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
