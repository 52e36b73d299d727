import type { RouteObject } from 'react-router';

/**
 * The vacant-store bank (空き店舗バンク): the public search and store pages, the owner's pages under
 * /my, and the staff review (under the staff layout, see features/staff). Each page is loaded when
 * first visited; the forms bring the shared zod schemas and the maps bring Leaflet, which the
 * search page itself does not load.
 */
export const vacantStoreRoutes: RouteObject[] = [
  { path: 'vacant-stores', lazy: async () => ({ Component: (await import('./search.page')).VacantStoreSearchPage }) },
  { path: 'vacant-stores/:id', lazy: async () => ({ Component: (await import('./store.page')).VacantStorePage }) },
  { path: 'my/vacant-stores', lazy: async () => ({ Component: (await import('./my-stores.page')).MyStoresPage }) },
  { path: 'my/vacant-stores/new', lazy: async () => ({ Component: (await import('./new-listing.page')).NewListingPage }) },
  { path: 'my/vacant-stores/:id/edit', lazy: async () => ({ Component: (await import('./edit-listing.page')).EditListingPage }) },
  { path: 'vacant-stores/recommended', lazy: async () => ({ Component: (await import('./recommendations/recommendations.page')).RecommendationsPage }) },
  // The saved-search mails link here; it is the person's own list, so it sits under /account.
  { path: 'account/saved-searches', lazy: async () => ({ Component: (await import('./saved-searches/saved-searches.page')).SavedSearchesPage }) },
  // Inquiry threads: the mails link to /inquiries/<id>.
  { path: 'inquiries', lazy: async () => ({ Component: (await import('./inquiries/my-inquiries.page')).MyInquiriesPage }) },
  { path: 'inquiries/:id', lazy: async () => ({ Component: (await import('./inquiries/inquiry-thread.page')).InquiryThreadPage }) },
];

/** Children of the staff layout (/staff/…). */
export const vacantStoreStaffRoutes: RouteObject[] = [
  { path: 'vacant-stores/review', lazy: async () => ({ Component: (await import('./review-queue.page')).ReviewQueuePage }) },
  { path: 'vacant-stores/review/:id', lazy: async () => ({ Component: (await import('./review-store.page')).ReviewStorePage }) },
  { path: 'vacant-stores/matches', lazy: async () => ({ Component: (await import('./matches/matches.page')).MatchesPage }) },
];
