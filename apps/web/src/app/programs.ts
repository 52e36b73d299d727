/** A program's pages, linked from its card on the home page (`label` is an i18n key). */
export interface ProgramLink {
  href: string;
  label:
    | 'vacantStores.home.search'
    | 'vacantStores.home.mine'
    | 'consultations.home.book'
    | 'consultations.home.mine'
    | 'events.home.seminars'
    | 'founding.home.pathway'
    | 'founding.home.reports'
    | 'events.home.jobFairs';
}

/**
 * The four programs of the plan that the portal runs, in the order the plan lists them.
 * `id` is the anchor of the program's section on the home page; `messages` its i18n key; `path`
 * the program's own page once it has one (the header links there), `links` its pages on the card.
 */
export const programs: readonly { id: string; messages: 'vacantStores' | 'startups' | 'jobs' | 'worklifeBalance'; path?: string; links?: readonly ProgramLink[] }[] = [
  {
    id: 'vacant-stores',
    messages: 'vacantStores',
    path: '/vacant-stores',
    links: [
      { href: '/vacant-stores', label: 'vacantStores.home.search' },
      { href: '/my/vacant-stores', label: 'vacantStores.home.mine' },
    ],
  },
  {
    id: 'startups',
    messages: 'startups',
    links: [
      { href: '/consultations', label: 'consultations.home.book' },
      { href: '/consultations/bookings', label: 'consultations.home.mine' },
      { href: '/events?kind=seminar', label: 'events.home.seminars' },
      { href: '/founding/pathway', label: 'founding.home.pathway' },
      { href: '/founding-reports', label: 'founding.home.reports' },
    ],
  },
  {
    id: 'jobs',
    messages: 'jobs',
    links: [
      { href: '/events?kind=job-fair', label: 'events.home.jobFairs' },
    ],
  },
  { id: 'work-life-balance', messages: 'worklifeBalance' },
];
