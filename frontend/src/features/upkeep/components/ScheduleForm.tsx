import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Chip,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { ChecklistKind, FundAccount, FundingSource, ScheduleAnchor, ScheduleFields } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { todayInVietnam } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { errorMessage } from '@/lib/graphql/error-message';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { useAssets } from '../api/assets';
import { useRulePreview, useSaveSchedule } from '../api/schedules';
import type { ScheduleRow } from '../api/schedules';
import { RULE_PRESETS, describeRule } from '../lib/rule-words';

interface ItemValues {
  label: string;
  kind: ChecklistKind;
  unit: string;
  min: number | string;
  max: number | string;
}

export interface ScheduleValues {
  clusterId: string | null;
  assetId: string | null;
  title: string;
  rule: string;
  anchor: ScheduleAnchor;
  startsOn: string;
  leadDays: number | string;
  estimatedCost: number | string;
  account: FundAccount;
  fundingSource: FundingSource;
  legalBasis: string;
  active: boolean;
  checklist: ItemValues[];
}

const KINDS: readonly ChecklistKind[] = ['PASS_FAIL', 'YES_NO', 'NUMBER', 'TEXT', 'PHOTO'];
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

/** The form's values as the API's input; a unit and range only for number items. */
export function toScheduleFields(values: ScheduleValues, assigneeUserId: string | null): ScheduleFields {
  return {
    clusterId: values.clusterId,
    assetId: values.assetId,
    title: values.title.trim(),
    rule: values.rule.trim(),
    anchor: values.anchor,
    startsOn: values.startsOn,
    leadDays: values.leadDays === '' ? 0 : Math.round(Number(values.leadDays)),
    estimatedCost: values.estimatedCost === '' ? 0 : Math.round(Number(values.estimatedCost)),
    account: values.account,
    fundingSource: values.fundingSource,
    assigneeUserId,
    legalBasis: blankToNull(values.legalBasis),
    active: values.active,
    checklist: values.checklist.map((item) => {
      const number = item.kind === 'NUMBER';
      return {
        label: item.label.trim(),
        kind: item.kind,
        unit: number ? blankToNull(item.unit) : null,
        min: number ? numberOrNull(item.min) : null,
        max: number ? numberOrNull(item.max) : null,
      };
    }),
  };
}

/**
 * The rule as typed, in words, with its next due dates (or the server's reason it is refused).
 * Counted after the last completion, the dates are those if each is done on its due date.
 */
function RulePreview({
  rule,
  startsOn,
  leadDays,
  anchor,
}: {
  rule: string;
  startsOn: string;
  leadDays: number;
  anchor: ScheduleAnchor;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [debounced] = useDebouncedValue({ rule, startsOn, leadDays, anchor }, 300);
  const preview = useRulePreview(debounced.rule, debounced.startsOn, debounced.leadDays, debounced.anchor);
  const words = describeRule(rule, startsOn, format.language, format.date, anchor);
  const afterCompletion = anchor === 'AFTER_COMPLETION';
  if (rule.trim() === '') return null;
  return (
    <Alert color={preview.isError ? 'red' : 'blue'} variant="light" data-testid="rule-preview">
      {words != null && (
        <Text size="sm" fw={500} data-testid="rule-words">
          {words}
        </Text>
      )}
      {preview.isError ? (
        <Text size="sm" data-testid="rule-error">
          {isApiError(preview.error, 'VALIDATION') && preview.error.fields.length > 0
            ? preview.error.fields.map((f) => f.message).join('; ')
            : errorMessage(t, preview.error)}
        </Text>
      ) : (
        preview.data != null && (
          <Text size="sm" data-testid="rule-dates">
            {t(afterCompletion ? 'upkeep.schedules.datesIfOnTime' : 'upkeep.schedules.nextDates')}:{' '}
            {preview.data.map((d) => format.date(d)).join(', ')}
          </Text>
        )
      )}
      {afterCompletion && !preview.isError && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('upkeep.schedules.afterCompletionHelp')}
        </Text>
      )}
    </Alert>
  );
}

