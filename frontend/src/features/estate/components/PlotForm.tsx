import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { PlotFields } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { useSavePlot } from '../api/plots';
import type { PlotRow } from '../api/plots';

interface PlotValues {
  clusterId: string | null;
  code: string;
  areaM2: number | string;
  landUse: string;
  cadastralRef: string;
  notes: string;
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toPlotFields(values: PlotValues): PlotFields {
  return {
    clusterId: values.clusterId ?? '',
    code: values.code.trim(),
    areaM2: Math.round(Number(values.areaM2)),
    landUse: values.landUse.trim(),
    cadastralRef: blankToNull(values.cadastralRef),
    notes: blankToNull(values.notes),
  };
}

/** Add or change a plot (code unique within its cluster, area in whole m²). */
export function PlotForm({ plot, onDone }: { plot: PlotRow | null; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const clusters = useClusterOptions();
  const form = useForm<PlotValues>({
    initialValues: {
      clusterId: plot?.cluster.id ?? null,
      code: plot?.code ?? '',
      areaM2: plot?.areaM2 ?? '',
      landUse: plot?.landUse ?? t('estate.plots.landUsePlaceholder'),
      cadastralRef: plot?.cadastralRef ?? '',
      notes: plot?.notes ?? '',
    },
    validate: {
      clusterId: (value) => (value ? null : t('estate.plots.clusterRequired')),
      code: (value) => (value.trim() === '' ? t('common.required') : null),
      areaM2: (value) => (value === '' || Number(value) <= 0 ? t('estate.plots.areaPositive') : null),
      landUse: (value) => (value.trim() === '' ? t('common.required') : null),
    },
  });
  const save = useSavePlot({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('estate.plots.saved', { code: saved.code }) });
      onDone();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);

  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate({ id: plot?.id ?? null, input: toPlotFields(values) }))}>
      <Stack>
        {showError && <ServerErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('estate.plots.cluster')}
            required
            data-testid="plot-cluster"
            data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            {...form.getInputProps('clusterId')}
          />
          <TextInput label={t('estate.plots.code')} required data-testid="plot-code" {...form.getInputProps('code')} />
          <NumberInput
            label={t('estate.plots.areaM2')}
            required
            min={1}
            allowDecimal={false}
            thousandSeparator={format.language === 'vi' ? '.' : ','}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            data-testid="plot-area"
            {...form.getInputProps('areaM2')}
          />
          <TextInput label={t('estate.plots.landUse')} required {...form.getInputProps('landUse')} />
          <TextInput label={t('estate.plots.cadastralRef')} {...form.getInputProps('cadastralRef')} />
        </SimpleGrid>
        <Textarea label={t('estate.plots.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="plot-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
