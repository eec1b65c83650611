import { Button, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvImportForm } from '@/components/ui/CsvImportForm';
import { IMPORT_HEADERS, useImportCsv } from '../api/imports';
import type { ImportKind } from '../api/imports';

interface ImportCsvFormProps {
  kind: ImportKind;
  onDone: () => void;
}

/**
 * Pick a CSV file, see what the server makes of it (a dry run), and import it only when every
 * row is valid: the commit writes all rows or none.
 */
export function ImportCsvForm({ kind, onDone }: ImportCsvFormProps) {
  const { t } = useTranslation();
  const run = useImportCsv(kind);
  return (
    <CsvImportForm
      header={IMPORT_HEADERS[kind]}
      hint={kind === 'firms' ? t('estate.csv.firmsHint') : t('estate.csv.plotsHint')}
      run={run}
      onCommitted={(result) => {
        notifications.show({ color: 'teal', message: t('estate.csv.created', { count: result.created }) });
        onDone();
      }}
      onCancel={onDone}
      problemsTestId="import-preview-table"
    />
  );
}

/** "Import CSV" and its dialog, for the plots or the firms page. */
export function ImportCsvButton({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  // A fresh form (no file, no result) every time the dialog opens.
  const [session, setSession] = useState(0);
  const close = () => setOpened(false);
  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          setSession((n) => n + 1);
          setOpened(true);
        }}
        data-testid="import-open"
      >
        {t('estate.csv.import')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={kind === 'firms' ? t('estate.csv.importFirmsTitle') : t('estate.csv.importPlotsTitle')}
        size="xl"
      >
        {opened && <ImportCsvForm key={session} kind={kind} onDone={close} />}
      </Modal>
    </>
  );
}
