import { Anchor, Button, Card, Group, Modal, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { DateField } from '@/components/ui/DateField';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { LeaseMeterReadings } from '@/features/billing';
import { useFormat } from '@/lib/use-format';
import { isCalendarDate } from '@/lib/dates';
import { useActivateLease, useLease, useRenewLease, useTerminateLease } from '../api/leases';
import type { LeaseDetailData } from '../api/leases';
import { AuditTrail } from './AuditTrail';
import { LeaseStatusBadge } from './badges';
import { Facts } from '@/components/ui/Facts';
import { LeaseForm } from './LeaseForm';

function TerminateModal({ lease, opened, onClose }: { lease: LeaseDetailData; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { on: '', reason: '' },
    validate: {
      on: (value) => (isCalendarDate(value) ? null : t('estate.leases.dateRequired')),
      reason: (value) => (value.trim() === '' ? t('common.required') : null),
    },
  });
  const terminate = useTerminateLease({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('estate.leases.terminated') });
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('estate.leases.terminateTitle')}>
      <form noValidate onSubmit={form.onSubmit((values) => terminate.mutate({ id: lease.id, on: values.on, reason: values.reason.trim() }))}>
        <Stack>
          {terminate.isError && <ServerErrorAlert error={terminate.error} />}
          <DateField
            label={t('estate.leases.terminateOn')}
            required
            min={lease.startsOn}
            max={lease.endsOn}
            data-testid="terminate-on"
            {...form.getInputProps('on')}
          />
          <Textarea
            label={t('estate.leases.terminateReason')}
            required
            autosize
            minRows={2}
            data-testid="terminate-reason"
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" type="submit" loading={terminate.isPending} data-testid="terminate-submit">
              {t('estate.leases.terminate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RenewModal({ lease, opened, onClose }: { lease: LeaseDetailData; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const form = useForm<{ endsOn: string; rent: number | string }>({
    initialValues: { endsOn: '', rent: '' },
    validate: {
      endsOn: (value) =>
        !isCalendarDate(value)
          ? t('estate.leases.dateRequired')
          : value <= lease.endsOn
            ? t('estate.leases.endBeforeStart')
            : null,
    },
  });
  const renew = useRenewLease({
    onSuccess: (renewal) => {
      notifications.show({ color: 'teal', message: t('estate.leases.renewed') });
      onClose();
      void navigate(`/leases/${renewal.id}`);
    },
  });
  const submit = (values: { endsOn: string; rent: number | string }) => {
    const rentPerM2Year = values.rent === '' ? null : Math.round(Number(values.rent));
    renew.mutate({ id: lease.id, endsOn: values.endsOn, rentPerM2Year });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('estate.leases.renewTitle')}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('estate.leases.renewHint')}
          </Text>
          {renew.isError && <ServerErrorAlert error={renew.error} />}
          <DateField
            label={t('estate.leases.renewEndsOn')}
            required
            min={lease.endsOn}
            data-testid="renew-ends-on"
            {...form.getInputProps('endsOn')}
          />
          <NumberInput
            label={t('estate.leases.renewRent')}
            min={0}
            allowDecimal={false}
            thousandSeparator={format.language === 'vi' ? '.' : ','}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
            placeholder={String(lease.rentPerM2Year)}
            data-testid="renew-rent"
            {...form.getInputProps('rent')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={renew.isPending} data-testid="renew-submit">
              {t('estate.leases.renew')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function LeaseActions({ lease }: { lease: LeaseDetailData }) {
  const { t } = useTranslation();
  const [terminateOpened, terminateModal] = useDisclosure(false);
  const [renewOpened, renewModal] = useDisclosure(false);
  const [editOpened, editModal] = useDisclosure(false);
  const activate = useActivateLease({
    onSuccess: () => notifications.show({ color: 'teal', message: t('estate.leases.activated') }),
  });
  return (
    <Stack gap="sm">
      {activate.isError && <ServerErrorAlert error={activate.error} data-testid="lease-error" />}
      <Group>
        {(lease.status === 'DRAFT' || lease.status === 'ACTIVE') && (
          <Button variant="default" onClick={editModal.open} data-testid="lease-edit">
            {t('estate.leases.edit')}
          </Button>
        )}
        {lease.status === 'DRAFT' && (
          <Button loading={activate.isPending} onClick={() => activate.mutate(lease.id)} data-testid="lease-activate">
            {t('estate.leases.activate')}
          </Button>
        )}
        {lease.status === 'ACTIVE' && (
          <Button color="red" variant="light" onClick={terminateModal.open} data-testid="lease-terminate">
            {t('estate.leases.terminate')}
          </Button>
        )}
        {(lease.status === 'ACTIVE' || lease.status === 'EXPIRED') && (
          <Button variant="light" onClick={renewModal.open} data-testid="lease-renew">
            {t('estate.leases.renew')}
          </Button>
        )}
      </Group>
      <TerminateModal lease={lease} opened={terminateOpened} onClose={terminateModal.close} />
      <RenewModal lease={lease} opened={renewOpened} onClose={renewModal.close} />
      <Modal opened={editOpened} onClose={editModal.close} title={t('estate.leases.editTitle')} size="xl">
        {editOpened && <LeaseForm lease={lease} onCancel={editModal.close} onSaved={editModal.close} />}
      </Modal>
    </Stack>
  );
}

/**
 * One lease: its terms, plots and history; operators can activate, terminate and renew it, and
 * read its wastewater meter.
 */
export function LeaseDetailPage({ readOnly = false }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const basePath = readOnly ? '/my-leases' : '/leases';
  const lease = useLease(id, !readOnly);

  if (lease.error) return <ErrorAlert error={lease.error} />;
  if (lease.isPending) return <CenteredLoader />;
  const data = lease.data;
  if (!data) return <ErrorAlert error={null} overrides={{ INTERNAL: t('estate.leases.notFound') }} />;

  const escalation =
    data.escalationBp > 0 && data.escalationEveryYears != null
      ? t('estate.leases.escalationValue', {
          percent: format.percentBp(data.escalationBp),
          years: data.escalationEveryYears,
        })
      : t('estate.leases.noEscalation');

  return (
    <>
      <Anchor component={Link} to={basePath} size="sm">
        ← {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" mt="xs">
        <PageHeader title={t('estate.leases.detailTitle', { firm: data.firm.name })} description={data.cluster.name} />
        <LeaseStatusBadge status={data.status} />
      </Group>
      <Stack gap="lg">
        {!readOnly && <LeaseActions lease={data} />}
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="md">
            {t('estate.leases.terms')}
          </Title>
          <Facts
            items={[
              { label: t('estate.leases.firm'), value: data.firm.taxCode ? `${data.firm.name} (${data.firm.taxCode})` : data.firm.name },
              { label: t('estate.leases.cluster'), value: data.cluster.name },
              {
                label: t('estate.leases.plots'),
                value: data.plots.map((p) => `${p.code} (${format.squareMetres(p.areaM2)})`).join(', '),
              },
              { label: t('estate.area'), value: format.squareMetres(data.areaM2) },
              { label: t('estate.leases.period'), value: `${format.date(data.startsOn)} – ${format.date(data.endsOn)}` },
              { label: t('estate.leases.rent'), value: t('estate.leases.rentValue', { amount: format.money(data.rentPerM2Year) }) },
              { label: t('estate.leases.rentSchedule'), value: t(`estate.rentSchedule.${data.rentSchedule}`) },
              {
                label: t('estate.leases.maintenanceFee'),
                value:
                  data.maintenanceFeePerM2Month == null
                    ? t('estate.leases.clusterTariff')
                    : t('estate.leases.maintenanceFeeValue', { amount: format.money(data.maintenanceFeePerM2Month) }),
              },
              { label: t('estate.leases.deposit'), value: format.money(data.deposit) },
              { label: t('estate.leases.escalation'), value: escalation },
              {
                label: t('estate.leases.rentSupport'),
                value:
                  data.supportProgrammes.length > 0
                    ? data.supportProgrammes
                        .map((p) =>
                          t('estate.leases.rentSupportValue', {
                            percent: format.percentBp(p.rateBp),
                            basis: `${p.citation}, ${format.date(p.startsOn)} – ${format.date(p.endsOn)}`,
                          }),
                        )
                        .join('; ')
                    : t('estate.leases.rentSupportNone'),
              },
              {
                label: t('estate.leases.deductibleLand'),
                value:
                  data.deductibleLandPricePerM2Year != null
                    ? t('estate.leases.deductibleLandValue', {
                        price: format.money(data.deductibleLandPricePerM2Year),
                        basis: data.deductibleLandBasis ?? t('common.empty'),
                      })
                    : t('common.empty'),
              },
              ...(data.terminatedOn != null
                ? [
                    { label: t('estate.leases.terminatedOn'), value: format.date(data.terminatedOn) },
                    { label: t('estate.leases.terminationReason'), value: data.terminationReason ?? t('common.empty') },
                  ]
                : []),
              ...(data.renewedFromId != null
                ? [
                    {
                      label: t('estate.leases.renewedFrom'),
                      value: (
                        <Anchor component={Link} to={`${basePath}/${data.renewedFromId}`} size="sm">
                          {t('common.open')}
                        </Anchor>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        {!readOnly && <LeaseMeterReadings leaseId={data.id} canRecord={data.status !== 'DRAFT'} />}
        {!readOnly && data.auditTrail && <AuditTrail entries={data.auditTrail} />}
      </Stack>
    </>
  );
}
