import type { ReactNode } from 'react';

/** The inside of a react-aria Radio or Checkbox drawn as the portal's choices (see theme.css `.choice`). */
export function Choice({ label, hint }: { label: ReactNode; hint?: ReactNode }) {
  return (
    <>
      <span className="choice__indicator" aria-hidden="true" />
      <span className="choice__text">
        <span className="choice__label">{label}</span>
        {hint && <span className="choice__hint">{hint}</span>}
      </span>
    </>
  );
}
