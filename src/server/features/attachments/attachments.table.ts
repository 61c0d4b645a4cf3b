import type { ColumnType, Generated, Selectable } from 'kysely';

export interface AttachmentsTable {
  id: Generated<string>;
  owner_kind: string;
  owner_id: string;
  centre_id: string | null;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: ColumnType<Date, never, never>;
  deleted_at: ColumnType<Date | null, never, Date | null>;
  deleted_by: string | null;
}
export type AttachmentRow = Selectable<AttachmentsTable>;
