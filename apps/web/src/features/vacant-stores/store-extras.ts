import type { VacantStore, VacantStoreSummary } from '@asaka/contracts';

/**
 * Fields the API is gaining while these pages are written (photos, positions and distances in the
 * list), read as optional so that the pages show them when they are there and work without them.
 */
export interface StorePhoto {
  id: string;
  url: string;
  caption: string | null;
  width: number;
  height: number;
}

interface SummaryExtras {
  coverPhotoUrl?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  distanceKm?: number | null;
}

export function coverPhotoOf(store: VacantStoreSummary): string | null {
  return (store as VacantStoreSummary & SummaryExtras).coverPhotoUrl ?? null;
}

export function distanceOf(store: VacantStoreSummary): number | null {
  return (store as VacantStoreSummary & SummaryExtras).distanceKm ?? null;
}

/** Where the store is on the map, or null when its owner has not placed it. */
export function positionOf(store: VacantStoreSummary | VacantStore): { latitude: number; longitude: number } | null {
  const { latitude, longitude } = store as VacantStoreSummary & SummaryExtras;
  return typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude } : null;
}

export function photosOf(store: VacantStore): readonly StorePhoto[] {
  return (store as VacantStore & { photos?: readonly StorePhoto[] }).photos ?? [];
}
