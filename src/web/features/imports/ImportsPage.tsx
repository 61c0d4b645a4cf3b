import { Button, Stack } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ImportHistory } from './ImportHistory';
import { TEMPLATE_URL } from './imports.api';
import { NewImportCard } from './NewImportCard';

/** Registry imports: lists from the hotline, Telegram/QR, job fairs and partners, mapped and imported in bulk. */
export default function ImportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('imports.title')}
        description={t('imports.description')}
        actions={
          <Button
            component="a"
            href={TEMPLATE_URL}
            download
            variant="light"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            data-testid="import-template"
          >
            {t('imports.template')}
          </Button>
        }
      />
      <Stack gap="xl">
        <NewImportCard />
        <ImportHistory />
      </Stack>
    </>
  );
}
