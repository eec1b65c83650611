import { Button, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvImportForm } from '@/components/ui/CsvImportForm';
import { ASSET_IMPORT_HEADER, useImportAssets } from '../api/assets';

/** "Import CSV" for the register: a dry run shows every row's problems; only a valid file is written. */
export function ImportAssetsButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [session, setSession] = useState(0);
  const run = useImportAssets();
  const close = () => setOpened(false);
  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          setSession((n) => n + 1);
          setOpened(true);
        }}
        data-testid="asset-import-open"
      >
        {t('upkeep.assets.import')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('upkeep.assets.importTitle')} size="xl">
        {opened && (
          <CsvImportForm
            key={session}
            header={ASSET_IMPORT_HEADER}
            hint={t('upkeep.assets.importHint')}
            run={run}
            onCommitted={(result) => {
              notifications.show({ color: 'teal', message: t('upkeep.assets.imported', { count: result.created }) });
              close();
            }}
            onCancel={close}
            problemsTestId="asset-import-problems"
          />
        )}
      </Modal>
    </>
  );
}
