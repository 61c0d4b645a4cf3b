import { ActionIcon, Anchor, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileTypePdf, IconPaperclip, IconPhoto, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTACHMENT_TYPES,
  type AttachmentOwnerKind,
  type TAttachment,
} from '../../../shared/contracts/attachments';
import { asApiError } from '../../api/api-error';
import { formatDateTime, formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { SectionCard } from '../../ui/SectionCard';
import {
  attachmentUrl,
  deleteAttachment,
  refreshAttachments,
  uploadAttachment,
  useAttachments,
} from './attachments.api';
import { UploadError } from './UploadError';

const megabytes = (bytes: number) => Math.max(0.1, Math.round(bytes / 104857.6) / 10);
/** Small files in KB, so a one-page scan does not read as "0.1 MB". */
const sizeText = (bytes: number, language: Language) =>
  bytes < 1048576
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`
    : `${formatNumber(megabytes(bytes), language)} MB`;

function FileLine({ file, onDelete }: { file: TAttachment; onDelete: (() => void) | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Icon = file.contentType === 'application/pdf' ? IconFileTypePdf : IconPhoto;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="attachment-row">
      <Icon size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
        {/* A plain link: the server answers with Content-Disposition: attachment, so the browser saves it. */}
        <Anchor
          href={attachmentUrl(file.id)}
          download={file.fileName}
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
        >
          <IconDownload size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
          {file.fileName}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t('attachments.meta', {
            size: sizeText(file.sizeBytes, language),
            by: file.uploadedBy?.name ?? '—',
            at: formatDateTime(file.uploadedAt, language),
          })}
        </Text>
      </Stack>
      {onDelete && (
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={onDelete}
          aria-label={t('attachments.remove', { name: file.fileName })}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      )}
    </Group>
  );
}

/**
 * Files on a contact, case plan or legal case: list, download, upload (photo or PDF) and remove. The server
 * decides who may see them; this panel is shown only where the record itself is.
 */
export function AttachmentsPanel({
  ownerKind,
  ownerId,
  canUpload,
}: {
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  canUpload: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useAttachments(ownerKind, ownerId);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<TAttachment | null>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      await uploadAttachment(ownerKind, ownerId, file);
      await refreshAttachments(qc, ownerKind, ownerId);
      notifications.show({ color: 'green', message: t('attachments.uploaded') });
    } catch (e) {
      setUploadError(asApiError(e));
    } finally {
      setUploading(false);
    }
  };

  const [busy, setBusy] = useState(false);
  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    try {
      await deleteAttachment(removing.id);
      await refreshAttachments(qc, ownerKind, ownerId);
    } catch (e) {
      setUploadError(asApiError(e));
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  };

  return (
    <SectionCard
      title={t('attachments.title')}
      testId="attachments-panel"
      actions={
        canUpload && (
          <FileButton onChange={(f) => void upload(f)} accept={ATTACHMENT_TYPES.join(',')}>
            {(props) => (
              <ActionIcon
                {...props}
                variant="light"
                size="lg"
                loading={uploading}
                aria-label={t('attachments.add')}
                title={t('attachments.add')}
                data-testid="attachment-upload"
              >
                <IconPaperclip size={18} aria-hidden />
              </ActionIcon>
            )}
          </FileButton>
        )
      }
    >
      <Stack gap="sm">
        {canUpload && (
          <Text size="xs" c="dimmed">
            {t('attachments.help', { mb: list.data ? megabytes(list.data.maxBytes) : 10 })}
          </Text>
        )}
        {uploadError !== null && <UploadError error={uploadError} maxBytes={list.data?.maxBytes} />}
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending && <Loading />}
        {list.data && list.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('attachments.none')}
          </Text>
        )}
        {list.data?.items.map((file) => (
          <FileLine key={file.id} file={file} onDelete={canUpload ? () => setRemoving(file) : null} />
        ))}
      </Stack>
      <ConfirmModal
        opened={removing !== null}
        title={t('attachments.removeTitle')}
        body={t('attachments.removeBody', { name: removing?.fileName ?? '' })}
        confirmLabel={t('attachments.removeConfirm')}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
        busy={busy}
      />
    </SectionCard>
  );
}
