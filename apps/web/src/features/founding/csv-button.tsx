import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryParams } from '../../api/client';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { BusyButton } from '../../ui/form';
import { downloadCsv } from '../../api/download-csv';

/**
 * A button that downloads a CSV of session dates, says in a live region that the download began
 * (or why it failed), and names the file. `label` is the visible text; `ariaLabel` names it where
 * several such buttons share a short text (a row's 「CSV」).
 */
export function CsvButton({
  path,
  query,
  fallbackName,
  label,
  ariaLabel,
  small = false,
}: {
  path: string;
  query?: QueryParams;
  fallbackName: string;
  label: string;
  ariaLabel?: string;
  small?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ pending: boolean; done?: string; failed?: string }>({ pending: false });

  const run = async () => {
    if (state.pending) return;
    setState({ pending: true });
    try {
      const fileName = await downloadCsv(path, { query, language: currentLanguage(i18n), fallbackName });
      setState({ pending: false, done: t('founding.pathway.downloaded', { fileName }) });
    } catch (error) {
      setState({ pending: false, failed: isApiError(error) ? error.message : t('form.networkError') });
    }
  };

  return (
    <div className={small ? 'csv-button csv-button--small' : 'csv-button'}>
      <BusyButton
        isPending={state.pending}
        className={`button button--secondary${small ? ' button--small' : ''}`}
        aria-label={ariaLabel}
        pendingLabel={t('founding.pathway.downloading')}
        onPress={() => void run()}
      >
        {label}
      </BusyButton>
      <div role="status" className="form-status">
        {state.done && <p className="form-status__done">{state.done}</p>}
      </div>
      <div role="alert" className="form-status">
        {state.failed && <p className="form-status__failed">{state.failed}</p>}
      </div>
    </div>
  );
}