/** Add or change a preventive schedule: what, on which asset, by which rule, its checklist and cost. */
export function ScheduleForm({
  schedule,
  initialAssetId,
  onDone,
}: {
  schedule: ScheduleRow | null;
  initialAssetId?: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const clusters = useClusterOptions();
  const form = useForm<ScheduleValues>({
    initialValues: {
      clusterId: schedule?.clusterId ?? null,
      assetId: schedule?.assetId ?? initialAssetId ?? null,
      title: schedule?.title ?? '',
      rule: schedule?.rule ?? 'FREQ=MONTHLY;BYMONTHDAY=5',
      anchor: schedule?.anchor ?? 'FIXED',
      startsOn: schedule?.startsOn ?? todayInVietnam(),
      leadDays: schedule?.leadDays ?? 3,
      estimatedCost: schedule?.estimatedCost ?? 0,
      account: schedule?.account ?? 'MAINTENANCE_FUND',
      fundingSource: schedule?.fundingSource ?? 'FUND',
      legalBasis: schedule?.legalBasis ?? '',
      active: schedule?.active ?? true,
      checklist: (schedule?.checklist ?? []).map((item) => ({
        label: item.label,
        kind: item.kind,
        unit: item.unit ?? '',
        min: item.min ?? '',
        max: item.max ?? '',
      })),
    },
    validate: {
      title: (value) => (value.trim() === '' ? t('common.required') : null),
      rule: (value) => (value.trim() === '' ? t('common.required') : null),
      startsOn: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('common.required')),
      clusterId: (value, values) => (value === null && values.assetId === null ? t('upkeep.schedules.clusterOrAsset') : null),
    },
  });
  const values = form.getValues();
  const assets = useAssets({ clusterId: values.clusterId, category: null });
  const save = useSaveSchedule({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('upkeep.schedules.saved', { title: saved.title }) });
      onDone();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  const leadDays = values.leadDays === '' ? 0 : Number(values.leadDays);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        save.mutate({ id: schedule?.id ?? null, input: toScheduleFields(v, schedule?.assigneeUserId ?? null) }),
      )}
    >
      <Stack>
        {showError && <ServerErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('upkeep.assets.cluster')}
            data-testid="schedule-cluster"
            data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            {...form.getInputProps('clusterId')}
          />
          <Select
            label={t('upkeep.schedules.asset')}
            placeholder={t('upkeep.schedules.wholeCluster')}
            clearable
            searchable
            data-testid="schedule-asset"
            data={(assets.data ?? []).map((a) => ({ value: a.id, label: `${a.code} · ${a.name}` }))}
            {...form.getInputProps('assetId')}
          />
        </SimpleGrid>
        <TextInput label={t('upkeep.schedules.titleField')} required data-testid="schedule-title" {...form.getInputProps('title')} />
        <Stack gap={6}>
          <TextInput
            label={t('upkeep.schedules.rule')}
            description={t('upkeep.schedules.ruleHelp')}
            required
            data-testid="schedule-rule"
            {...form.getInputProps('rule')}
          />
          <Stack gap={2}>
            <Text size="sm" fw={500} id="schedule-anchor-label">
              {t('upkeep.schedules.anchor')}
            </Text>
            <SegmentedControl
              aria-labelledby="schedule-anchor-label"
              data-testid="schedule-anchor"
              fullWidth
              data={(['FIXED', 'AFTER_COMPLETION'] as const).map((a) => ({ value: a, label: t(`upkeep.anchor.${a}`) }))}
              {...form.getInputProps('anchor')}
            />
          </Stack>
          <Group gap={6}>
            {RULE_PRESETS.filter((preset) => values.anchor === 'FIXED' || preset.interval).map((preset) => (
              <Chip
                key={preset.rule}
                size="xs"
                checked={values.rule === preset.rule}
                onChange={() => form.setFieldValue('rule', preset.rule)}
              >
                {t(`upkeep.schedules.presets.${preset.key}`)}
              </Chip>
            ))}
          </Group>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label={t('upkeep.schedules.startsOn')} required data-testid="schedule-starts" {...form.getInputProps('startsOn')} />
          <NumberInput label={t('upkeep.schedules.leadDays')} min={0} max={366} allowDecimal={false} {...form.getInputProps('leadDays')} />
          <MoneyInput label={t('upkeep.schedules.estimatedCost')} {...form.getInputProps('estimatedCost')} />
        </SimpleGrid>
        <RulePreview rule={values.rule} startsOn={values.startsOn} leadDays={leadDays} anchor={values.anchor} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('upkeep.schedules.account')}
            allowDeselect={false}
            data={(['MAINTENANCE_FUND', 'WASTEWATER'] as const).map((a) => ({ value: a, label: t(`upkeep.account.${a}`) }))}
            {...form.getInputProps('account')}
          />
          <Select
            label={t('upkeep.schedules.fundingSource')}
            allowDeselect={false}
            data={(['FUND', 'OPERATOR'] as const).map((f) => ({ value: f, label: t(`maintenance.fundingSource.${f}`) }))}
            {...form.getInputProps('fundingSource')}
          />
        </SimpleGrid>
        <TextInput label={t('upkeep.schedules.legalBasis')} {...form.getInputProps('legalBasis')} />
        <Switch label={t('upkeep.schedules.activeLabel')} {...form.getInputProps('active', { type: 'checkbox' })} />

        <Stack gap="xs">
          <Text fw={500} size="sm">
            {t('upkeep.schedules.checklist')}
          </Text>
          {values.checklist.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('upkeep.schedules.noChecklist')}
            </Text>
          )}
          {values.checklist.map((item, index) => (
            <Card key={index} withBorder padding="xs" data-testid="checklist-item">
              <Group align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  label={t('upkeep.schedules.itemLabel')}
                  style={{ flex: '1 1 200px' }}
                  {...form.getInputProps(`checklist.${index}.label`)}
                />
                <Select
                  label={t('upkeep.schedules.itemKind')}
                  w={150}
                  allowDeselect={false}
                  data={KINDS.map((k) => ({ value: k, label: t(`upkeep.checklistKind.${k}`) }))}
                  {...form.getInputProps(`checklist.${index}.kind`)}
                />
                {item.kind === 'NUMBER' && (
                  <>
                    <TextInput label={t('upkeep.schedules.unit')} w={90} {...form.getInputProps(`checklist.${index}.unit`)} />
                    <NumberInput label={t('upkeep.schedules.min')} w={90} {...form.getInputProps(`checklist.${index}.min`)} />
                    <NumberInput label={t('upkeep.schedules.max')} w={90} {...form.getInputProps(`checklist.${index}.max`)} />
                  </>
                )}
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('upkeep.schedules.removeItem')}
                  onClick={() => form.removeListItem('checklist', index)}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Card>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              data-testid="checklist-add"
              onClick={() => form.insertListItem('checklist', { label: '', kind: 'PASS_FAIL', unit: '', min: '', max: '' })}
            >
              {t('upkeep.schedules.addItem')}
            </Button>
          </Group>
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="schedule-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
