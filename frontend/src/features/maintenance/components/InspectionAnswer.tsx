import { Anchor, Badge, Button, Card, Checkbox, FileButton, Group, Image, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useAnswerChecklistItem, useAnswerChecklistPhoto } from '../api/work-orders';
import type { WorkOrderDetail } from '../api/work-orders';
import { shrinkPhoto } from '../lib/attachments';
import { answerFails, inRange, readNumber } from '../lib/inspection';
import { useViewerImage } from './Attachments';

type Item = WorkOrderDetail['checklist'][number];

interface AnswerValues {
  answer: string;
  /** For a PHOTO item: the picture taken, not yet sent. */
  photo: File | null;
  /** The inspector saw a problem (yes/no, text, a number in range). */
  problem: boolean;
  openCorrective: boolean;
}

/** The accepted range in words: "5.5–9 pH", "≤ 150 mg/l", "≥ 2 bar". */
export function rangeWords(item: Pick<Item, 'min' | 'max' | 'unit'>, formatNumber: (n: number) => string): string {
  const unit = item.unit ? ` ${item.unit}` : '';
  if (item.min != null && item.max != null) return `${formatNumber(item.min)}–${formatNumber(item.max)}${unit}`;
  if (item.min != null) return `≥ ${formatNumber(item.min)}${unit}`;
  if (item.max != null) return `≤ ${formatNumber(item.max)}${unit}`;
  return '';
}

