import { Button, Group, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { FileMaintenanceRequestInput, MaintenanceCategory } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useMyPlots } from '../api/plots';
import { useFileRequest } from '../api/requests';
import type { RequestDetail } from '../api/requests';
import { checkFiles, shrinkPhoto } from '../lib/attachments';
import { AttachmentPicker } from './AttachmentPicker';

export const CATEGORIES: readonly MaintenanceCategory[] = [
  'ROADS',
  'DRAINAGE',
  'STREET_LIGHTING',
  'WATER_SUPPLY',
  'WASTEWATER',
  'POWER',
  'FIRE_PROTECTION',
  'SECURITY',
  'GREENERY',
  'OTHER',
];

/** The server's limits (FileMaintenanceRequestInput). */
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10_000;

export interface FileRequestValues {
  title: string;
  description: string;
  category: MaintenanceCategory;
  plotId: string | null;
  location: string;
  urgent: boolean;
}

export function toFileRequestInput(values: FileRequestValues, files: File[] = []): FileMaintenanceRequestInput {
  const location = values.location.trim();
  return {
    ...(files.length > 0 ? { files } : {}),
    title: values.title.trim(),
    description: values.description.trim(),
    category: values.category,
    plotId: values.plotId,
    location: location === '' ? null : location,
    urgent: values.urgent,
  };
}

/** The server's messages about the files (`input.files`, or `input.files.3`: field `3`). */
function fileErrors(error: unknown): string | null {
  if (!isApiError(error, 'VALIDATION')) return null;
  const messages = error.fields.filter((f) => f.field === 'files' || /^\d+$/.test(f.field)).map((f) => f.message);
  return messages.length > 0 ? messages.join(' · ') : null;
}

/**
 * The short form a firm files a request with, made for a phone: what is broken, details,
 * category, which of its plots (or where, in words), whether it is urgent, and photos (taken
 * with the camera or chosen) and PDF files, photos shrunk in the browser before they are sent.
 */
export function FileRequestForm({ onFiled, onCancel }: { onFiled: (request: Omit<RequestDetail, '__typename'>) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const plots = useMyPlots();
  const [files, setFiles] = useState<File[]>([]);
  const [shrinking, setShrinking] = useState(false);
  const form = useForm<FileRequestValues>({
    initialValues: { title: '', description: '', category: 'OTHER', plotId: null, location: '', urgent: false },
    validate: {
      title: (value) =>
        value.trim() === ''
          ? t('common.required')
          : value.trim().length > TITLE_MAX
            ? t('maintenance.file.tooLong', { max: TITLE_MAX })
            : null,
      description: (value) =>
        value.trim() === ''
          ? t('common.required')
          : value.trim().length > DESCRIPTION_MAX
            ? t('maintenance.file.tooLong', { max: DESCRIPTION_MAX })
            : null,
    },
  });
  const file = useFileRequest({
    onSuccess: (filed) => {
      notifications.show({ color: 'teal', message: t('maintenance.file.filed', { reference: filed.reference }) });
      onFiled(filed);
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = file.isError && !(isApiError(file.error, 'VALIDATION') && file.error.fields.length > 0);
  const submit = async (values: FileRequestValues) => {
    if (checkFiles(files).length > 0) return;
    setShrinking(true);
    try {
      const shrunk = await Promise.all(files.map(shrinkPhoto));
      file.mutate(toFileRequestInput(values, shrunk));
    } finally {
      setShrinking(false);
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="file-request-form">
      <Stack>
        {showError && <ServerErrorAlert error={file.error} data-testid="file-request-error" />}
        <TextInput
          label={t('maintenance.field.title')}
          placeholder={t('maintenance.file.titlePlaceholder')}
          required
          maxLength={TITLE_MAX}
          data-testid="request-title"
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('maintenance.field.description')}
          placeholder={t('maintenance.file.descriptionPlaceholder')}
          required
          autosize
          minRows={3}
          data-testid="request-description"
          {...form.getInputProps('description')}
        />
        <Select
          label={t('maintenance.field.category')}
          allowDeselect={false}
          data-testid="request-category"
          data={CATEGORIES.map((c) => ({ value: c, label: t(`maintenance.category.${c}`) }))}
          {...form.getInputProps('category')}
        />
        <Select
          label={t('maintenance.field.plot')}
          placeholder={t('maintenance.file.plotNone')}
          clearable
          data-testid="request-plot"
          data={(plots.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.clusterName}` }))}
          {...form.getInputProps('plotId')}
        />
        <TextInput
          label={t('maintenance.field.location')}
          placeholder={t('maintenance.file.locationPlaceholder')}
          data-testid="request-location"
          {...form.getInputProps('location')}
        />
        <Switch
          label={t('maintenance.field.urgent')}
          description={t('maintenance.field.urgentHint')}
          color="red"
          data-testid="request-urgent"
          {...form.getInputProps('urgent', { type: 'checkbox' })}
        />
        <AttachmentPicker files={files} onChange={setFiles} error={file.isError ? fileErrors(file.error) : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={shrinking || file.isPending} data-testid="request-submit">
            {t('maintenance.file.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
