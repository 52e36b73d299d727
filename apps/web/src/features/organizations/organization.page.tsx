import { inviteMemberSchema, type Organization } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DataTable } from '../../ui/data-table';
import { ErrorSummary, InputField, SubmitButton, useFormErrors } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { meQueryKey, useMe } from '../accounts';
import type { AccountNotice } from '../accounts/account.page';
import { SignInPrompt } from '../accounts/sign-in-prompt';

/** Passed in the navigation's state by the pages that lead here, so the page can say what happened. */
export interface OrganizationNotice {
  created?: boolean;
  joined?: boolean;
}

function noticeFrom(state: unknown): OrganizationNotice {
  return typeof state === 'object' && state !== null ? (state as OrganizationNotice) : {};
}

type Member = Organization['members'][number];

/**
 * An organization as its members see it: its details, its members, and for an owner the way to
 * invite and remove members. A member can leave; the last owner cannot (the API says why).
 */
export function OrganizationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const organization = useApiQuery<Organization>(`/organizations/${encodeURIComponent(id)}`);
  usePageTitle(organization.data?.name ?? t('organizations.page.title'));
  const notice = noticeFrom(location.state);

  if (organization.isError) {
    const error = organization.error;
    return (
      <div className="form-page">
        <h1>{t('organizations.page.title')}</h1>
        {error.statusCode === 401 ? (
          <SignInPrompt />
        ) : (
          <>
            <p role="alert">{error.statusCode === 404 || error.statusCode === 400 ? t('organizations.page.notFound') : error.message}</p>
            <p>
              <Link href="/account#organizations">{t('organizations.backToAccount')}</Link>
            </p>
          </>
        )}
      </div>
    );
  }
  if (!organization.data) {
    return (
      <div className="form-page">
        <h1>{t('organizations.page.title')}</h1>
        <p role="status">{t('form.loading')}</p>
      </div>
    );
  }

  const org = organization.data;
  return (
    <div className="wide-page">
      <p className="breadcrumb">
        <Link href="/account#organizations">{t('organizations.backToAccount')}</Link>
      </p>
      <h1>{org.name}</h1>
      {(notice.created || notice.joined) && (
        <p role="status" className="notice notice--done">
          {notice.created ? t('organizations.page.created') : t('organizations.page.joined', { name: org.name })}
        </p>
      )}
      <section aria-labelledby="organization-details-title">
        <h2 id="organization-details-title">{t('organizations.page.details')}</h2>
        <dl className="details-list">
          <div>
            <dt>{t('organizations.fields.name')}</dt>
            <dd>{org.name}</dd>
          </div>
          <div>
            <dt>{t('organizations.page.corporateNumber')}</dt>
            <dd>{org.corporateNumber ?? t('organizations.page.notRegistered')}</dd>
          </div>
          <div>
            <dt>{t('organizations.fields.address')}</dt>
            <dd>{org.address}</dd>
          </div>
          <div>
            <dt>{t('organizations.fields.industry')}</dt>
            <dd>{org.industry}</dd>
          </div>
          <div>
            <dt>{t('organizations.fields.employeeCount')}</dt>
            <dd>{t('organizations.page.employees', { count: org.employeeCount })}</dd>
          </div>
          {org.myRole && (
            <div>
              <dt>{t('organizations.page.myRole')}</dt>
              <dd>{t(`organizations.roles.${org.myRole}`)}</dd>
            </div>
          )}
        </dl>
      </section>
      <MembersSection organization={org} />
      {org.myRole === 'owner' && <InviteSection organizationId={org.id} />}
    </div>
  );
}

