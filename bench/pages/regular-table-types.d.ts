/**
 * The part of regular-table's element the bench page uses. Its own declarations (mapped away in
 * tsconfig.json `paths`) add `Document.querySelector` overloads and JSX elements to the global
 * scope, which would change the types of every other file in the project.
 */
export interface RegularTableElement extends HTMLElement {
  setDataListener(
    listener: (x0: number, y0: number, x1: number, y1: number) => Promise<{ num_rows: number; num_columns: number; column_headers?: string[][]; data: string[][] }>,
  ): void;
  draw(): Promise<void>;
  getMeta(element: HTMLElement): { y?: number } | undefined;
}
