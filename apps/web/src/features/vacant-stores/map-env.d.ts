// The build-time settings of the maps (Vite exposes VITE_* variables of the build's environment).
interface ImportMetaEnv {
  /** Tile URL template, {z}/{x}/{y}; default: 国土地理院 地理院タイル (標準地図). Add its host to the CSP's img-src. */
  readonly VITE_MAP_TILE_URL?: string;
  /** The tiles' attribution, as HTML; default: 「地理院タイル」 linking to the GSI's page of tiles. */
  readonly VITE_MAP_TILE_ATTRIBUTION?: string;
}
