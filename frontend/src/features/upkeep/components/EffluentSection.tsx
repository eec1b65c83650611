import { ActionIcon, Alert, Anchor, Badge, Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { todayInVietnam } from '@/lib/format';
import { useFormat } from '@/lib/use-format';
import type { AssetDetailData } from '../api/assets';
import { useRecordEffluentSample, useSetDischargeLimits } from '../api/effluent';

type Permit = AssetDetailData['permits'][number];
type Limit = Permit['limits'][number];
type Sample = AssetDetailData['effluentSamples'][number];

/** A limit in words: "6–9", "≤ 75 mg/l", "≥ 2". */
export function limitWords(limit: Pick<Limit, 'min' | 'max' | 'unit'>, number: (n: number) => string): string {
  const unit = limit.unit ? ` ${limit.unit}` : '';
  if (limit.min != null && limit.max != null) return `${number(limit.min)}–${number(limit.max)}${unit}`;
  if (limit.max != null) return `≤ ${number(limit.max)}${unit}`;
  if (limit.min != null) return `≥ ${number(limit.min)}${unit}`;
  return '';
}

/** The discharge permit a sample taken on `day` is judged by (issued by then, not expired), as the server picks it. */
export function permitInForce<P extends Pick<Permit, 'kind' | 'issuedOn' | 'expiresOn'>>(permits: readonly P[], day: string): P | null {
  return (
    permits
      .filter((p) => p.kind === 'DISCHARGE' && p.issuedOn <= day && (p.expiresOn == null || p.expiresOn >= day))
      .sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1))[0] ?? null
  );
}

interface LimitRow {
  code: string;
  name: string;
  unit: string;
  min: number | string;
  max: number | string;
}

const toNumber = (v: number | string) => (v === '' ? null : Number(v));

