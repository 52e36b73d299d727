import type { ReactNode } from 'react';

/**
 * One part of the account page: a region named by its heading, which the page's table of contents
 * links to (the link moves focus here, see app-layout).
 */
export function AccountSection({ id, title, children, highlighted = false }: { id: string; title: string; children: ReactNode; highlighted?: boolean }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1} className={`account-section${highlighted ? ' account-section--highlighted' : ''}`}>
      <h2 id={`${id}-title`} className="account-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
