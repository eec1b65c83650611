import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { AssetCategory, AssetFields } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { ASSET_CATEGORIES, useAssets, useSaveAsset } from '../api/assets';
import type { AssetRow } from '../api/assets';

export interface AssetValues {
  clusterId: string | null;
  parentId: string | null;
  code: string;
  name: string;
  category: AssetCategory;
  location: string;
  quantity: number | string;
  unit: string;
  commissionedOn: string;
  expectedLifeYears: number | string;
  condition: string | null;
  replacementValue: number | string;
  warrantyUntil: string;
  notes: string;
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: number | string) => (value === '' ? null : Math.round(Number(value)));

/** The form's values as the API's input (blank fields are null). */
export function toAssetFields(values: AssetValues): AssetFields {
  return {
    clusterId: values.clusterId ?? '',
    parentId: values.parentId,
    code: values.code.trim(),
    name: values.name.trim(),
    category: values.category,
    location: blankToNull(values.location),
    quantity: numberOrNull(values.quantity),
    unit: blankToNull(values.unit),
    commissionedOn: blankToNull(values.commissionedOn),
    expectedLifeYears: numberOrNull(values.expectedLifeYears),
    condition: values.condition === null ? null : Number(values.condition),
    replacementValue: numberOrNull(values.replacementValue),
    warrantyUntil: blankToNull(values.warrantyUntil),
    notes: blankToNull(values.notes),
  };
}

/** Add or change an asset of the register (code unique in its cluster; a parent of the same cluster). */
export function AssetForm({ asset, onDone }: { asset: AssetRow | null; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const clusters = useClusterOptions();
  const form = useForm<AssetValues>({
    initialValues: {
      clusterId: asset?.clusterId ?? null,
      parentId: asset?.parentId ?? null,
      code: asset?.code ?? '',
      name: asset?.name ?? '',
      category: asset?.category ?? 'INTERNAL_ROADS',
      location: asset?.location ?? '',
      quantity: asset?.quantity ?? '',
      unit: asset?.unit ?? '',
      commissionedOn: asset?.commissionedOn ?? '',
      expectedLifeYears: asset?.expectedLifeYears ?? '',
      condition: asset?.condition == null ? null : String(asset.condition),
      replacementValue: asset?.replacementValue ?? '',
      warrantyUntil: asset?.warrantyUntil ?? '',
      notes: asset?.notes ?? '',
    },
    validate: {
      clusterId: (value) => (value ? null : t('common.required')),
      code: (value) => (value.trim() === '' ? t('common.required') : null),
      name: (value) => (value.trim() === '' ? t('common.required') : null),
      unit: (value, values) => (values.quantity !== '' && value.trim() === '' ? t('upkeep.assets.unitRequired') : null),
    },
  });
  const clusterId = form.getValues().clusterId;
  // A parent is another asset of the same cluster (the server also refuses loops).
  const siblings = useAssets({ clusterId, category: null });
  const parents = (clusterId === null ? [] : (siblings.data ?? []))
    .filter((a) => a.id !== asset?.id)
    .map((a) => ({ value: a.id, label: `${a.code} · ${a.name}` }));
  const save = useSaveAsset({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('upkeep.assets.saved', { code: saved.code }) });
      onDone();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  const numberProps = {
    allowDecimal: false,
    thousandSeparator: format.language === 'vi' ? '.' : ',',
    decimalSeparator: format.language === 'vi' ? ',' : '.',
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate({ id: asset?.id ?? null, input: toAssetFields(values) }))}>
      <Stack>
        {showError && <ServerErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('upkeep.assets.cluster')}
            required
            data-testid="asset-cluster"
            data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            {...form.getInputProps('clusterId')}
          />
          <Select
            label={t('upkeep.assets.parent')}
            placeholder={t('upkeep.assets.noParent')}
            clearable
            searchable
            data={parents}
            {...form.getInputProps('parentId')}
          />
          <TextInput label={t('upkeep.assets.code')} required data-testid="asset-code" {...form.getInputProps('code')} />
          <TextInput label={t('upkeep.assets.name')} required data-testid="asset-name" {...form.getInputProps('name')} />
          <Select
            label={t('upkeep.assets.category')}
            required
            allowDeselect={false}
            data-testid="asset-category"
            data={ASSET_CATEGORIES.map((c) => ({ value: c, label: t(`upkeep.category.${c}`) }))}
            {...form.getInputProps('category')}
          />
          <Select
            label={t('upkeep.assets.condition')}
            clearable
            data={[1, 2, 3, 4, 5].map((c) => ({
              value: String(c),
              label: `${c} · ${t(`upkeep.condition.${c as 1 | 2 | 3 | 4 | 5}`)}`,
            }))}
            {...form.getInputProps('condition')}
          />
          <NumberInput label={t('upkeep.assets.quantity')} min={0} data-testid="asset-quantity" {...numberProps} {...form.getInputProps('quantity')} />
          <TextInput label={t('upkeep.assets.unit')} placeholder="m, đèn, m³/ngày" data-testid="asset-unit" {...form.getInputProps('unit')} />
          <DateField label={t('upkeep.assets.commissionedOn')} {...form.getInputProps('commissionedOn')} />
          <NumberInput label={t('upkeep.assets.expectedLife')} min={1} max={200} {...numberProps} {...form.getInputProps('expectedLifeYears')} />
          <MoneyInput label={t('upkeep.assets.replacementValue')} {...form.getInputProps('replacementValue')} />
          <DateField label={t('upkeep.assets.warrantyUntil')} {...form.getInputProps('warrantyUntil')} />
        </SimpleGrid>
        <TextInput label={t('upkeep.assets.location')} {...form.getInputProps('location')} />
        <Textarea label={t('upkeep.assets.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="asset-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
