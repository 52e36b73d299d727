import type { AdminUser, AdminUserPage, MeResponse } from '@asaka/contracts';
import { ROLES, type Role } from '@asaka/domain';
import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Form, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DataTable } from '../../ui/data-table';
import { InputField } from '../../ui/form';
import { formatJapanDateTime } from '../../ui/japan-time';
import { Pagination, ResultCount } from '../../ui/pagination';
import { usePageTitle } from '../../ui/use-page-title';
import { pageFrom, searchFor, staffPageSize, userFiltersFrom, userQuery, type UserFilters } from './filters';
import { AccessProblem, StaffGate } from './staff-access';

const usersPath = '/admin/users';

/** Staff find people with an account; admins also change their roles and disable or re-enable them. */
export function StaffUsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.users.title'));
  return <StaffGate title={t('staff.users.title')}>{(me) => <Users me={me} />}</StaffGate>;
}

type Change = { kind: 'roles'; user: AdminUser } | { kind: 'status'; user: AdminUser };

function Users({ me }: { me: MeResponse }) {
  const { t, i18n } = useTranslation();
  const [searchParams] = useSearchParams();
  const filters = userFiltersFrom(searchParams);
  const page = pageFrom(searchParams);
  const users = useApiQuery<AdminUserPage>(usersPath, userQuery(filters, page), { placeholderData: keepPreviousData });
  const isAdmin = me.roles.includes('admin');
  const [change, setChange] = useState<Change | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const language = currentLanguage(i18n);

  return (
    <>
      <p>{isAdmin ? t('staff.users.leadAdmin') : t('staff.users.lead')}</p>
      {/* Keyed by the address's search, so going back in history shows the search it made. */}
      <UserSearch key={filters.q} initial={filters} />
      <div role="status" className="form-status">
        {done && <p className="form-status__done">{done}</p>}
      </div>
      {users.isError ? (
        <AccessProblem error={users.error} />
      ) : !users.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <>
          <ResultCount page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} shown={users.data.items.length} />
          {users.data.items.length > 0 && (
            <DataTable caption={t('staff.users.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('staff.users.columns.name')}</th>
                  <th scope="col">{t('staff.users.columns.email')}</th>
                  <th scope="col">{t('staff.users.columns.roles')}</th>
                  <th scope="col">{t('staff.users.columns.status')}</th>
                  <th scope="col">{t('staff.users.columns.emailVerified')}</th>
                  <th scope="col">{t('staff.users.columns.secondFactor')}</th>
                  <th scope="col">{t('staff.users.columns.createdAt')}</th>
                  {isAdmin && <th scope="col">{t('staff.users.columns.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">{user.displayName}</th>
                    <td className="data-table__code">{user.email}</td>
                    <td>{user.roles.length > 0 ? user.roles.map((role) => t(`accounts.roles.${role}`)).join(t('ui.listSeparator')) : t('staff.users.noRoles')}</td>
                    <td>
                      <span className={`badge badge--${user.status}`}>{t(`staff.users.statuses.${user.status}`)}</span>
                    </td>
                    <td>{user.emailVerified ? t('accounts.account.emailVerified') : t('accounts.account.emailNotVerified')}</td>
                    <td>{user.secondFactorEnabled ? t('accounts.account.secondFactorOn') : t('accounts.account.secondFactorOff')}</td>
                    <td>
                      <time dateTime={user.createdAt}>{formatJapanDateTime(user.createdAt, language)}</time>
                    </td>
                    {isAdmin && (
                      <td>
                        {user.status !== 'deleted' && (
                          <div className="table-actions">
                            <Button
                              className="button button--secondary button--small"
                              aria-label={t('staff.users.editRolesLabel', { name: user.displayName })}
                              onPress={() => {
                                setDone(null);
                                setChange({ kind: 'roles', user });
                              }}
                            >
                              {t('staff.users.editRoles')}
                            </Button>
                            {user.id !== me.id && (
                              <Button
                                className="button button--secondary button--small"
                                aria-label={t(user.status === 'active' ? 'staff.users.disableLabel' : 'staff.users.enableLabel', { name: user.displayName })}
                                onPress={() => {
                                  setDone(null);
                                  setChange({ kind: 'status', user });
                                }}
                              >
                                {user.status === 'active' ? t('staff.users.disable') : t('staff.users.enable')}
                              </Button>
                            )}
                          </div>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          <Pagination
            page={users.data.page}
            pageSize={staffPageSize}
            total={users.data.total}
            hrefFor={(target) => `/staff/users${searchFor(filters, target)}`}
          />
        </>
      )}
      {change?.kind === 'roles' && (
        <RolesDialog
          key={change.user.id}
          user={change.user}
          onClose={(message) => {
            setChange(null);
            if (message) setDone(message);
          }}
        />
      )}
      {change?.kind === 'status' && (
        <StatusDialog
          key={change.user.id}
          user={change.user}
          onClose={(message) => {
            setChange(null);
            if (message) setDone(message);
          }}
        />
      )}
    </>
  );
}

function UserSearch({ initial }: { initial: UserFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial.q);
  return (
    <Form
      role="search"
      aria-label={t('staff.users.searchLabel')}
      className="filter-form"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate({ pathname: '/staff/users', search: searchFor({ q }) });
      }}
    >
      <InputField id="users-q" name="q" type="search" label={t('staff.users.q')} description={t('staff.users.qHint')} value={q} onChange={setQ} />
      <div className="form__actions">
        <Button type="submit" className="button button--primary">
          {t('staff.users.search')}
        </Button>
      </div>
    </Form>
  );
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['api', usersPath] });
}

/** Roles are replaced as a whole; losing staff or admin rights ends that person's sessions (the API does it). */
function RolesDialog({ user, onClose }: { user: AdminUser; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const invalidate = useInvalidateUsers();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const save = useMutation({
    mutationFn: (next: Role[]) => client.request<AdminUser>(`${usersPath}/${encodeURIComponent(user.id)}/roles`, { method: 'PUT', body: { roles: next } }),
  });
  return (
    <ConfirmDialog
      isOpen
      role="dialog"
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('staff.users.rolesDialog.title', { name: user.displayName })}
      confirmLabel={t('staff.users.rolesDialog.submit')}
      isPending={save.isPending}
      error={save.isError ? (isApiError(save.error) ? save.error.message : t('form.networkError')) : null}
      onConfirm={() =>
        save.mutate(roles, {
          onSuccess: async (updated) => {
            await invalidate();
            onClose(t('staff.users.rolesDialog.done', { name: updated.displayName }));
          },
        })
      }
    >
      <CheckboxGroup
        value={roles}
        onChange={(values) => setRoles(ROLES.filter((role) => values.includes(role)))}
        className="choice-group"
      >
        <Label className="field__label">{t('staff.users.rolesDialog.label')}</Label>
        <Text slot="description" className="field__hint">
          {t('staff.users.rolesDialog.hint')}
        </Text>
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} className="choice choice--checkbox">
            <span className="choice__indicator" aria-hidden="true" />
            <span className="choice__text">
              <span className="choice__label">{t(`accounts.roles.${role}`)}</span>
            </span>
          </Checkbox>
        ))}
      </CheckboxGroup>
    </ConfirmDialog>
  );
}

/** Disabling ends the person's sessions at once; re-enabling lets them sign in again. */
function StatusDialog({ user, onClose }: { user: AdminUser; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const invalidate = useInvalidateUsers();
  const disabling = user.status === 'active';
  const save = useMutation({
    mutationFn: () =>
      client.request<AdminUser>(`${usersPath}/${encodeURIComponent(user.id)}/status`, { method: 'PUT', body: { status: disabling ? 'disabled' : 'active' } }),
  });
  return (
    <ConfirmDialog
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={disabling ? t('staff.users.statusDialog.disableTitle', { name: user.displayName }) : t('staff.users.statusDialog.enableTitle', { name: user.displayName })}
      confirmLabel={disabling ? t('staff.users.disable') : t('staff.users.enable')}
      isPending={save.isPending}
      error={save.isError ? (isApiError(save.error) ? save.error.message : t('form.networkError')) : null}
      danger={disabling}
      onConfirm={() =>
        save.mutate(undefined, {
          onSuccess: async () => {
            await invalidate();
            onClose(disabling ? t('staff.users.statusDialog.disabled', { name: user.displayName }) : t('staff.users.statusDialog.enabled', { name: user.displayName }));
          },
        })
      }
    >
      <p>{disabling ? t('staff.users.statusDialog.disableBody', { email: user.email }) : t('staff.users.statusDialog.enableBody', { email: user.email })}</p>
    </ConfirmDialog>
  );
}