function LimitsForm({ permit, onDone }: { permit: Permit; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ limits: LimitRow[] }>({
    initialValues: {
      limits: permit.limits.map((l) => ({ code: l.code, name: l.name, unit: l.unit ?? '', min: l.min ?? '', max: l.max ?? '' })),
    },
  });
  const save = useSetDischargeLimits({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('upkeep.effluent.limitsSaved') });
      onDone();
    },
  });
  const rows = form.getValues().limits;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        save.mutate({
          permitId: permit.id,
          limits: v.limits.map((l) => ({
            code: l.code.trim(),
            name: l.name.trim(),
            unit: l.unit.trim() === '' ? null : l.unit.trim(),
            min: toNumber(l.min),
            max: toNumber(l.max),
          })),
        }),
      )}
    >
      <Stack gap="xs">
        {save.isError && <ErrorAlert error={save.error} data-testid="limits-error" />}
        {rows.map((_, i) => (
          <Group key={form.key(`limits.${i}`)} gap="xs" wrap="nowrap" align="flex-end">
            <TextInput label={i === 0 ? t('upkeep.effluent.code') : undefined} w={90} {...form.getInputProps(`limits.${i}.code`)} />
            <TextInput label={i === 0 ? t('upkeep.effluent.parameter') : undefined} flex={1} {...form.getInputProps(`limits.${i}.name`)} />
            <TextInput label={i === 0 ? t('upkeep.effluent.unit') : undefined} w={90} {...form.getInputProps(`limits.${i}.unit`)} />
            <NumberInput label={i === 0 ? t('upkeep.effluent.min') : undefined} w={80} hideControls {...form.getInputProps(`limits.${i}.min`)} />
            <NumberInput label={i === 0 ? t('upkeep.effluent.max') : undefined} w={80} hideControls {...form.getInputProps(`limits.${i}.max`)} />
            <ActionIcon variant="subtle" color="red" aria-label={t('upkeep.effluent.removeLimit')} onClick={() => form.removeListItem('limits', i)} mb={4}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between" mt="sm">
          <Button variant="light" onClick={() => form.insertListItem('limits', { code: '', name: '', unit: 'mg/l', min: '', max: '' })} data-testid="limits-add">
            {t('upkeep.effluent.addLimit')}
          </Button>
          <Group>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="limits-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function SampleForm({ assetId, permits, onDone }: { assetId: string; permits: readonly Permit[]; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sampledOn, setSampledOn] = useState(todayInVietnam());
  const [report, setReport] = useState('');
  const [values, setValues] = useState<Record<string, number | string>>({});
  const permit = permitInForce(permits, sampledOn);
  const record = useRecordEffluentSample({
    onSuccess: (done) => {
      notifications.show({
        color: done.sample.compliant ? 'teal' : 'red',
        message: done.sample.compliant ? t('upkeep.effluent.recordedOk') : t('upkeep.effluent.recordedOver'),
      });
      onDone();
    },
  });
  const measured = (permit?.limits ?? []).filter((l) => values[l.code] !== undefined && values[l.code] !== '');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({
          assetId,
          sampledOn,
          reportNumber: report,
          values: measured.map((l) => ({ code: l.code, value: Number(values[l.code]) })),
        });
      }}
    >
      <Stack gap="xs">
        {record.isError && <ErrorAlert error={record.error} data-testid="sample-error" />}
        <Group grow>
          <TextInput type="date" label={t('upkeep.effluent.sampledOn')} value={sampledOn} max={todayInVietnam()} onChange={(e) => setSampledOn(e.currentTarget.value)} data-testid="sample-date" />
          <TextInput label={t('upkeep.effluent.report')} value={report} onChange={(e) => setReport(e.currentTarget.value)} data-testid="sample-report" />
        </Group>
        {permit == null ? (
          <Text size="sm" c="red">
            {t('upkeep.effluent.noPermitInForce')}
          </Text>
        ) : (
          permit.limits.map((l) => (
            <NumberInput
              key={l.code}
              label={`${l.name} (${limitWords(l, format.number)})`}
              decimalSeparator={format.language === 'vi' ? ',' : '.'}
              value={values[l.code] ?? ''}
              onChange={(v) => setValues((old) => ({ ...old, [l.code]: v }))}
              data-testid={`sample-value-${l.code}`}
            />
          ))
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} disabled={permit == null || measured.length === 0} data-testid="sample-submit">
            {t('upkeep.effluent.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SampleRow({ sample }: { sample: Sample }) {
  const { t } = useTranslation();
  const format = useFormat();
  const over = sample.values.filter((v) => v.over);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(sample.sampledOn)}</Table.Td>
      <Table.Td>{sample.reportNumber}</Table.Td>
      <Table.Td>
        <Badge color={sample.compliant ? 'teal' : 'red'} variant="light">
          {sample.compliant ? t('upkeep.effluent.compliant') : t('upkeep.effluent.overLimit')}
        </Badge>
      </Table.Td>
      <Table.Td>
        {over.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('upkeep.effluent.allWithin', { count: sample.values.length })}
          </Text>
        ) : (
          <Stack gap={2}>
            {over.map((v) => (
              <Text key={v.code} size="xs" c="red">
                {v.name}: {format.number(v.value)} ({limitWords(v, format.number)})
              </Text>
            ))}
            {sample.workOrderId != null && (
              <Anchor component={Link} to={`/maintenance/work-orders/${sample.workOrderId}`} size="xs">
                {t('upkeep.effluent.workOrder')}
              </Anchor>
            )}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** A plant's discharge limits (per discharge permit, editable) and its effluent samples, newest first. */
export function EffluentSection({ asset }: { asset: AssetDetailData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<Permit | null>(null);
  const [recording, setRecording] = useState(false);
  const discharge = asset.permits.filter((p) => p.kind === 'DISCHARGE');
  const latest = asset.effluentSamples[0];
  return (
    <Stack gap="md">
      {latest != null && !latest.compliant && (
        <Alert color="red" variant="light" title={t('upkeep.effluent.flagTitle')} data-testid="effluent-flag">
          {t('upkeep.effluent.flagText', { date: format.date(latest.sampledOn) })}
        </Alert>
      )}
      {discharge.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('upkeep.effluent.noDischargePermit')}
        </Text>
      ) : (
        discharge.map((p) => (
          <div key={p.id} data-testid="discharge-limits">
            <Group justify="space-between" mb={4}>
              <Text size="sm" fw={500}>
                {t('upkeep.effluent.limitsOf', { number: p.number })}
              </Text>
              <Button size="xs" variant="default" onClick={() => setEditing(p)} data-testid="limits-edit">
                {t('upkeep.effluent.editLimits')}
              </Button>
            </Group>
            {p.limits.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('upkeep.effluent.noLimits')}
              </Text>
            ) : (
              <Group gap={6}>
                {p.limits.map((l) => (
                  <Badge key={l.code} variant="outline" color="gray" tt="none">
                    {l.name}: {limitWords(l, format.number)}
                  </Badge>
                ))}
              </Group>
            )}
          </div>
        ))
      )}
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('upkeep.effluent.samples')}
        </Text>
        <Button size="xs" onClick={() => setRecording(true)} disabled={discharge.length === 0} data-testid="sample-record">
          {t('upkeep.effluent.record')}
        </Button>
      </Group>
      {asset.effluentSamples.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('upkeep.effluent.noSamples')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing="xs" data-testid="effluent-samples">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('upkeep.effluent.sampledOn')}</Table.Th>
                <Table.Th>{t('upkeep.effluent.report')}</Table.Th>
                <Table.Th>{t('upkeep.effluent.verdict')}</Table.Th>
                <Table.Th>{t('upkeep.effluent.beyond')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {asset.effluentSamples.map((s) => (
                <SampleRow key={s.id} sample={s} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('upkeep.effluent.editLimits')} size="xl">
        {editing !== null && <LimitsForm permit={editing} onDone={() => setEditing(null)} />}
      </Modal>
      <Modal opened={recording} onClose={() => setRecording(false)} title={t('upkeep.effluent.record')} size="md">
        {recording && <SampleForm assetId={asset.id} permits={asset.permits} onDone={() => setRecording(false)} />}
      </Modal>
    </Stack>
  );
}
