import { useId, type ReactNode } from 'react';

/**
 * A data table inside a region that scrolls sideways when the table is wider than the screen
 * (a 320px phone): the page itself never scrolls sideways (WCAG 1.4.10 allows it for data
 * tables). The region can be focused, so keyboard users can scroll it with the arrow keys, and is
 * named by the table's caption.
 */
export function DataTable({ caption, children, className = '' }: { caption: ReactNode; children: ReactNode; className?: string }) {
  const captionId = useId();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be focusable to scroll with the keyboard
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="table-scroll">
      <table className={`data-table ${className}`.trim()}>
        <caption id={captionId} className="data-table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
