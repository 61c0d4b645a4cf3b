import path from 'node:path';
import {
  type AttachmentOwnerKind,
  DEFAULT_ATTACHMENT_MAX_BYTES,
  type TAttachment,
} from '../../../shared/contracts/attachments';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AppConfig, AuthContext } from '../../http/context';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { auditLegalReads } from '../legal/legal-access';
import { ownerAccess } from './attachment-owners';
import { readContent, storeContent } from './file-store';
import { cleanFileName, sniffType } from './file-types';

export const attachmentMaxBytes = (config: AppConfig) =>
  config.attachmentMaxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;
const filesDirOf = (config: AppConfig) =>
  config.filesDir ?? path.join(path.dirname(config.uploadDir), 'files');

const findRow = (conn: Conn, id: string) =>
  conn
    .selectFrom('attachments')
    .leftJoin('users', 'users.id', 'attachments.uploaded_by')
    .selectAll('attachments')
    .select('users.name as uploader_name')
    .where('attachments.id', '=', id)
    .where('attachments.deleted_at', 'is', null)
    .executeTakeFirst();
type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;

const present = (r: Row): TAttachment => ({
  id: r.id,
  ownerKind: r.owner_kind as TAttachment['ownerKind'],
  ownerId: r.owner_id,
  fileName: r.file_name,
  contentType: r.content_type as TAttachment['contentType'],
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedBy: r.uploaded_by ? { id: r.uploaded_by, name: r.uploader_name ?? '' } : null,
  uploadedAt: new Date(r.uploaded_at).toISOString(),
});

export interface UploadInput {
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  file: File;
}

export async function uploadAttachment(
  db: Db,
  config: AppConfig,
  auth: AuthContext,
  actor: AuditActor,
  input: UploadInput,
): Promise<TAttachment> {
  const maximum = attachmentMaxBytes(config);
  await ownerAccess(db, auth, input.ownerKind, input.ownerId, 'write');
  if (input.file.size > maximum) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${Math.round(maximum / 1048576)} MB`, {
      maximum,
    });
  }
  if (input.file.size === 0) {
    throw new AppError('VALIDATION_FAILED', 'The file is empty', [
      { field: 'file', issue: 'empty_file', message: 'The file is empty' },
    ]);
  }
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const type = sniffType(bytes);
  if (!type) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      'Only JPEG, PNG or WebP photos and PDF documents can be attached',
      {
        allowed: ['JPEG', 'PNG', 'WebP', 'PDF'],
      },
    );
  }
  // The bytes first: a file without a row is harmless, a row without its file is not.
  const sha256 = await storeContent(filesDirOf(config), bytes);
  const id = await db.transaction().execute(async (trx) => {
    const centreId = await ownerAccess(trx, auth, input.ownerKind, input.ownerId, 'write');
    const row = await trx
      .insertInto('attachments')
      .values({
        owner_kind: input.ownerKind,
        owner_id: input.ownerId,
        centre_id: centreId,
        file_name: cleanFileName(input.file.name, type),
        content_type: type,
        size_bytes: bytes.byteLength,
        sha256,
        uploaded_by: auth.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'attachment',
      entityId: row.id,
      centreId,
      after: {
        ownerKind: input.ownerKind,
        ownerId: input.ownerId,
        contentType: type,
        sizeBytes: bytes.byteLength,
        sha256,
      },
    });
    return row.id;
  });
  return present((await findRow(db, id))!);
}

/** The files of one record; listing a legal case's files is a read of that case, so it is audited. */
export async function listAttachments(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  ownerKind: AttachmentOwnerKind,
  ownerId: string,
): Promise<TAttachment[]> {
  return db.transaction().execute(async (trx) => {
    const centreId = await ownerAccess(trx, auth, ownerKind, ownerId, 'read');
    const rows = await trx
      .selectFrom('attachments')
      .leftJoin('users', 'users.id', 'attachments.uploaded_by')
      .selectAll('attachments')
      .select('users.name as uploader_name')
      .where('owner_kind', '=', ownerKind)
      .where('owner_id', '=', ownerId)
      .where('deleted_at', 'is', null)
      .orderBy('uploaded_at', 'desc')
      .execute();
    if (ownerKind === 'legal_case') {
      await auditLegalReads(trx, actor, [{ id: ownerId, centre_id: centreId }], 'attachments');
    }
    return rows.map(present);
  });
}

/** The file's bytes for a user allowed to see its record; every download is in the audit trail. */
export async function downloadAttachment(
  db: Db,
  config: AppConfig,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
): Promise<{ meta: TAttachment; bytes: Buffer }> {
  const meta = await db.transaction().execute(async (trx) => {
    const row = await findRow(trx, id);
    if (!row) throw notFound('Attachment');
    const centreId = await ownerAccess(
      trx,
      auth,
      row.owner_kind as AttachmentOwnerKind,
      row.owner_id,
      'read',
    );
    await recordAudit(trx, actor, {
      action: 'read',
      entity: 'attachment',
      entityId: id,
      centreId,
      after: { ownerKind: row.owner_kind, ownerId: row.owner_id },
    });
    return present(row);
  });
  return { meta, bytes: await readContent(filesDirOf(config), meta.sha256) };
}

/** Soft delete: the row and the file stay (another record may share the file), hidden and audited. */
export async function deleteAttachment(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findRow(trx, id);
    if (!row) throw notFound('Attachment');
    const centreId = await ownerAccess(
      trx,
      auth,
      row.owner_kind as AttachmentOwnerKind,
      row.owner_id,
      'write',
    );
    await trx
      .updateTable('attachments')
      .set({ deleted_at: new Date(), deleted_by: auth.user.id })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'attachment',
      entityId: id,
      centreId,
      before: {
        ownerKind: row.owner_kind,
        ownerId: row.owner_id,
        fileName: row.file_name,
        sha256: row.sha256,
      },
    });
  });
}
