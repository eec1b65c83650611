import { Button, Card, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import { useRequests } from '../api/requests';
import { NO_REQUEST_FILTER } from '../lib/request-filter';
import { FileRequestForm } from './FileRequestForm';
import { RequestList } from './RequestList';

/** The enterprise's requests: every state, newest first (the server returns only its firm's). */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const requests = useRequests('mine', NO_REQUEST_FILTER);
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageHeader title={t('maintenance.my.title')} description={t('maintenance.my.description')} />
        <Button component={Link} to="/my-requests/new" data-testid="request-new">
          {t('maintenance.my.new')}
        </Button>
      </Group>
      <Card withBorder padding="md">
        {requests.error ? (
          <ErrorAlert error={requests.error} />
        ) : (
          <>
            <RequestList
              rows={requests.nodes}
              basePath="/my-requests"
              operator={false}
              emptyText={requests.isPending ? t('common.loading') : t('maintenance.my.empty')}
            />
            <LoadMore
              shown={requests.nodes.length}
              total={requests.totalCount}
              hasMore={requests.hasMore}
              loading={requests.isLoadingMore}
              onLoadMore={requests.loadMore}
            />
          </>
        )}
      </Card>
    </>
  );
}

/** Filing a request, on its own page so it fills a phone's screen. */
export function FileRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('maintenance.file.title')} description={t('maintenance.file.description')} />
      <Card withBorder padding="md" maw={640}>
        <FileRequestForm
          onFiled={(filed) => void navigate(`/my-requests/${filed.id}`)}
          onCancel={() => void navigate('/my-requests')}
        />
      </Card>
    </>
  );
}
