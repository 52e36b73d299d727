import type { Messages } from './ja';

export const en: Messages = {
  site: {
    name: 'Asaka Business Support Portal',
    skipToContent: 'Skip to main content',
    primaryNavigation: 'Programs',
    languageSwitch: 'Language',
  },
  home: {
    title: 'Four programs supporting businesses, entrepreneurs and jobseekers in Asaka',
    lead: 'Asaka City and the Asaka Chamber of Commerce and Industry run four programs of the Asaka City Industrial Promotion Basic Plan on this portal. It is for owners of vacant shops and people planning to open a shop, people starting a business, people who want to work in Asaka, and employers who are hiring or making their workplaces better places to work.',
    audience: 'For',
  },
  programs: {
    vacantStores: {
      planItem: 'Basic Plan, measure 1-1',
      name: 'Vacant Store Bank',
      summary: 'Connects vacant shop spaces in the city with people who want to open a shop.',
      description:
        'Vacant stores registered by their owners are published after the city has reviewed them. People who want to open a shop can search by nearest station, floor area, rent and permitted use, and can save a search to be emailed when a matching store is published. Owners and seekers talk through the portal without sharing their email addresses.',
      audience: 'Owners of vacant shop spaces and real-estate agents; anyone planning to open a shop in Asaka',
    },
    startups: {
      planItem: 'Basic Plan, measure 5-2',
      name: 'Startup Support',
      summary: 'Book a startup consultation or register for an entrepreneur seminar.',
      description:
        'Choose a free time slot with an adviser of the city or the Asaka Chamber of Commerce and Industry. Pick a topic, such as a business plan, funding and loans, subsidies, finding customers or business succession, and answer a few questions beforehand so the adviser can prepare. When you have founded your business with the city’s support, you can report it here too.',
      audience: 'People planning to start a business in Asaka, and owners of newly founded businesses',
    },
    jobs: {
      planItem: 'Basic Plan, measure 5-3',
      name: 'Work in Asaka',
      summary: 'Connects people who want to work in Asaka with local employers who are hiring.',
      description:
        'Job openings posted by employers are published after the city has reviewed them. Jobseekers can search by occupation, type of employment, wage and place of work, and apply; with a profile, they are shown openings that match. You decide whether employers may find your profile. You can also register for job fairs here.',
      audience:
        'Anyone looking for work in Asaka, including young people, women, older people, people with disabilities and foreign residents; employers in Asaka who are hiring',
    },
    worklifeBalance: {
      planItem: 'Basic Plan, measure 5-4',
      name: 'Work-Life Balance Certification',
      summary: 'The city certifies local employers who actively make their workplaces good places to work.',
      description:
        'Employers assess themselves against the city’s criteria and apply with evidence for each criterion. The city reviews the application criterion by criterion and gives each certified employer a certificate number (certification is valid for a set period and can be renewed). Certified employers are listed with their initiatives in the directory of certified employers, and their job openings carry the certification mark.',
      audience: 'Employers in Asaka working to make their workplaces better places to work',
    },
  },
  footer: {
    operator: 'Run by the Industrial Promotion Division of Asaka City and the Asaka Chamber of Commerce and Industry',
    plan: 'The programs on this portal are based on the Asaka City Industrial Promotion Basic Plan (2024 mid-term revision).',
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for may have been moved or deleted, or the address may be wrong.',
    backHome: 'Back to the home page',
  },
  routeError: {
    title: 'Something went wrong',
    description: 'This page could not be shown. Please try again later.',
    backHome: 'Back to the home page',
  },
};
