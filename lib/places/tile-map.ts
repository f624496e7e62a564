/**
 * Tile-grid positions (column, row) that keep each city roughly where it lies in Zhejiang:
 * 湖州/嘉兴 in the north, 舟山 out east in the sea, 温州/丽水 in the south.
 */
export const TILE_POSITIONS: Record<string, { col: number; row: number }> = {
  huzhou: { col: 2, row: 0 },
  jiaxing: { col: 3, row: 0 },
  hangzhou: { col: 2, row: 1 },
  shaoxing: { col: 3, row: 1 },
  ningbo: { col: 4, row: 1 },
  zhoushan: { col: 5, row: 1 },
  quzhou: { col: 1, row: 2 },
  jinhua: { col: 2, row: 2 },
  taizhou: { col: 4, row: 2 },
  lishui: { col: 2, row: 3 },
  wenzhou: { col: 3, row: 3 },
};
export const TILE_COLUMNS = 6;
export const TILE_ROWS = 4;
