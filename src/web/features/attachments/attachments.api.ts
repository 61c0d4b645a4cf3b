import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { AttachmentOwnerKind } from '../../../shared/contracts/attachments';
import { api, unwrap } from '../../api/client';

export const attachmentsKey = (ownerKind: AttachmentOwnerKind, ownerId: string) =>
  ['attachments', ownerKind, ownerId] as const;

/** By id only: file names can carry a person's name and must stay out of URLs. */
export const attachmentUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}/content`;

export function useAttachments(ownerKind: AttachmentOwnerKind, ownerId: string) {
  return useQuery({
    queryKey: attachmentsKey(ownerKind, ownerId),
    queryFn: () => unwrap(api.api.attachments.$get({ query: { ownerKind, ownerId } })),
  });
}

export const uploadAttachment = (ownerKind: AttachmentOwnerKind, ownerId: string, file: File) =>
  unwrap(api.api.attachments.$post({ form: { ownerKind, ownerId, file } }));

export const deleteAttachment = async (id: string) => {
  const res = await api.api.attachments[':id'].$delete({ param: { id } });
  if (!res.ok) await unwrap(Promise.resolve(res));
};

export const refreshAttachments = (qc: QueryClient, ownerKind: AttachmentOwnerKind, ownerId: string) =>
  qc.invalidateQueries({ queryKey: attachmentsKey(ownerKind, ownerId) });
