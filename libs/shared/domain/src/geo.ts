/**
 * Positions in and around Asaka, and distances between them. Straight-line (great-circle)
 * distance is what "within 1 km" means to a person looking at a map; walking minutes are given
 * separately by the owner.
 */
export interface LatLng {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Haversine distance in km (the SQL of the search uses the same formula). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The mean Earth radius the SQL uses too. */
export const EARTH_MEAN_RADIUS_KM = EARTH_RADIUS_KM;

/**
 * A box around the city with a margin (the city spans about 35.78–35.83 N, 139.55–139.63 E): a
 * listing's position must fall inside it, which catches swapped or mistyped coordinates.
 */
export const ASAKA_BOUNDS = { south: 35.76, north: 35.85, west: 139.53, east: 139.65 } as const;

export function isInAsakaArea(position: LatLng): boolean {
  return (
    position.latitude >= ASAKA_BOUNDS.south &&
    position.latitude <= ASAKA_BOUNDS.north &&
    position.longitude >= ASAKA_BOUNDS.west &&
    position.longitude <= ASAKA_BOUNDS.east
  );
}

/** Where the map opens: 朝霞市役所. */
export const ASAKA_CITY_HALL: LatLng = { latitude: 35.7972, longitude: 139.5939 };

/** Station positions (platform centres), for "near the station" searches and the map. */
export const STATION_POSITIONS: Readonly<Record<string, LatLng>> = {
  朝霞: { latitude: 35.7975, longitude: 139.5873 },
  朝霞台: { latitude: 35.8139, longitude: 139.5875 },
  北朝霞: { latitude: 35.8156, longitude: 139.5869 },
  志木: { latitude: 35.8365, longitude: 139.5802 },
  和光市: { latitude: 35.7876, longitude: 139.6128 },
  新座: { latitude: 35.8031, longitude: 139.5651 },
};

/** The box that holds every point within `km` of the centre: lets the search narrow rows cheaply first. */
export function boundingBox(centre: LatLng, km: number): { south: number; north: number; west: number; east: number } {
  const dLat = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const dLng = dLat / Math.max(Math.cos(radians(centre.latitude)), 1e-6);
  return { south: centre.latitude - dLat, north: centre.latitude + dLat, west: centre.longitude - dLng, east: centre.longitude + dLng };
}
