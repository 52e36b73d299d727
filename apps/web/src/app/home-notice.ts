/** Passed in the navigation's state to the home page, so it can say what just happened. */
export interface HomeNotice {
  accountDeleted?: boolean;
}

export function homeNoticeFrom(state: unknown): HomeNotice {
  return typeof state === 'object' && state !== null ? (state as HomeNotice) : {};
}
