import type { SavedSearch, SavedSearchAlert, SavedSearchList, UpdateSavedSearch } from '@asaka/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError, type ApiError } from '../../../api/client';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { BusyButton, InputField } from '../../../ui/form';
import { formatJapanDateTime } from '../../../ui/japan-time';
import { usePageTitle } from '../../../ui/use-page-title';
import { useMe } from '../../accounts';
import { SignInPrompt } from '../../accounts/sign-in-prompt';
import { AlertChoice, alertLabel } from './alert-choice';
import { savedSearchesApiPath } from './save-search';
import { describeFilters, filtersOf, nameProblem, savedSearchNameMaxLength, searchHrefOf } from './saved-search-criteria';

type Notice = { kind: 'done' | 'failed'; text: string };

/**
 * The searches a person saved (/account/saved-searches, where the alert mails link): each runs
 * again with a link, can be renamed, alerted differently or deleted. The alert mails also follow
 * the account's mail settings, which the page says and links to.
 */
export function SavedSearchesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const searches = useApiQuery<SavedSearchList>(savedSearchesApiPath, undefined, { enabled: Boolean(me.data) });
  const client = useApiClient();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);
  const [deletions, setDeletions] = useState(0);
  usePageTitle(t('vacantStores.savedSearches.page.title'));

  const remove = useMutation({ mutationFn: (search: SavedSearch) => client.request<void>(savedSearchPath(search), { method: 'DELETE' }) });
  const confirmDelete = (search: SavedSearch) =>
    remove.mutate(search, {
      onSuccess: async () => {
        setDeleting(null);
        setDeletions((count) => count + 1);
        setNotice({ kind: 'done', text: t('vacantStores.savedSearches.page.deleted', { name: search.name }) });
        await forgetSavedSearches(queryClient);
      },
    });

  // The deleted search's controls are gone: the reading position moves to the top of the page.
  // Run after the dialog has closed, so that the dialog does not put focus back on its button.
  useEffect(() => {
    if (deletions > 0) heading.current?.focus();
  }, [deletions]);

  let content;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (searches.isError) {
    content = (
      <p role="alert">
        {t('vacantStores.savedSearches.page.loadFailed')} {searches.error.message}
      </p>
    );
  } else if (!searches.data) content = <p role="status">{t('form.loading')}</p>;
  else if (searches.data.items.length === 0) {
    content = (
      <>
        <p>{t('vacantStores.savedSearches.page.none')}</p>
        <p>
          <Link href="/vacant-stores">{t('vacantStores.savedSearches.page.search')}</Link>
        </p>
      </>
    );
  } else {
    content = (
      <ul className="saved-searches">
        {searches.data.items.map((search) => (
          <SavedSearchItem
            key={search.id}
            search={search}
            onNotice={setNotice}
            onDelete={() => {
              setNotice(null);
              remove.reset();
              setDeleting(search);
            }}
          />
        ))}
      </ul>
    );
  }

  return (
    <div className="form-page form-page--wide">
      <p className="breadcrumb">
        <Link href="/account">{t('vacantStores.savedSearches.page.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1} className="focus-target">
        {t('vacantStores.savedSearches.page.title')}
      </h1>
      <p>{t('vacantStores.savedSearches.page.lead')}</p>
      <p className="notice">
        {t('vacantStores.savedSearches.page.mailNote', {
          alerts: t('accounts.mail.topics.saved-search-alerts.label'),
          digest: t('accounts.mail.topics.daily-digest.label'),
        })}{' '}
        <Link href="/account#mail">{t('vacantStores.savedSearches.page.mailSettings')}</Link>
      </p>
      <div role="status" className="form-status">
        {notice?.kind === 'done' && <p className="form-status__done">{notice.text}</p>}
      </div>
      <div role="alert">{notice?.kind === 'failed' && <p className="form-status__failed">{notice.text}</p>}</div>
      {content}
      {deleting && (
        <ConfirmDialog
          isOpen
          onOpenChange={(open) => {
            if (!open) setDeleting(null);
          }}
          title={t('vacantStores.savedSearches.page.deleteDialog.title', { name: deleting.name })}
          confirmLabel={t('vacantStores.savedSearches.page.deleteDialog.confirm')}
          isPending={remove.isPending}
          error={remove.isError ? messageOf(remove.error, t('form.networkError')) : null}
          danger
          onConfirm={() => confirmDelete(deleting)}
        >
          <p>{t('vacantStores.savedSearches.page.deleteDialog.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

const savedSearchPath = (search: SavedSearch) => `${savedSearchesApiPath}/${encodeURIComponent(search.id)}`;
const forgetSavedSearches = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: ['api', savedSearchesApiPath] });

const messageOf = (error: ApiError | Error, fallback: string) => (isApiError(error) ? error.message : fallback);

function SavedSearchItem({ search, onNotice, onDelete }: { search: SavedSearch; onNotice: (notice: Notice | null) => void; onDelete: () => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  // The form closes under the focus: it goes back to the button that opened it.
  const editButton = useRef<HTMLButtonElement>(null);
  const titleId = `saved-search-${search.id}-title`;

  return (
    <li>
      <article aria-labelledby={titleId} className="saved-search">
        <h2 id={titleId} className="saved-search__name">
          {search.name}
        </h2>
        <dl className="details-list details-list--compact">
          <div>
            <dt>{t('vacantStores.savedSearches.page.criteria')}</dt>
            <dd>{describeFilters(t, filtersOf(search.criteria), language)}</dd>
          </div>
          <div>
            <dt>{t('vacantStores.savedSearches.page.alert')}</dt>
            <dd>{alertLabel(t, search.alert)}</dd>
          </div>
          <div>
            <dt>{t('vacantStores.savedSearches.page.savedAt')}</dt>
            <dd>{formatJapanDateTime(search.createdAt, language)}</dd>
          </div>
        </dl>
        <div className="saved-search__actions">
          <Link href={searchHrefOf(search.criteria)} aria-label={t('vacantStores.savedSearches.page.runLabel', { name: search.name })} className="button button--primary">
            {t('vacantStores.savedSearches.page.run')}
          </Link>
          <Button
            ref={editButton}
            className="button button--secondary"
            aria-expanded={editing}
            aria-label={t('vacantStores.savedSearches.page.editLabel', { name: search.name })}
            onPress={() => {
              onNotice(null);
              setEditing(!editing);
            }}
          >
            {t('vacantStores.savedSearches.page.edit')}
          </Button>
          <Button
            className="button button--danger-outline"
            aria-label={t('vacantStores.savedSearches.page.deleteLabel', { name: search.name })}
            onPress={onDelete}
          >
            {t('vacantStores.savedSearches.page.delete')}
          </Button>
        </div>
        {editing && (
          <EditSavedSearch
            search={search}
            onDone={async (updated) => {
              setEditing(false);
              editButton.current?.focus();
              onNotice({ kind: 'done', text: t('vacantStores.savedSearches.page.updated', { name: updated.name }) });
              await forgetSavedSearches(queryClient);
            }}
            onCancel={() => {
              setEditing(false);
              editButton.current?.focus();
            }}
          />
        )}
      </article>
    </li>
  );
}

/** Rename and choose how to be alerted; the criteria are changed by saving a new search. */
function EditSavedSearch({ search, onDone, onCancel }: { search: SavedSearch; onDone: (updated: SavedSearch) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [name, setName] = useState(search.name);
  const [alert, setAlert] = useState<SavedSearchAlert>(search.alert);
  const [problem, setProblem] = useState<string | null>(null);
  const nameId = `saved-search-${search.id}-name`;
  const save = useMutation({ mutationFn: (request: UpdateSavedSearch) => client.request<SavedSearch>(savedSearchPath(search), { method: 'PATCH', body: request }) });

  const submit = () => {
    if (save.isPending) return;
    const wrong = nameProblem(t, name);
    setProblem(wrong);
    if (wrong) {
      document.getElementById(nameId)?.focus();
      return;
    }
    save.mutate({ name: name.trim(), alert }, { onSuccess: onDone });
  };

  return (
    <Form
      className="form saved-search__edit"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <InputField
        id={nameId}
        name="name"
        label={t('vacantStores.savedSearches.name')}
        description={t('vacantStores.savedSearches.nameHint', { max: savedSearchNameMaxLength })}
        isRequired
        value={name}
        onChange={setName}
        error={problem ?? undefined}
      />
      <AlertChoice id={`saved-search-${search.id}-alert`} value={alert} onChange={setAlert} />
      <div role="alert">{save.isError && <p className="form-status__failed">{messageOf(save.error, t('form.networkError'))}</p>}</div>
      <div className="form__actions">
        <BusyButton type="submit" isPending={save.isPending} className="button button--primary">
          {t('vacantStores.savedSearches.page.saveChanges')}
        </BusyButton>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('ui.cancel')}
        </Button>
      </div>
    </Form>
  );
}
