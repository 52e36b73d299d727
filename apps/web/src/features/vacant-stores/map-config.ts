/**
 * Where the map tiles come from. By default the 国土地理院 (GSI) standard map, which the GSI asks to
 * be credited as 「地理院タイル」 with a link to its list of tiles; a deployment can point at another
 * tile server at build time (VITE_MAP_TILE_URL, VITE_MAP_TILE_ATTRIBUTION), and must then allow
 * that host in the Content-Security-Policy's img-src (libs/server/platform/src/http).
 *
 * Only the map's own chunk imports this file: the pages work without it, and without any tile.
 */
const gsiStandard = 'https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png';
const gsiAttribution = '<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>';

export const mapTiles = {
  url: import.meta.env.VITE_MAP_TILE_URL || gsiStandard,
  attribution: import.meta.env.VITE_MAP_TILE_ATTRIBUTION || gsiAttribution,
  /** The GSI standard map has tiles from zoom 5 to 18. */
  minZoom: 5,
  maxZoom: 18,
};
