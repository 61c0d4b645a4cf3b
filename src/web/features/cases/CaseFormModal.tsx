import { Button, Group, Modal, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { useSave } from '../../ui/use-save';
import { type ConflictField, VersionConflict } from '../../ui/VersionConflict';

interface Props<C extends { version: number }> {
  title: string;
  size?: string;
  onClose: () => void;
  save: ReturnType<typeof useSave<C>>;
  /**
   * Saves the form over `version` when given: the newer one when the user keeps their edit over it, or the one
   * they loaded into the form; without it, over the version the form was opened with.
   */
  submit: (version?: number) => void;
  submitLabel: string;
  /** How to compare the form with the version someone else saved, and how to load theirs into the form. */
  conflict?: {
    fields: ConflictField[];
    mine: Record<string, unknown>;
    theirs?: (current: C) => Record<string, unknown>;
    load: (current: C) => void;
  };
  children: ReactNode;
}

/** The frame of every case work form: fields, the version conflict when there is one, errors, the buttons. */
export function CaseFormModal<C extends { version: number }>({
  title,
  size = 'lg',
  onClose,
  save,
  submit,
  submitLabel,
  conflict,
  children,
}: Props<C>) {
  const { t } = useTranslation();
  const theirs = save.conflict;
  // Once the user loads the version someone else saved, the form holds that record: saves build on its version.
  const [loadedVersion, setLoadedVersion] = useState<number>();
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(loadedVersion);
        }}
      >
        <Stack>
          {theirs && conflict && (
            <VersionConflict
              fields={conflict.fields}
              theirs={
                conflict.theirs ? conflict.theirs(theirs) : (theirs as unknown as Record<string, unknown>)
              }
              mine={conflict.mine}
              onLoadTheirs={() => {
                conflict.load(theirs);
                setLoadedVersion(theirs.version);
                save.setConflict(null);
              }}
              onKeepMine={() => submit(theirs.version)}
              busy={save.busy}
            />
          )}
          {children}
          {save.error !== null && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
