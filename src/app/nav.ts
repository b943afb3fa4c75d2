// The main navigation's entries, in order; routes written by other parts join here once they exist.
export const NAV_ITEMS: { to: string; label: string }[] = [
  { to: '/', label: 'nav.find' },
  { to: '/shortlist', label: 'nav.shortlist' },
  { to: '/organisations', label: 'nav.organisations' },
  { to: '/settings', label: 'nav.settings' },
];
