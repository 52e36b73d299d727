import { Link } from 'react-aria-components';
import { usePageTitle } from './use-page-title';

/** A page that only tells the visitor what happened and offers the way back home. */
export function StatusMessage({ title, description, backHome }: { title: string; description: string; backHome: string }) {
  usePageTitle(title);
  return (
    <div className="status-message">
      <h1>{title}</h1>
      <p>{description}</p>
      <p>
        <Link href="/">{backHome}</Link>
      </p>
    </div>
  );
}
