import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { BusyButton } from './form';

/**
 * A modal question before something that cannot be undone or that affects someone else: focus is
 * kept inside while it is open, Escape and the cancel button close it, and focus returns to the
 * control that opened it. It is an alertdialog, so screen readers read the question at once.
 *
 * `children` explain the consequences (and may hold a confirmation checkbox); `error` shows why the
 * last attempt failed, announced. `onConfirm` does the work; the dialog stays open until the page
 * closes it (usually on success), so a failure is shown where the person is.
 */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  onConfirm,
  isPending = false,
  error,
  danger = false,
  role = 'alertdialog',
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
  error?: string | null;
  danger?: boolean;
  /** 'dialog' when it holds a form to fill in rather than a question. */
  role?: 'dialog' | 'alertdialog';
}) {
  const { t } = useTranslation();
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={!isPending} isKeyboardDismissDisabled={isPending} className="modal-overlay">
      <Modal className="modal">
        <Dialog role={role} className="dialog">
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          <div className="dialog__body">{children}</div>
          <div role="alert" className="dialog__error">
            {error && <p>{error}</p>}
          </div>
          <div className="form__actions">
            <BusyButton className={`button ${danger ? 'button--danger' : 'button--primary'}`} isPending={isPending} onPress={onConfirm}>
              {confirmLabel}
            </BusyButton>
            <Button className="button button--secondary" isDisabled={isPending} onPress={() => onOpenChange(false)}>
              {t('ui.cancel')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
