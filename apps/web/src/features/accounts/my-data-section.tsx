import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import type { HomeNotice } from '../../app/home-notice';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { BusyButton } from '../../ui/form';
import { saveJsonFile } from '../../ui/download';
import { meQueryKey, sessionChanged } from './session';

export const exportFileName = 'asaka-portal-my-data.json';

/** Downloading my data, and deleting my account (behind a dialog that asks to confirm). */
export function MyDataSection() {
  const { t } = useTranslation();
  const client = useApiClient();
  const [exportMessage, setExportMessage] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);

  const exportData = useMutation({ mutationFn: () => client.request<unknown>('/me/export') });

  return (
    <>
      <h3>{t('accounts.myData.exportTitle')}</h3>
      <p>{t('accounts.myData.exportLead', { fileName: exportFileName })}</p>
      <div className="form__actions">
        <BusyButton
          className="button button--secondary"
          isPending={exportData.isPending}
          pendingLabel={t('accounts.myData.exporting')}
          onPress={() => {
            setExportMessage(null);
            exportData.mutate(undefined, {
              onSuccess: (data) => {
                saveJsonFile(data, exportFileName);
                setExportMessage({ kind: 'done', text: t('accounts.myData.exported', { fileName: exportFileName }) });
              },
              onError: (error) => setExportMessage({ kind: 'failed', text: isApiError(error) ? error.message : t('form.networkError') }),
            });
          }}
        >
          {t('accounts.myData.export')}
        </BusyButton>
      </div>
      <div role="status" className="form-status">
        {exportMessage?.kind === 'done' && <p className="form-status__done">{exportMessage.text}</p>}
      </div>
      <div role="alert">{exportMessage?.kind === 'failed' && <p className="form-status__failed">{exportMessage.text}</p>}</div>

      <h3>{t('accounts.myData.deleteTitle')}</h3>
      <p>{t('accounts.myData.deleteLead')}</p>
      <DeleteAccount />
    </>
  );
}

/**
 * The delete button and its dialog. Deleting needs the checkbox ticked (saying it cannot be
 * undone); afterwards the person is signed out and taken to the home page, which says so.
 */
export function DeleteAccount() {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [isOpen, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [needsTick, setNeedsTick] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const checkboxError = useId();
  const checkbox = useRef<HTMLInputElement>(null);

  const remove = useMutation({ mutationFn: () => client.request<void>('/me', { method: 'DELETE' }) });

  const open = (next: boolean) => {
    if (remove.isPending) return;
    setOpen(next);
    setUnderstood(false);
    setNeedsTick(false);
    setProblem(null);
  };

  const confirm = () => {
    if (remove.isPending) return;
    if (!understood) {
      setNeedsTick(true);
      checkbox.current?.focus();
      return;
    }
    setProblem(null);
    remove.mutate(undefined, {
      onSuccess: async () => {
        await navigate('/', { state: { accountDeleted: true } satisfies HomeNotice });
        queryClient.setQueryData(meQueryKey, null);
        await sessionChanged(queryClient);
      },
      onError: (error) => setProblem(isApiError(error) ? error.message : t('form.networkError')),
    });
  };

  return (
    <>
      <div className="form__actions">
        <Button className="button button--danger-outline" onPress={() => open(true)}>
          {t('accounts.myData.delete')}
        </Button>
      </div>
      <ConfirmDialog
        isOpen={isOpen}
        onOpenChange={open}
        title={t('accounts.deleteDialog.title')}
        confirmLabel={t('accounts.deleteDialog.submit')}
        onConfirm={confirm}
        isPending={remove.isPending}
        error={problem}
        danger
      >
        <p>{t('accounts.deleteDialog.body')}</p>
        <p>{t('accounts.deleteDialog.exportFirst')}</p>
        <div className="field" data-invalid={needsTick || undefined}>
          <div id={checkboxError} role="alert" className="field__error">
            {needsTick && t('accounts.deleteDialog.confirmRequired')}
          </div>
          <Checkbox
            isSelected={understood}
            onChange={(selected) => {
              setUnderstood(selected);
              if (selected) setNeedsTick(false);
            }}
            inputRef={checkbox}
            isInvalid={needsTick}
            aria-describedby={needsTick ? checkboxError : undefined}
            className="choice choice--checkbox"
          >
            <span className="choice__indicator" aria-hidden="true" />
            <span className="choice__text">
              <span className="choice__label">{t('accounts.deleteDialog.understood')}</span>
            </span>
          </Checkbox>
        </div>
      </ConfirmDialog>
    </>
  );
}
