/**
 * The four programs of the plan that the portal runs, in the order the plan lists them.
 * `id` is the anchor of the program's section on the home page; `messages` its i18n key.
 */
export const programs = [
  { id: 'vacant-stores', messages: 'vacantStores' },
  { id: 'startups', messages: 'startups' },
  { id: 'jobs', messages: 'jobs' },
  { id: 'work-life-balance', messages: 'worklifeBalance' },
] as const;
