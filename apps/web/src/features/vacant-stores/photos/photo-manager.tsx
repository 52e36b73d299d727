import type { VacantStore, VacantStorePhoto, VacantStorePhotoList } from '@asaka/contracts';
import { VACANT_STORE_PHOTO_ACCEPTED_TYPES, VACANT_STORE_PHOTO_CAPTION_MAX_LENGTH } from '@asaka/contracts';
import { VACANT_STORE_MAX_PHOTOS } from '@asaka/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { ErrorSummary, InputField, SubmitButton, useFormErrors } from '../../../ui/form';
import { forgetListings } from '../review-panel';
import { captionProblem, photoFileProblem, uploadProblem } from './photo-checks';

type UploadField = 'file' | 'caption';
const uploadFieldIds: Record<UploadField, string> = { file: 'photo-file', caption: 'photo-caption' };

type Notice = { kind: 'done' | 'failed'; text: string };
type Direction = 'up' | 'down';

/**
 * The photos of a listing the owner may still edit: the list in the order shown (the first is the
 * cover in search results) with buttons to move each earlier or later and to delete it, and a form
 * to add one file at a time with the text that describes it. The browser checks the file's type
 * and size first; the server checks its content and has the last word, its message shown as sent.
 *
 * The list is this component's own from the moment it opens: each answer of the API replaces it,
 * so a page refresh of the listing behind it never undoes a move the person just made.
 */