/** The photo an item was answered with, fetched with the viewer's token. */
function AnswerPhoto({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation();
  const image = useViewerImage(path);
  if (image.url === null) return null;
  return <Image src={image.url} alt={t('maintenance.inspection.photoAlt', { label })} radius="sm" h={120} w="auto" fit="contain" data-testid="inspection-photo" />;
}

/**
 * One typed checklist item of an inspection, answered by its kind: yes/no, pass/fail, a number
 * with its unit and accepted range (an out-of-range value is flagged as it is typed), text, or a
 * photo taken with the phone's camera (shrunk before it is sent).
 * A failed answer offers to open a corrective work order. The server judges the answer; its
 * field messages show on the field.
 */
export function InspectionAnswer({ item, workOrderId, locked }: { item: Item; workOrderId: string; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const formatNumber = (n: number) => n.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-GB');
  const form = useForm<AnswerValues>({
    initialValues: { answer: item.answer ?? '', photo: null, problem: item.passed === false && item.kind !== 'PASS_FAIL', openCorrective: false },
    validate: {
      answer: (value, all) =>
        item.kind === 'PHOTO'
          ? all.photo === null && item.answer == null
            ? t('maintenance.inspection.photoRequired')
            : null
          : value.trim() === ''
            ? t('common.required')
            : null,
    },
  });
  const answered = {
    onSuccess: () => {
      form.setFieldValue('openCorrective', false);
      form.setFieldValue('photo', null);
    },
    onError: (error: unknown) => applyFieldErrors(form, error, { passed: 'answer', photo: 'answer' }),
  };
  const saveText = useAnswerChecklistItem(answered);
  const savePhoto = useAnswerChecklistPhoto(answered);
  const save = item.kind === 'PHOTO' ? savePhoto : saveText;
  const values = form.getValues();
  const kind = item.kind!;
  const value = kind === 'NUMBER' ? readNumber(values.answer) : null;
  const outOfRange = value !== null && !inRange(value, item.min, item.max);
  const fails = answerFails(kind, values.answer, item.min, item.max) || (kind !== 'PASS_FAIL' && !outOfRange && values.problem);
  const range = rangeWords(item, formatNumber);
  const showError = save.isError && !(isApiError(save.error, 'VALIDATION') && save.error.fields.length > 0);
  const choices =
    kind === 'YES_NO'
      ? [
          { value: 'YES', label: t('maintenance.inspection.yes') },
          { value: 'NO', label: t('maintenance.inspection.no') },
        ]
      : [
          { value: 'PASS', label: t('maintenance.inspection.pass') },
          { value: 'FAIL', label: t('maintenance.inspection.fail') },
        ];

  return (
    <Card withBorder padding="sm" data-testid="inspection-item">
      <form
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          // Pass/fail says its verdict, a number out of range fails by itself; otherwise
          // only a problem the inspector saw is sent as a failure.
          const passed = kind !== 'PASS_FAIL' && !outOfRange && v.problem ? false : null;
          const openCorrective = fails && v.openCorrective;
          if (kind === 'PHOTO') {
            if (v.photo === null) return;
            const photo = await shrinkPhoto(v.photo);
            savePhoto.mutate({ workOrderId, itemId: item.id, photo, passed, openCorrective });
          } else {
            saveText.mutate({ workOrderId, itemId: item.id, answer: v.answer.trim(), passed, openCorrective });
          }
        })}
      >
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={500} size="sm">
              {item.label}
            </Text>
            {item.passed === true && (
              <Badge color="teal" variant="light" data-testid="inspection-verdict">
                {t('maintenance.inspection.passed')}
              </Badge>
            )}
            {item.passed === false && (
              <Badge color="red" variant="light" data-testid="inspection-verdict">
                {t('maintenance.inspection.failed')}
              </Badge>
            )}
            {item.passed == null && item.answer != null && (
              <Badge color="gray" variant="light" data-testid="inspection-verdict">
                {t('maintenance.inspection.answered')}
              </Badge>
            )}
          </Group>
          {(kind === 'YES_NO' || kind === 'PASS_FAIL') && (
            <Stack gap={4}>
              <SegmentedControl
                fullWidth
                disabled={locked}
                aria-label={item.label}
                data={choices}
                value={values.answer}
                onChange={(answer) => form.setFieldValue('answer', answer)}
                data-testid="inspection-choice"
              />
              {form.errors.answer != null && (
                <Text size="xs" c="red" role="alert">
                  {form.errors.answer}
                </Text>
              )}
            </Stack>
          )}
          {kind === 'NUMBER' && (
            <TextInput
              label={t('maintenance.inspection.measured')}
              description={range === '' ? undefined : t('maintenance.inspection.accepted', { range })}
              inputMode="decimal"
              disabled={locked}
              rightSection={item.unit ? <Text size="xs">{item.unit}</Text> : undefined}
              rightSectionWidth={item.unit ? Math.max(36, item.unit.length * 9 + 12) : undefined}
              data-testid="inspection-number"
              {...form.getInputProps('answer')}
              error={
                form.errors.answer ??
                (outOfRange ? t('maintenance.inspection.outOfRange', { range }) : undefined)
              }
            />
          )}
          {kind === 'TEXT' && (
            <Textarea
              label={t('maintenance.inspection.observation')}
              autosize
              minRows={2}
              disabled={locked}
              data-testid="inspection-text"
              {...form.getInputProps('answer')}
            />
          )}
          {kind === 'PHOTO' && (
            <Stack gap={4}>
              {item.photoThumbnailUrl != null && values.photo === null && <AnswerPhoto path={item.photoThumbnailUrl} label={item.label} />}
              {values.photo !== null && (
                <Text size="sm" data-testid="inspection-photo-chosen">
                  {t('maintenance.inspection.photoChosen', { name: values.photo.name })}
                </Text>
              )}
              {!locked && (
                <Group>
                  <FileButton onChange={(file) => form.setFieldValue('photo', file)} accept="image/jpeg,image/png,image/webp" capture="environment">
                    {(props) => (
                      <Button variant="default" size="sm" {...props} data-testid="inspection-photo-button">
                        {item.answer == null && values.photo === null ? t('maintenance.inspection.takePhoto') : t('maintenance.inspection.retakePhoto')}
                      </Button>
                    )}
                  </FileButton>
                </Group>
              )}
              {form.errors.answer != null && (
                <Text size="xs" c="red" role="alert">
                  {form.errors.answer}
                </Text>
              )}
            </Stack>
          )}
          {kind !== 'PASS_FAIL' && !outOfRange && !locked && (
            <Checkbox
              label={t('maintenance.inspection.problem')}
              data-testid="inspection-problem"
              {...form.getInputProps('problem', { type: 'checkbox' })}
            />
          )}
          {fails && !locked && item.correctiveWorkOrderId == null && (
            <Checkbox
              label={t('maintenance.inspection.openCorrective')}
              data-testid="inspection-corrective"
              {...form.getInputProps('openCorrective', { type: 'checkbox' })}
            />
          )}
          {item.correctiveWorkOrderId != null && (
            <Anchor component={Link} to={`/maintenance/work-orders/${item.correctiveWorkOrderId}`} size="sm" data-testid="inspection-corrective-link">
              {t('maintenance.inspection.correctiveOpened')}
            </Anchor>
          )}
          {showError && <ServerErrorAlert error={save.error} />}
          {!locked && (
            <Group justify="flex-end">
              <Button type="submit" size="sm" variant="light" loading={save.isPending} data-testid="inspection-save">
                {t('maintenance.inspection.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
