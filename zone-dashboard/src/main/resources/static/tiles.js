// Where each unit's tile stands: column from west to east, row from north to south, after the rough longitude and
// latitude of its seat. A schematic, not geometry: no licensed county boundaries were to be had (docs/dashboard.md).
export const TILES = {
  '430626': [2, 0], '360424': [6, 0],
  '360926': [5, 1],
  '430181': [3, 2], '360922': [6, 2],
  '360322': [3, 3], '360902': [5, 3],
  '430281': [2, 4], '360313': [3, 4], '360302': [4, 4], '360323': [5, 4],
  '430223': [1, 5], '360321': [4, 5], '360830': [5, 5],
  '431028': [1, 6], '430224': [2, 6], '360881': [5, 6],
  '430225': [3, 7], '360827': [6, 7],
  '431027': [4, 8],
  '431022': [0, 9], '431026': [3, 9], '360725': [5, 9], '360724': [6, 9],
};
export const COLUMNS = 7;
export const ROWS = 10;
