import { Alert, Anchor, Card, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvImportForm } from '@/components/ui/CsvImportForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { METER_CSV_HEADER, useImportMeterReadings } from '../api/meter-import';

/** Where the billing run page links to the meter readings import. */
export const METER_IMPORT_PATH = '/meter-readings/import';

/** A line on the billing run page: readings come before the run that bills them. */
export function MeterImportLink() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t('billing.meterImport.linkHint')}{' '}
      <Anchor component={Link} to={METER_IMPORT_PATH} size="sm" data-testid="meter-import-link">
        {t('billing.meterImport.link')}
      </Anchor>
    </Text>
  );
}

/**
 * Meter readings from CSV (operators): a month's wastewater readings for many plots at once,
 * previewed, then imported all or nothing. Each reading goes to the lease holding the plot.
 */
export function MeterReadingsImportPage() {
  const { t } = useTranslation();
  const importReadings = useImportMeterReadings();
  // A fresh form (no file, no result) after each import.
  const [session, setSession] = useState(0);
  const [imported, setImported] = useState<number | null>(null);
  return (
    <>
      <Anchor component={Link} to="/billing-run" size="sm">
        ← {t('nav.billingRun')}
      </Anchor>
      <PageHeader title={t('billing.meterImport.title')} description={t('billing.meterImport.description')} />
      {imported !== null && (
        <Alert color="teal" variant="light" mb="lg" withCloseButton onClose={() => setImported(null)} data-testid="meter-import-done">
          {t('billing.meterImport.done', { count: imported })}
        </Alert>
      )}
      <Card withBorder padding="lg">
        <CsvImportForm
          key={session}
          header={METER_CSV_HEADER}
          hint={t('billing.meterImport.hint')}
          run={importReadings}
          onCommitted={(result) => {
            notifications.show({ color: 'teal', message: t('billing.meterImport.done', { count: result.created }) });
            setImported(result.created);
            setSession((n) => n + 1);
          }}
        />
      </Card>
    </>
  );
}