function MembersSection({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const myId = me.data?.id;
  const [target, setTarget] = useState<Member | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  const remove = useMutation({
    mutationFn: (member: Member) =>
      client.request<void>(`/organizations/${encodeURIComponent(organization.id)}/members/${encodeURIComponent(member.userId)}`, { method: 'DELETE' }),
  });

  const leaving = target !== null && target.userId === myId;
  const isOwner = organization.myRole === 'owner';
  // An organization always keeps an owner (the API refuses otherwise): the only one cannot leave.
  const soleOwner = isOwner && organization.members.filter((member) => member.role === 'owner').length === 1;

  const ask = (member: Member) => {
    setProblem(null);
    setRemoved(null);
    setTarget(member);
  };

  const confirm = () => {
    if (!target || remove.isPending) return;
    setProblem(null);
    remove.mutate(target, {
      onSuccess: async () => {
        if (leaving) {
          await queryClient.invalidateQueries({ queryKey: meQueryKey });
          await navigate('/account', { state: { leftOrganization: organization.name } satisfies AccountNotice });
          return;
        }
        setRemoved(target.displayName);
        setTarget(null);
        await queryClient.invalidateQueries({ queryKey: ['api', `/organizations/${encodeURIComponent(organization.id)}`] });
      },
      onError: (error) => setProblem(isApiError(error) ? error.message : t('form.networkError')),
    });
  };

  return (
    <section aria-labelledby="organization-members-title">
      <h2 id="organization-members-title">{t('organizations.page.members')}</h2>
      <div role="status" className="form-status">
        {removed && <p className="form-status__done">{t('organizations.page.removed', { name: removed })}</p>}
      </div>
      <DataTable caption={t('organizations.page.membersCaption', { name: organization.name, count: organization.members.length })} className="data-table--narrow">
        <thead>
          <tr>
            <th scope="col">{t('organizations.page.memberName')}</th>
            <th scope="col">{t('organizations.page.memberRole')}</th>
            {organization.myRole && <th scope="col">{t('organizations.page.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {organization.members.map((member) => {
            const isMe = member.userId === myId;
            return (
              <tr key={member.userId}>
                <th scope="row">
                  {member.displayName}
                  {isMe && <span className="data-table__note">{t('organizations.page.you')}</span>}
                </th>
                <td className="data-table__nowrap">{t(`organizations.roles.${member.role}`)}</td>
                {organization.myRole && (
                  <td>
                    {isMe && soleOwner ? (
                      <span className="data-table__note">{t('organizations.page.soleOwner')}</span>
                    ) : isMe ? (
                      <Button className="button button--secondary button--small" onPress={() => ask(member)}>
                        {t('organizations.page.leave')}
                      </Button>
                    ) : isOwner ? (
                      <Button
                        className="button button--secondary button--small"
                        aria-label={t('organizations.page.removeLabel', { name: member.displayName })}
                        onPress={() => ask(member)}
                      >
                        {t('organizations.page.remove')}
                      </Button>
                    ) : null}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <ConfirmDialog
        isOpen={target !== null}
        onOpenChange={(open) => {
          if (!open && !remove.isPending) setTarget(null);
        }}
        title={leaving ? t('organizations.leaveDialog.title', { name: organization.name }) : t('organizations.removeDialog.title', { name: target?.displayName ?? '' })}
        confirmLabel={leaving ? t('organizations.leaveDialog.submit') : t('organizations.removeDialog.submit')}
        onConfirm={confirm}
        isPending={remove.isPending}
        error={problem}
        danger
      >
        <p>{leaving ? t('organizations.leaveDialog.body') : t('organizations.removeDialog.body', { name: target?.displayName ?? '', organization: organization.name })}</p>
      </ConfirmDialog>
    </section>
  );
}

function InviteSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, fail, clear } = useFormErrors<'email'>();

  const invite = useMutation({
    mutationFn: (request: { email: string }) =>
      client.request<void>(`/organizations/${encodeURIComponent(organizationId)}/invitations`, { method: 'POST', body: request }),
  });

  const submit = () => {
    if (invite.isPending) return;
    setSentTo(null);
    const request = { email: email.trim() };
    const parsed = inviteMemberSchema.safeParse(request);
    if (!parsed.success) {
      fail({ fields: { email: request.email === '' ? t('accounts.validation.emailRequired') : t('accounts.validation.emailInvalid') } });
      return;
    }
    clear();
    invite.mutate(request, {
      onSuccess: () => {
        setSentTo(request.email);
        setEmail('');
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'VALIDATION_FAILED') fail({ fields: { email: t('accounts.validation.emailInvalid') } });
        else fail({ general: isApiError(error) ? error.message : t('form.networkError') });
      },
    });
  };

  return (
    <section aria-labelledby="organization-invite-title">
      <h2 id="organization-invite-title">{t('organizations.invite.title')}</h2>
      <p>{t('organizations.invite.lead')}</p>
      <ErrorSummary errors={errors} fieldIds={inviteFieldIds} />
      <Form
        validationBehavior="aria"
        className="form form--narrow"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <InputField
          id={inviteFieldIds.email}
          name="email"
          type="email"
          label={t('organizations.invite.email')}
          autoComplete="off"
          isRequired
          value={email}
          onChange={setEmail}
          error={errors?.fields.email}
        />
        <div className="form__actions">
          <SubmitButton isPending={invite.isPending}>{t('organizations.invite.submit')}</SubmitButton>
        </div>
        <div role="status" className="form-status">
          {sentTo && <p className="form-status__done">{t('organizations.invite.sent', { email: sentTo })}</p>}
        </div>
      </Form>
    </section>
  );
}

const inviteFieldIds: Record<'email', string> = { email: 'invite-email' };
