import { Button, Card, Checkbox, Chip, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { ReminderKind } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useReminderClusters, useReminderSettings, useUpdateReminderSettings } from '../api/reminders';
import type { ReminderSettingsData } from '../api/reminders';
import { DAYS, KINDS, ladderSteps, parseLadder, toSettingsFields, valuesOf } from '../lib/settings-form';
import type { Section, SettingsValues } from '../lib/settings-form';
import { TemplateEditor } from './TemplateEditor';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function Part({
  title,
  section,
  form,
  cluster,
  children,
}: {
  title: string;
  section: Section;
  form: ReturnType<typeof useForm<SettingsValues>>;
  cluster: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid={`reminders-section-${section}`}>
      <Group justify="space-between" mb="md" wrap="wrap" gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        {cluster && (
          <Switch
            label={t('reminders.settings.override')}
            data-testid={`override-${section}`}
            {...form.getInputProps(`own.${section}`, { type: 'checkbox' })}
          />
        )}
      </Group>
      {children}
    </Card>
  );
}

function SettingsForm({ settings, clusterId }: { settings: ReminderSettingsData; clusterId: string | null }) {
  const { t } = useTranslation();
  const cluster = clusterId != null;
  const form = useForm<SettingsValues>({
    initialValues: valuesOf(settings),
    validate: {
      ladder: (value, values) => {
        if (!values.own.ladder) return null;
        const ladder = parseLadder(value);
        return 'problem' in ladder ? t(`reminders.settings.ladderProblems.${ladder.problem}`) : null;
      },
      repeatDays: (value) => {
        const n = value === '' ? 0 : Number(value);
        return Number.isInteger(n) && n >= 0 && n <= 90 ? null : t('reminders.settings.repeatRange');
      },
      start: (value, values) => (values.always || TIME.test(value) ? null : t('reminders.settings.timeInvalid')),
      end: (value, values) => {
        if (values.always) return null;
        if (!TIME.test(value)) return t('reminders.settings.timeInvalid');
        return value > values.start ? null : t('reminders.settings.endBeforeStart');
      },
      days: (value, values) => (values.always || value.length > 0 ? null : t('reminders.settings.noDays')),
    },
  });
  const save = useUpdateReminderSettings({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('reminders.settings.saved') });
      form.setValues(valuesOf(saved));
      form.resetDirty();
    },
    onError: (error) =>
      applyFieldErrors(form, error, {
        ladderDays: 'ladder',
        'sendWindow.start': 'start',
        'sendWindow.end': 'end',
        'sendWindow.days': 'days',
      }),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  const values = form.getValues();
  const ladder = parseLadder(values.ladder);
  const repeat = values.repeatDays === '' ? 0 : Number(values.repeatDays);

  return (
    <form noValidate onSubmit={form.onSubmit((v) => save.mutate(toSettingsFields(v, clusterId)))}>
      <Stack gap="lg">
        {showError && <ServerErrorAlert error={save.error} />}
        <Part title={t('reminders.settings.kindsSection')} section="kinds" form={form} cluster={cluster}>
          <Checkbox.Group
            value={values.enabled}
            onChange={(value) => form.setFieldValue('enabled', value.filter((v): v is ReminderKind => (KINDS as readonly string[]).includes(v)))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {KINDS.map((kind) => (
                <Checkbox
                  key={kind}
                  value={kind}
                  disabled={!values.own.kinds}
                  label={t(`reminders.kinds.${kind}`)}
                  description={t(`reminders.kindHints.${kind}`)}
                  data-testid={`kind-${kind}`}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Part>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Part title={t('reminders.settings.ladderSection')} section="ladder" form={form} cluster={cluster}>
            <Stack>
              <TextInput
                label={t('reminders.settings.ladderDays')}
                description={t('reminders.settings.ladderHint')}
                disabled={!values.own.ladder}
                data-testid="ladder-days"
                {...form.getInputProps('ladder')}
              />
              <NumberInput
                label={t('reminders.settings.repeatDays')}
                description={t('reminders.settings.repeatHint')}
                min={0}
                max={90}
                allowDecimal={false}
                disabled={!values.own.ladder}
                data-testid="ladder-repeat"
                {...form.getInputProps('repeatDays')}
              />
              {'days' in ladder && (
                <Text size="sm" c="dimmed" data-testid="ladder-summary">
                  {repeat > 0
                    ? t('reminders.settings.ladderSummaryRepeat', { steps: ladderSteps(ladder.days), repeat })
                    : t('reminders.settings.ladderSummary', { steps: ladderSteps(ladder.days) })}
                </Text>
              )}
            </Stack>
          </Part>
          <Part title={t('reminders.settings.windowSection')} section="window" form={form} cluster={cluster}>
            <Stack>
              <Switch
                label={t('reminders.settings.always')}
                disabled={!values.own.window}
                data-testid="window-always"
                {...form.getInputProps('always', { type: 'checkbox' })}
              />
              <Group grow>
                <TextInput
                  placeholder="08:00"
                  maxLength={5}
                  label={t('reminders.settings.opens')}
                  disabled={!values.own.window || values.always}
                  data-testid="window-start"
                  {...form.getInputProps('start')}
                />
                <TextInput
                  placeholder="17:30"
                  maxLength={5}
                  label={t('reminders.settings.closes')}
                  disabled={!values.own.window || values.always}
                  data-testid="window-end"
                  {...form.getInputProps('end')}
                />
              </Group>
              <Chip.Group
                multiple
                value={values.days}
                onChange={(value) => form.setFieldValue('days', DAYS.filter((d) => value.includes(d)))}
              >
                <Group gap={6}>
                  {DAYS.map((d) => (
                    <Chip key={d} value={d} size="xs" disabled={!values.own.window || values.always} data-testid={`window-day-${d}`}>
                      {t(`reminders.days.${d}`)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
              {form.errors.days != null && (
                <Text size="xs" c="red">
                  {form.errors.days}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('reminders.settings.windowHint')}
              </Text>
            </Stack>
          </Part>
        </SimpleGrid>
        <Part title={t('reminders.settings.ccSection')} section="cc" form={form} cluster={cluster}>
          <TextInput
            type="email"
            label={t('reminders.settings.cc')}
            description={t('reminders.settings.ccHint')}
            disabled={!values.own.cc}
            data-testid="reminders-cc"
            {...form.getInputProps('cc')}
          />
        </Part>
        <Part title={t('reminders.settings.templatesSection')} section="templates" form={form} cluster={cluster}>
          <TemplateEditor
            templates={values.templates}
            placeholders={settings.placeholders}
            disabled={!values.own.templates}
            onChange={(templates) => form.setFieldValue('templates', templates)}
          />
        </Part>
        <Group justify="flex-end">
          <Button variant="default" disabled={!form.isDirty()} onClick={() => form.setValues(valuesOf(settings))}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="reminders-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Reminder settings (operator admins): which kinds go, the overdue ladder, the send window, the copy, the texts; per cluster too. */
export function ReminderSettingsPage() {
  const { t } = useTranslation();
  const [clusterId, setClusterId] = useState<string | null>(null);
  const clusters = useReminderClusters();
  const settings = useReminderSettings(clusterId);
  return (
    <>
      <PageHeader title={t('reminders.settings.title')} description={t('reminders.settings.description')} />
      <Select
        mb="lg"
        maw={420}
        label={t('reminders.settings.scope')}
        data={[
          { value: '', label: t('reminders.settings.operatorScope') },
          ...(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name })),
        ]}
        value={clusterId ?? ''}
        onChange={(value) => setClusterId(value === '' || value == null ? null : value)}
        allowDeselect={false}
        data-testid="reminders-scope"
      />
      {settings.error ? (
        <ErrorAlert error={settings.error} />
      ) : settings.isPending ? (
        <CenteredLoader />
      ) : (
        <SettingsForm key={clusterId ?? 'operator'} settings={settings.data} clusterId={clusterId} />
      )}
    </>
  );
}
