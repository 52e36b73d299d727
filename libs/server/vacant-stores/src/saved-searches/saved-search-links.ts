/** Links in alert and digest mails: pages of the web app, absolute on the portal's public address. */
export const vacantStoreUrl = (baseUrl: string, storeId: string) => new URL(`/vacant-stores/${storeId}`, baseUrl).toString();
export const vacantStoreSearchUrl = (baseUrl: string) => new URL('/vacant-stores', baseUrl).toString();
/** The account page where a person edits their saved searches and how they are alerted. */
export const savedSearchesUrl = (baseUrl: string) => new URL('/account/saved-searches', baseUrl).toString();
