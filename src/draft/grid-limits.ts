/** How big a tensor the grid editor holds; bigger tensors are edited as text. */

/** The most cells a grid holds (2048 × 2048); the grid renders only the visible ones. */
export const MAX_GRID_CELLS = 4_194_304;

/** The longest side of a grid: a 1-D grid may use the whole cell budget in one row. */
export const MAX_GRID_SIDE = MAX_GRID_CELLS;
