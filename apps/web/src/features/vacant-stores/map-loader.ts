/** Loads the maps' chunk (Leaflet and its CSS); a module of its own so tests can stand in for it. */
export const loadMaps = () => import('./leaflet-maps');
