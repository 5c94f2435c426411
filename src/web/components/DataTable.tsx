/** A responsive Bootstrap Italia table: its caption, its column headings, and the rows given as children. */
import { Table } from 'design-react-kit';
import type { ReactNode } from 'react';

export interface DataColumn {
  label: string;
  className?: string;
}

export interface DataTableProps {
  caption: string;
  columns: (string | DataColumn)[];
  size?: 'sm';
  children: ReactNode;
}

export function DataTable({ caption, columns, size, children }: DataTableProps) {
  return (
    <div className="table-responsive">
      <Table size={size} hover>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns
              .map((column) => (typeof column === 'string' ? { label: column } : column))
              .map((column) => (
                <th key={column.label} scope="col" className={column.className}>
                  {column.label}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </Table>
    </div>
  );
}
