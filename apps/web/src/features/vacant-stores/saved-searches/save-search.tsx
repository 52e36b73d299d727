import type { CreateSavedSearch, SavedSearch, SavedSearchAlert } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { InputField } from '../../../ui/form';
import { useMe } from '../../accounts';
import { signInPathFor } from '../../accounts/safe-next';
import type { StoreFilters } from '../search-filters';
import { AlertChoice } from './alert-choice';
import { criteriaOf, describeFilters, nameProblem, savedSearchesPath, savedSearchNameMaxLength, suggestedName } from './saved-search-criteria';

/** The API's saved searches, as the list page reads them. */
export const savedSearchesApiPath = '/saved-searches';

/**
 * 「この条件を保存」 on the search page: keeps the search in the address (not what is typed in the
 * form and not yet searched) under a name, with how to be alerted. Visitors are offered to sign in
 * and come back to this very search.
 */
export function SaveSearch({ filters }: { filters: StoreFilters }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  if (me.data === undefined) return null;
  if (me.data === null) {
    return (
      <p className="save-search">
        {t('vacantStores.savedSearches.signInToSave')}{' '}
        <Link href={signInPathFor(`${location.pathname}${location.search}`)}>{t('vacantStores.savedSearches.signIn')}</Link>
      </p>
    );
  }
  return (
    <div className="save-search">
      <Button
        className="button button--secondary"
        onPress={() => {
          setSaved(null);
          setAsking(true);
        }}
      >
        {t('vacantStores.savedSearches.save')}
      </Button>
      {/* Always in the page, so that saving is announced; focus goes back to the button. */}
      <div role="status" className="form-status">
        {saved && (
          <p className="form-status__done">
            {t('vacantStores.savedSearches.saved', { name: saved })} <Link href={savedSearchesPath}>{t('vacantStores.savedSearches.viewSaved')}</Link>
          </p>
        )}
      </div>
      {asking && (
        <SaveSearchDialog
          filters={filters}
          onClose={() => setAsking(false)}
          onSaved={(search) => {
            setAsking(false);
            setSaved(search.name);
          }}
        />
      )}
    </div>
  );
}

function SaveSearchDialog({ filters, onClose, onSaved }: { filters: StoreFilters; onClose: () => void; onSaved: (search: SavedSearch) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [name, setName] = useState(() => suggestedName(t, filters, language));
  const [alert, setAlert] = useState<SavedSearchAlert>('immediate');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (request: CreateSavedSearch) => client.request<SavedSearch>(savedSearchesApiPath, { method: 'POST', body: request }),
  });

  const confirm = () => {
    const wrong = nameProblem(t, name);
    setProblem(wrong);
    if (wrong) {
      document.getElementById('save-search-name')?.focus();
      return;
    }
    save.mutate(
      { kind: 'vacant-store', name: name.trim(), criteria: criteriaOf(filters), alert },
      {
        onSuccess: async (search) => {
          onSaved(search);
          await queryClient.invalidateQueries({ queryKey: ['api', savedSearchesApiPath] });
        },
      },
    );
  };

  return (
    <ConfirmDialog
      isOpen
      role="dialog"
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('vacantStores.savedSearches.dialogTitle')}
      confirmLabel={t('vacantStores.savedSearches.confirm')}
      isPending={save.isPending}
      error={save.isError ? (isApiError(save.error) ? save.error.message : t('form.networkError')) : null}
      onConfirm={confirm}
    >
      <p>{t('vacantStores.savedSearches.saveLead')}</p>
      <dl className="details-list details-list--compact">
        <div>
          <dt>{t('vacantStores.savedSearches.criteria')}</dt>
          <dd>{describeFilters(t, filters, language)}</dd>
        </div>
      </dl>
      <InputField
        id="save-search-name"
        name="name"
        label={t('vacantStores.savedSearches.name')}
        description={t('vacantStores.savedSearches.nameHint', { max: savedSearchNameMaxLength })}
        isRequired
        value={name}
        onChange={setName}
        error={problem ?? undefined}
      />
      <AlertChoice id="save-search-alert" value={alert} onChange={setAlert} />
    </ConfirmDialog>
  );
}