export function PhotoManager({ store }: { store: VacantStore }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [photos, setPhotos] = useState<readonly VacantStorePhoto[]>(store.photos);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleting, setDeleting] = useState<VacantStorePhoto | null>(null);
  const [deletions, setDeletions] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<{ id: string; direction: Direction } | null>(null);
  const photosPath = `/vacant-stores/${encodeURIComponent(store.id)}/photos`;
  const max = VACANT_STORE_MAX_PHOTOS;

  const reorder = useMutation({
    mutationFn: (photoIds: string[]) => client.request<VacantStorePhotoList>(`${photosPath}/order`, { method: 'PUT', body: { photoIds } }),
  });
  const remove = useMutation({
    mutationFn: (photo: VacantStorePhoto) => client.request<void>(`${photosPath}/${encodeURIComponent(photo.id)}`, { method: 'DELETE' }),
  });

  // A moved photo's button is re-inserted in the list, which takes focus from it: give it back,
  // or to the other button when the photo reached an end of the list (that one is disabled).
  useLayoutEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const index = photos.findIndex((photo) => photo.id === target.id);
    if (index < 0) return;
    const atEnd = target.direction === 'up' ? index === 0 : index === photos.length - 1;
    const direction: Direction = atEnd ? (target.direction === 'up' ? 'down' : 'up') : target.direction;
    moveButtons.current.get(`${target.id}:${direction}`)?.focus();
  }, [photos]);

  // The deleted photo's buttons are gone: the reading position goes to the section's heading,
  // after the dialog closed (so that it does not put focus back on the missing button).
  useEffect(() => {
    if (deletions > 0) heading.current?.focus();
  }, [deletions]);

  /** Someone changed the photos elsewhere (another tab): show what is there now. */
  const reload = async () => {
    const fresh = await client.request<VacantStore>(`/vacant-stores/${encodeURIComponent(store.id)}`);
    setPhotos(fresh.photos);
  };

  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const moved = photos[index];
    const other = photos[target];
    if (reorder.isPending || !moved || !other) return;
    const previous = photos;
    const next = [...photos];
    next[index] = other;
    next[target] = moved;
    focusAfterMove.current = { id: moved.id, direction };
    setPhotos(next);
    setNotice(null);
    reorder.mutate(
      next.map((photo) => photo.id),
      {
        onSuccess: async (list) => {
          setPhotos(list.photos);
          setNotice({ kind: 'done', text: t('vacantStores.photos.moved', { caption: moved.caption, number: target + 1 }) });
          await forgetListings(queryClient);
        },
        onError: async (error) => {
          focusAfterMove.current = { id: moved.id, direction: direction === 'up' ? 'down' : 'up' };
          setPhotos(previous);
          setNotice({ kind: 'failed', text: t('vacantStores.photos.moveFailed', { message: isApiError(error) ? error.message : t('form.networkError') }) });
          if (isApiError(error) && error.code === 'PHOTO_ORDER_MISMATCH') await reload().catch(() => undefined);
        },
      },
    );
  };

  const confirmDelete = (photo: VacantStorePhoto) =>
    remove.mutate(photo, {
      onSuccess: async () => {
        const rest = photos.filter((candidate) => candidate.id !== photo.id);
        setPhotos(rest);
        setDeleting(null);
        setDeletions((count) => count + 1);
        setNotice({ kind: 'done', text: t('vacantStores.photos.deleted', { caption: photo.caption, count: rest.length, max }) });
        await forgetListings(queryClient);
      },
    });

  return (
    <section aria-labelledby="photo-manager-title" className="photo-manager">
      <h2 id="photo-manager-title" ref={heading} tabIndex={-1} className="focus-target">
        {t('vacantStores.photos.title')}
      </h2>
      <p>{t('vacantStores.photos.lead', { max })}</p>
      <p className="photo-manager__count">
        <span className="photo-manager__count-label">{t('vacantStores.photos.countLabel')}</span> <strong>{t('vacantStores.photos.count', { count: photos.length, max })}</strong>
      </p>
      {/* Always in the page, so that each result is announced where the person is. */}
      <div role="status" className="form-status">
        {notice?.kind === 'done' && <p className="form-status__done">{notice.text}</p>}
      </div>
      <div role="alert">{notice?.kind === 'failed' && <p className="form-status__failed">{notice.text}</p>}</div>

      {photos.length === 0 ? (
        <p>{t('vacantStores.photos.none')}</p>
      ) : (
        <ol className="photo-manager__list" aria-label={t('vacantStores.photos.listLabel')}>
          {photos.map((photo, index) => (
            <li key={photo.id} className="photo-manager__item">
              <figure className="photo-manager__figure">
                {/* The caption beside it is the photo's description: the image itself adds nothing to read. */}
                <img src={photo.thumbnailUrl} alt="" width={photo.width} height={photo.height} loading="lazy" decoding="async" className="photo-manager__image" />
                <figcaption>
                  <span className="photo-manager__position">
                    {index === 0 ? t('vacantStores.photos.cover', { number: 1 }) : t('vacantStores.photos.position', { number: index + 1 })}
                  </span>
                  <span className="photo-manager__caption">{photo.caption}</span>
                </figcaption>
              </figure>
              <div className="photo-manager__actions">
                {(['up', 'down'] as const).map((direction) => (
                  <Button
                    key={direction}
                    ref={(button) => {
                      if (button) moveButtons.current.set(`${photo.id}:${direction}`, button);
                      else moveButtons.current.delete(`${photo.id}:${direction}`);
                    }}
                    className="button button--secondary button--small"
                    isDisabled={direction === 'up' ? index === 0 : index === photos.length - 1}
                    aria-label={t(direction === 'up' ? 'vacantStores.photos.moveUpLabel' : 'vacantStores.photos.moveDownLabel', { caption: photo.caption })}
                    onPress={() => move(index, direction)}
                  >
                    {t(direction === 'up' ? 'vacantStores.photos.moveUp' : 'vacantStores.photos.moveDown')}
                  </Button>
                ))}
                <Button
                  className="button button--danger-outline button--small"
                  aria-label={t('vacantStores.photos.deleteLabel', { caption: photo.caption })}
                  onPress={() => {
                    setNotice(null);
                    remove.reset();
                    setDeleting(photo);
                  }}
                >
                  {t('vacantStores.photos.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}

      {photos.length >= max ? (
        <p className="notice">{t('vacantStores.photos.full', { max })}</p>
      ) : (
        <PhotoUploadForm
          photosPath={photosPath}
          onAdded={async (photo) => {
            const next = [...photos, photo];
            setPhotos(next);
            setNotice({ kind: 'done', text: t('vacantStores.photos.added', { caption: photo.caption, count: next.length, max }) });
            await forgetListings(queryClient);
          }}
          onStarted={() => setNotice(null)}
        />
      )}

      {deleting && (
        <ConfirmDialog
          isOpen
          onOpenChange={(open) => {
            if (!open) setDeleting(null);
          }}
          title={t('vacantStores.photos.deleteDialog.title')}
          confirmLabel={t('vacantStores.photos.deleteDialog.confirm')}
          isPending={remove.isPending}
          error={remove.isError ? (isApiError(remove.error) ? remove.error.message : t('form.networkError')) : null}
          danger
          onConfirm={() => confirmDelete(deleting)}
        >
          <img src={deleting.thumbnailUrl} alt="" className="photo-manager__dialog-image" />
          <p>{t('vacantStores.photos.deleteDialog.body', { caption: deleting.caption })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** One file and its description, sent as multipart/form-data (the file in `file`). */
function PhotoUploadForm({ photosPath, onAdded, onStarted }: { photosPath: string; onAdded: (photo: VacantStorePhoto) => Promise<void>; onStarted: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { errors, fail, clear } = useFormErrors<UploadField>();
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  // A new key empties the file input (its value cannot be set) once a photo was added.
  const [inputKey, setInputKey] = useState(0);
  const upload = useMutation({
    mutationFn: (body: FormData) => client.request<VacantStorePhoto>(photosPath, { method: 'POST', body }),
  });

  const choose = (chosen: File | null) => {
    setFile(chosen);
    const problem = chosen ? photoFileProblem(t, chosen) : null;
    // Said at once, not only when the form is sent: the person can pick another file straight away.
    if (problem) fail({ fields: { file: problem } });
    else if (errors?.fields.file) clear();
  };

  const submit = () => {
    if (upload.isPending) return;
    const fileProblem = file ? photoFileProblem(t, file) : t('vacantStores.photos.problems.noFile');
    const captionError = captionProblem(t, caption);
    if (fileProblem || captionError || !file) {
      fail({ fields: { ...(fileProblem ? { file: fileProblem } : {}), ...(captionError ? { caption: captionError } : {}) } });
      return;
    }
    clear();
    onStarted();
    const body = new FormData();
    body.append('caption', caption.trim());
    body.append('file', file, file.name);
    upload.mutate(body, {
      onSuccess: async (photo) => {
        setFile(null);
        setCaption('');
        setInputKey((key) => key + 1);
        await onAdded(photo);
      },
      onError: (error) => fail(uploadProblem(t, error)),
    });
  };

  const fileError = errors?.fields.file;
  const hintId = `${uploadFieldIds.file}-hint`;
  const errorId = `${uploadFieldIds.file}-error`;

  return (
    <div className="photo-manager__upload">
      <h3>{t('vacantStores.photos.addTitle')}</h3>
      <ErrorSummary errors={errors} fieldIds={uploadFieldIds} />
      <Form
        className="form"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="field" data-invalid={fileError ? true : undefined}>
          <label htmlFor={uploadFieldIds.file} className="field__label">
            {t('vacantStores.photos.file')}
          </label>
          <span id={hintId} className="field__hint">
            {t('vacantStores.photos.fileHint')}
          </span>
          {fileError && (
            <span id={errorId} className="field__error">
              {fileError}
            </span>
          )}
          <input
            key={inputKey}
            id={uploadFieldIds.file}
            name="file"
            type="file"
            accept={VACANT_STORE_PHOTO_ACCEPTED_TYPES.join(',')}
            aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
            aria-invalid={fileError ? true : undefined}
            aria-required
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
            className="field__input field__input--file"
          />
        </div>
        <InputField
          id={uploadFieldIds.caption}
          name="caption"
          label={t('vacantStores.photos.caption')}
          description={t('vacantStores.photos.captionHint', { max: VACANT_STORE_PHOTO_CAPTION_MAX_LENGTH })}
          isRequired
          value={caption}
          onChange={setCaption}
          error={errors?.fields.caption}
        />
        <div className="form__actions">
          <SubmitButton isPending={upload.isPending}>{t('vacantStores.photos.add')}</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
