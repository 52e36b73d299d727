import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { spelledCode } from './format';

/**
 * The code a person shows at the door, large enough to read from across the reception desk and
 * on a phone held out at arm's length. Screen readers get it spelled out character by character
 * (read as a word, "K7MQ" means nothing to whoever has to type it).
 */
export function CheckInCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="check-in-code" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="check-in-code__label">
        {t('events.registration.checkInCode')}
      </p>
      <p className="check-in-code__value">
        <span aria-hidden="true">{code}</span>
        <span className="event-sr-only">{spelledCode(code, t('events.registration.codeHalfSeparator'))}</span>
      </p>
      <p className="check-in-code__hint">{t('events.registration.checkInCodeHint')}</p>
    </div>
  );
}
