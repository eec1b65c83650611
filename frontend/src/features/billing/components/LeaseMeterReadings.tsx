import { Badge, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { DateField } from '@/components/ui/DateField';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { todayInVietnam } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { isCalendarDate } from '@/lib/dates';
import { useCorrectMeterReading, useMeterReadings, useRecordMeterReading } from '../api/meters';
import type { MeterReadingRow } from '../api/meters';
import { addMonths, firstOfMonth, periodStarts } from '../lib/periods';

/** Newest month first; within a month the reading in force before the ones it replaced. */
export function orderReadings(readings: readonly MeterReadingRow[]): MeterReadingRow[] {
  return [...readings].sort(
    (a, b) =>
      b.period.localeCompare(a.period) ||
      Number(a.supersededAt != null) - Number(b.supersededAt != null) ||
      b.createdAt.localeCompare(a.createdAt),
  );
}

/** The latest reading in force: the only one a correction may replace. */
export function latestInForce(readings: readonly MeterReadingRow[]): MeterReadingRow | null {
  return orderReadings(readings).find((r) => r.supersededAt == null) ?? null;
}

interface ReadingValues {
  period: string;
  readOn: string;
  meterM3: number | string;
}

function RecordModal({
  leaseId,
  latest,
  opened,
  onClose,
}: {
  leaseId: string;
  latest: MeterReadingRow | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayInVietnam();
  const thisMonth = firstOfMonth(today);
  // The month after the latest reading, unless that is still to come.
  const next = latest ? addMonths(latest.period, 1) : thisMonth;
  const months = periodStarts('MONTH', today, 23, 0);
  const form = useForm<ReadingValues>({
    initialValues: { period: next > thisMonth ? thisMonth : next, readOn: today, meterM3: '' },
    validate: {
      period: (value) => (isCalendarDate(value) ? null : t('billing.dateRequired')),
      readOn: (value, values) =>
        !isCalendarDate(value) ? t('billing.dateRequired') : value < values.period ? t('billing.meters.readBeforeMonth') : null,
      meterM3: (value) => (value === '' || Number(value) < 0 ? t('common.required') : null),
    },
  });
  const save = useRecordMeterReading({
    onSuccess: (reading) => {
      notifications.show({
        color: 'teal',
        message: t('billing.meters.recorded', { month: format.month(reading.period), consumption: format.integer(reading.consumptionM3) }),
      });
      form.reset();
      onClose();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  const values = form.getValues();
  const previous = latest && latest.period < values.period ? latest.meterM3 : null;
  return (
    <Modal opened={opened} onClose={onClose} title={t('billing.meters.recordTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          save.mutate({ leaseId, period: v.period, readOn: v.readOn, meterM3: Math.round(Number(v.meterM3)) }),
        )}
      >
        <Stack>
          {showError && <ServerErrorAlert error={save.error} data-testid="meter-error" />}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('billing.meters.period')}
              required
              allowDeselect={false}
              data-testid="meter-period"
              data={months.map((value) => ({ value, label: format.month(value) }))}
              {...form.getInputProps('period')}
            />
            <DateField label={t('billing.meters.readOn')} required data-testid="meter-read-on" {...form.getInputProps('readOn')} />
          </SimpleGrid>
          <NumberInput
            label={t('billing.meters.meterValue')}
            description={
              previous != null ? t('billing.meters.previousValue', { value: format.integer(previous) }) : t('billing.meters.cumulativeHint')
            }
            required
            min={0}
            allowDecimal={false}
            thousandSeparator={format.language === 'vi' ? '.' : ','}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            data-testid="meter-value"
            {...form.getInputProps('meterM3')}
          />
          {previous != null && values.meterM3 !== '' && Number(values.meterM3) >= previous && (
            <Text size="sm" data-testid="meter-consumption-preview">
              {t('billing.meters.consumptionPreview', { value: format.integer(Math.round(Number(values.meterM3)) - previous) })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="meter-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface CorrectionValues {
  meterM3: number | string;
  readOn: string;
  reason: string;
}

function CorrectModal({ reading, onClose }: { reading: MeterReadingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useForm<CorrectionValues>({
    initialValues: { meterM3: reading.meterM3, readOn: reading.readOn, reason: '' },
    validate: {
      meterM3: (value) => (value === '' || Number(value) < 0 ? t('common.required') : null),
      readOn: (value) => (isCalendarDate(value) ? null : t('billing.dateRequired')),
      reason: (value) => (value.trim() === '' ? t('common.required') : null),
    },
  });
  const save = useCorrectMeterReading({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('billing.meters.corrected', { month: format.month(reading.period) }) });
      onClose();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  return (
    <Modal opened onClose={onClose} title={t('billing.meters.correctTitle', { month: format.month(reading.period) })}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          save.mutate({ readingId: reading.id, meterM3: Math.round(Number(v.meterM3)), readOn: v.readOn, reason: v.reason.trim() }),
        )}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('billing.meters.correctHint', { value: format.integer(reading.meterM3) })}
          </Text>
          {showError && <ServerErrorAlert error={save.error} data-testid="meter-correct-error" />}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput
              label={t('billing.meters.meterValue')}
              required
              min={0}
              allowDecimal={false}
              thousandSeparator={format.language === 'vi' ? '.' : ','}
              decimalSeparator={format.language === 'vi' ? ',' : '.'}
              data-testid="meter-correct-value"
              {...form.getInputProps('meterM3')}
            />
            <DateField label={t('billing.meters.readOn')} required {...form.getInputProps('readOn')} />
          </SimpleGrid>
          <Textarea
            label={t('billing.meters.reason')}
            required
            autosize
            minRows={2}
            data-testid="meter-correct-reason"
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="meter-correct-submit">
              {t('billing.meters.correct')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * A lease's wastewater meter (operators): its monthly readings, corrected readings struck
 * through with the reason, and the forms to record a month and to correct the latest one.
 * `canRecord`: a draft lease has no meter to read yet.
 */
export function LeaseMeterReadings({ leaseId, canRecord }: { leaseId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [recording, recordModal] = useDisclosure(false);
  const [correcting, setCorrecting] = useState<MeterReadingRow | null>(null);
  const readings = useMeterReadings(leaseId);
  const rows = orderReadings(readings.data ?? []);
  const latest = latestInForce(rows);
  const correctionOf = new Map(rows.filter((r) => r.correctsId != null).map((r) => [r.correctsId ?? '', r]));

  const struck = (row: MeterReadingRow) => (row.supersededAt != null ? 'line-through' : undefined);
  const dim = (row: MeterReadingRow) => (row.supersededAt != null ? 'dimmed' : undefined);
  const columns: Column<MeterReadingRow>[] = [
    {
      key: 'period',
      header: t('billing.meters.period'),
      nowrap: true,
      render: (row) => (
        <Text size="sm" fw={500} td={struck(row)} c={dim(row)}>
          {format.month(row.period)}
        </Text>
      ),
    },
    {
      key: 'readOn',
      header: t('billing.meters.readOn'),
      nowrap: true,
      render: (row) => (
        <Text size="sm" td={struck(row)} c={dim(row)}>
          {format.date(row.readOn)}
        </Text>
      ),
    },
    {
      key: 'meter',
      header: t('billing.meters.meter'),
      nowrap: true,
      render: (row) => (
        <Text size="sm" td={struck(row)} c={dim(row)}>
          {format.integer(row.meterM3)} m³
        </Text>
      ),
    },
    {
      key: 'consumption',
      header: t('billing.meters.consumption'),
      nowrap: true,
      render: (row) => (
        <Text size="sm" fw={row.supersededAt == null ? 600 : undefined} td={struck(row)} c={dim(row)}>
          {format.integer(row.consumptionM3)} m³
        </Text>
      ),
    },
    {
      key: 'note',
      header: t('billing.meters.note'),
      render: (row) => {
        if (row.supersededAt != null) {
          const correction = correctionOf.get(row.id);
          return (
            <Text size="xs" c="dimmed" data-testid="meter-superseded">
              {t('billing.meters.supersededBy', {
                value: correction ? format.integer(correction.meterM3) : t('common.empty'),
                reason: correction?.correctionReason ?? t('common.empty'),
              })}
            </Text>
          );
        }
        if (row.correctsId != null) {
          return (
            <Group gap={6} wrap="nowrap">
              <Badge size="xs" color="orange" variant="light">
                {t('billing.meters.correction')}
              </Badge>
              <Text size="xs">{row.correctionReason}</Text>
            </Group>
          );
        }
        return null;
      },
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) =>
        row.id === latest?.id ? (
          <Button size="xs" variant="light" onClick={() => setCorrecting(row)} data-testid="meter-correct">
            {t('billing.meters.correct')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card withBorder padding="lg" data-testid="meter-readings">
      <Group justify="space-between" mb="md" wrap="wrap">
        <div>
          <Title order={3} size="h4">
            {t('billing.meters.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('billing.meters.description')}
          </Text>
        </div>
        {canRecord && (
          <Button variant="light" onClick={recordModal.open} disabled={!readings.isSuccess} data-testid="meter-record">
            {t('billing.meters.record')}
          </Button>
        )}
      </Group>
      {readings.error ? (
        <ErrorAlert error={readings.error} />
      ) : (
        <DataTable
          rows={rows}
          columns={columns}
          rowKey={(row) => row.id}
          emptyText={readings.isPending ? t('common.loading') : t('billing.meters.empty')}
          data-testid="meter-table"
        />
      )}
      {/* Mounted on opening, so the form starts from the readings as they are then. */}
      {canRecord && recording && <RecordModal leaseId={leaseId} latest={latest} opened onClose={recordModal.close} />}
      {correcting && <CorrectModal reading={correcting} onClose={() => setCorrecting(null)} />}
    </Card>
  );
}
