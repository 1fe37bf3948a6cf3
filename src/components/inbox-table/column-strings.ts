/** The user-visible strings of the column tools: resize handles, the column menu and the column chooser. */
export interface ColumnStrings {
  /** A resize handle's name, after its column. */
  resize: (column: string) => string;
  /** The column menu button's name, after its column. */
  menu: (column: string) => string;
  moveLeft: string;
  moveRight: string;
  sortAscending: string;
  sortDescending: string;
  fit: string;
  hide: string;
  /** The toolbar button that opens the column chooser, and the chooser's heading. */
  chooser: string;
  reset: string;
}

export const DEFAULT_COLUMN_STRINGS: ColumnStrings = {
  resize: (column) => `Resize ${column}`,
  menu: (column) => `${column} column options`,
  moveLeft: 'Move left',
  moveRight: 'Move right',
  sortAscending: 'Sort ascending',
  sortDescending: 'Sort descending',
  fit: 'Fit to content',
  hide: 'Hide column',
  chooser: 'Columns',
  reset: 'Reset columns',
};
