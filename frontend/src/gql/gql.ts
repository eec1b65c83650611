/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SwitchMembership($membershipId: ID!) {\n    switchMembership(membershipId: $membershipId) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.SwitchMembershipDocument,
    "\n  query AmountDue($firmId: ID) {\n    amountDue(firmId: $firmId) {\n      firmId\n      firmName\n      open\n      overdue\n      nextDueOn\n      purpose\n      vietqr\n      payee {\n        bankBin\n        bankName\n        account\n        holder\n      }\n      invoices {\n        id\n        numberLabel\n        clusterName\n        dueOn\n        open\n        status\n      }\n    }\n  }\n": typeof types.AmountDueDocument,
    "\n  fragment BankLineData on BankLine {\n    id\n    bookedOn\n    amount\n    description\n    reference\n    payerTaxCode\n    status\n    match\n    invoiceId\n    invoiceLabel\n    invoiceOpen\n    firmId\n    firmName\n    paymentId\n    ignoreReason\n    importedAt\n  }\n": typeof types.BankLineDataFragmentDoc,
    "\n  query BankLines($first: Int, $after: String, $status: BankLineStatus) {\n    bankLines(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...BankLineData\n      }\n    }\n  }\n": typeof types.BankLinesDocument,
    "\n  mutation ImportBankStatement($csv: String!, $commit: Boolean!) {\n    importBankStatement(csv: $csv, commit: $commit) {\n      rows\n      valid\n      created\n      duplicates\n      matched\n      problems {\n        row\n        column\n        message\n      }\n      lines {\n        row\n        bookedOn\n        amount\n        description\n        reference\n        duplicate\n        match\n        invoiceLabel\n        firmName\n      }\n    }\n  }\n": typeof types.ImportBankStatementDocument,
    "\n  mutation ConfirmBankLine($id: ID!, $invoiceId: ID) {\n    confirmBankLine(id: $id, invoiceId: $invoiceId) {\n      ...BankLineData\n    }\n  }\n": typeof types.ConfirmBankLineDocument,
    "\n  mutation IgnoreBankLine($id: ID!, $reason: String!) {\n    ignoreBankLine(id: $id, reason: $reason) {\n      ...BankLineData\n    }\n  }\n": typeof types.IgnoreBankLineDocument,
    "\n  mutation ConfirmExactBankMatches {\n    confirmExactBankMatches\n  }\n": typeof types.ConfirmExactBankMatchesDocument,
    "\n  query InvoicePicker($status: InvoiceStatus!, $search: String, $first: Int) {\n    invoices(status: $status, search: $search, first: $first) {\n      nodes {\n        id\n        kind\n        numberLabel\n        buyerName\n        clusterName\n        dueOn\n        total\n        open\n        status\n      }\n    }\n  }\n": typeof types.InvoicePickerDocument,
    "\n  mutation IssueCreditNote($input: CreditNoteFields!) {\n    issueCreditNote(input: $input) {\n      ...InvoiceDetailData\n    }\n  }\n": typeof types.IssueCreditNoteDocument,
    "\n  query MaintenanceFund($clusterId: ID!, $entries: Int!) {\n    maintenanceFund(clusterId: $clusterId, entries: $entries) {\n      clusterId\n      clusterName\n      balance\n      plannedNext12Months\n      feePerM2Month\n      leasedAreaM2\n      expectedFeeNext12Months\n      coverageBp\n      breakEvenFeePerM2Month\n      months {\n        month\n        moneyIn\n        moneyOut\n      }\n      paidFor {\n        month\n        workOrders\n        cost\n      }\n      plannedMonths {\n        month\n        amount\n      }\n      plans {\n        id\n        month\n        amount\n        description\n      }\n      entries {\n        id\n        entryOn\n        kind\n        amount\n        description\n      }\n    }\n  }\n": typeof types.MaintenanceFundDocument,
    "\n  mutation RecordFundExpense(\n    $clusterId: ID!\n    $spentOn: NaiveDate!\n    $amount: Int!\n    $description: String!\n    $documentNumber: String\n    $documentDate: NaiveDate\n  ) {\n    recordFundExpense(\n      clusterId: $clusterId\n      spentOn: $spentOn\n      amount: $amount\n      description: $description\n      documentNumber: $documentNumber\n      documentDate: $documentDate\n    ) {\n      id\n    }\n  }\n": typeof types.RecordFundExpenseDocument,
    "\n  mutation PlanUpkeep($clusterId: ID!, $month: NaiveDate!, $amount: Int!, $description: String!) {\n    planUpkeep(clusterId: $clusterId, month: $month, amount: $amount, description: $description) {\n      id\n    }\n  }\n": typeof types.PlanUpkeepDocument,
    "\n  query FundClusters($first: Int, $after: String) {\n    leases(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cluster {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FundClustersDocument,
    "\n  query Invoices(\n    $first: Int\n    $after: String\n    $status: InvoiceStatus\n    $clusterId: ID\n    $firmId: ID\n    $periodFrom: NaiveDate\n    $periodTo: NaiveDate\n    $search: String\n  ) {\n    invoices(\n      first: $first\n      after: $after\n      status: $status\n      clusterId: $clusterId\n      firmId: $firmId\n      periodFrom: $periodFrom\n      periodTo: $periodTo\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        numberLabel\n        buyerName\n        firmId\n        clusterId\n        clusterName\n        periodStart\n        periodEnd\n        issuedOn\n        dueOn\n        total\n        paid\n        open\n        status\n      }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  fragment InvoiceDetailData on Invoice {\n    id\n    kind\n    status\n    template\n    series\n    number\n    numberLabel\n    issuedOn\n    dueOn\n    periodStart\n    periodEnd\n    firmId\n    clusterId\n    clusterName\n    leaseId\n    sellerName\n    sellerAddress\n    sellerTaxCode\n    buyerName\n    buyerAddress\n    buyerTaxCode\n    subtotal\n    vatTotal\n    total\n    paid\n    open\n    totalInWords\n    roundingRuleVi: roundingRule\n    roundingRuleEn: roundingRule(english: true)\n    voidReason\n    paymentPurpose\n    vietqr\n    credited\n    correctsId\n    correctsLabel\n    note\n    creditNotes {\n      id\n      numberLabel\n      issuedOn\n      total\n    }\n    lines {\n      id\n      creditable\n      ...InvoiceLineData\n    }\n    vatByRate {\n      vatBp\n      base\n      vat\n    }\n    allocations {\n      paymentId\n      amount\n      allocatedOn\n    }\n    reminders {\n      id\n      kind\n      step\n      status\n      recipients\n      claimedAt\n      notBefore\n    }\n  }\n": typeof types.InvoiceDetailDataFragmentDoc,
    "\n  query InvoiceDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Invoice {\n        ...InvoiceDetailData\n      }\n    }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  mutation VoidInvoice($invoiceId: ID!, $reason: String!) {\n    voidInvoice(invoiceId: $invoiceId, reason: $reason) {\n      ...InvoiceDetailData\n    }\n  }\n": typeof types.VoidInvoiceDocument,
    "\n  query OpenInvoices($firmId: ID!, $status: InvoiceStatus!, $first: Int) {\n    invoices(firmId: $firmId, status: $status, first: $first) {\n      nodes {\n        id\n        kind\n        numberLabel\n        clusterName\n        periodStart\n        periodEnd\n        issuedOn\n        dueOn\n        number\n        total\n        open\n        status\n      }\n    }\n  }\n": typeof types.OpenInvoicesDocument,
    "\n  mutation ImportMeterReadings($csv: String!, $commit: Boolean!) {\n    importMeterReadings(csv: $csv, commit: $commit) {\n      rows\n      valid\n      created\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportMeterReadingsDocument,
    "\n  fragment MeterReadingData on MeterReading {\n    id\n    leaseId\n    period\n    readOn\n    meterM3\n    consumptionM3\n    correctsId\n    correctionReason\n    supersededAt\n    createdAt\n  }\n": typeof types.MeterReadingDataFragmentDoc,
    "\n  query MeterReadings($leaseId: ID!) {\n    meterReadings(leaseId: $leaseId) {\n      ...MeterReadingData\n    }\n  }\n": typeof types.MeterReadingsDocument,
    "\n  mutation RecordMeterReading($input: MeterReadingFields!) {\n    recordMeterReading(input: $input) {\n      ...MeterReadingData\n    }\n  }\n": typeof types.RecordMeterReadingDocument,
    "\n  mutation CorrectMeterReading($readingId: ID!, $meterM3: Int!, $readOn: NaiveDate!, $reason: String!) {\n    correctMeterReading(readingId: $readingId, meterM3: $meterM3, readOn: $readOn, reason: $reason) {\n      ...MeterReadingData\n    }\n  }\n": typeof types.CorrectMeterReadingDocument,
    "\n  query Payments($first: Int, $after: String, $firmId: ID) {\n    payments(first: $first, after: $after, firmId: $firmId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        firmId\n        amount\n        receivedOn\n        method\n        bankReference\n        unallocated\n        allocations {\n          invoiceId\n          amount\n        }\n      }\n    }\n  }\n": typeof types.PaymentsDocument,
    "\n  mutation RecordPayment($input: PaymentFields!) {\n    recordPayment(input: $input) {\n      id\n      firmId\n      amount\n      receivedOn\n      method\n      bankReference\n      unallocated\n      replayed\n      warnings {\n        code\n      }\n      allocations {\n        invoiceId\n        amount\n      }\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  fragment AgingBucketsData on AgingBuckets {\n    current\n    days1To30\n    days31To60\n    days61To90\n    over90\n    total\n  }\n": typeof types.AgingBucketsDataFragmentDoc,
    "\n  query ReceivablesAging($asOf: NaiveDate, $clusterId: ID) {\n    receivablesAging(asOf: $asOf, clusterId: $clusterId) {\n      asOf\n      total {\n        ...AgingBucketsData\n      }\n      clusters {\n        id\n        name\n        buckets {\n          ...AgingBucketsData\n        }\n      }\n      firms {\n        id\n        name\n        buckets {\n          ...AgingBucketsData\n        }\n      }\n    }\n  }\n": typeof types.ReceivablesAgingDocument,
    "\n  query Collections($months: Int!, $clusterId: ID) {\n    collections(months: $months, clusterId: $clusterId) {\n      month\n      invoiced\n      collected\n    }\n  }\n": typeof types.CollectionsDocument,
    "\n  query FirmStatement($firmId: ID, $from: NaiveDate!, $to: NaiveDate!) {\n    firmStatement(firmId: $firmId, from: $from, to: $to) {\n      firmId\n      firmName\n      firmTaxCode\n      from\n      to\n      openingBalance\n      invoiced\n      credited\n      paid\n      closingBalance\n      unallocatedCredit\n      csvPath\n      entries {\n        on\n        kind\n        reference\n        description\n        debit\n        credit\n        balance\n        documentId\n      }\n    }\n  }\n": typeof types.FirmStatementDocument,
    "\n  fragment InvoiceLineData on InvoiceLine {\n    kind\n    descriptionVi\n    descriptionEn\n    quantityMilli\n    unit\n    unitPrice\n    amount\n    vatBp\n    vatAmount\n  }\n": typeof types.InvoiceLineDataFragmentDoc,
    "\n  query BillingRunPreview($input: BillingRunInput!) {\n    billingRunPreview(input: $input) {\n      periodLabel\n      periodStart\n      periodEnd\n      invoiceCount\n      lineCount\n      alreadyBilled\n      warnings\n      blocking {\n        firmId\n        name\n        problem\n      }\n      subtotal\n      vatTotal\n      total\n      invoices {\n        leaseId\n        firmId\n        firmName\n        clusterName\n        subtotal\n        vatTotal\n        total\n        lines {\n          ...InvoiceLineData\n        }\n      }\n    }\n  }\n": typeof types.BillingRunPreviewDocument,
    "\n  mutation IssueBillingRun($input: BillingRunInput!) {\n    issueBillingRun(input: $input) {\n      id\n      periodKind\n      periodStart\n      periodEnd\n      invoiceCount\n      lineCount\n      total\n      firstNumber\n      lastNumber\n      createdAt\n    }\n  }\n": typeof types.IssueBillingRunDocument,
    "\n  fragment BillingSettingsData on BillingSettings {\n    invoiceTemplate\n    invoiceSeries\n    currentSeries\n    dueDays\n    lateInterestBp\n    lateInterestCommercial\n    lateInterestBasis\n    rentVatBp\n    sellerName\n    sellerAddress\n    sellerTaxCode\n    bankBin\n    bankAccount\n    bankAccountName\n  }\n": typeof types.BillingSettingsDataFragmentDoc,
    "\n  query BillingSettings {\n    billingSettings {\n      ...BillingSettingsData\n    }\n  }\n": typeof types.BillingSettingsDocument,
    "\n  mutation UpdateBillingSettings($input: BillingSettingsFields!) {\n    updateBillingSettings(input: $input) {\n      ...BillingSettingsData\n    }\n  }\n": typeof types.UpdateBillingSettingsDocument,
    "\n  fragment TariffData on Tariff {\n    id\n    clusterId\n    charge\n    nameVi\n    nameEn\n    unit\n    rate\n    vatBp\n    vatBasis\n    effectiveFrom\n    effectiveTo\n    legalBasis\n  }\n": typeof types.TariffDataFragmentDoc,
    "\n  query Tariffs($clusterId: ID!) {\n    tariffs(clusterId: $clusterId) {\n      ...TariffData\n    }\n  }\n": typeof types.TariffsDocument,
    "\n  mutation AddTariffVersion($input: TariffFields!) {\n    addTariffVersion(input: $input) {\n      ...TariffData\n    }\n  }\n": typeof types.AddTariffVersionDocument,
    "\n  fragment AuditFields on AuditEntry {\n    action\n    at\n    actorEmail\n    before\n    after\n  }\n": typeof types.AuditFieldsFragmentDoc,
    "\n  query Clusters($first: Int, $after: String, $orderBy: ClusterOrder) {\n    clusters(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        province\n        district\n        totalAreaM2\n        leasableAreaM2\n        establishedOn\n        status\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n    }\n  }\n": typeof types.ClustersDocument,
    "\n  query ClusterDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Cluster {\n        ...ClusterDetailFields\n      }\n    }\n  }\n": typeof types.ClusterDetailDocument,
    "\n  fragment ClusterDetailFields on Cluster {\n    id\n    name\n    province\n    provinceCode\n    district\n    districtCode\n    totalAreaM2\n    leasableAreaM2\n    establishedOn\n    decisionNumber\n    status\n    wastewater {\n      ...WastewaterFields\n    }\n    occupancy {\n      ...OccupancyFields\n    }\n    auditTrail {\n      ...AuditFields\n    }\n  }\n": typeof types.ClusterDetailFieldsFragmentDoc,
    "\n  mutation CreateCluster($input: ClusterFields!) {\n    createCluster(input: $input) {\n      ...ClusterDetailFields\n    }\n  }\n": typeof types.CreateClusterDocument,
    "\n  mutation UpdateCluster($id: ID!, $input: ClusterFields!) {\n    updateCluster(id: $id, input: $input) {\n      ...ClusterDetailFields\n    }\n  }\n": typeof types.UpdateClusterDocument,
    "\n  fragment FirmRowFields on Firm {\n    id\n    name\n    taxCode\n    address\n    capitalOrigin\n    isSme\n    vsicCode\n    workforce\n    billingEmails\n    status\n  }\n": typeof types.FirmRowFieldsFragmentDoc,
    "\n  query Firms(\n    $first: Int\n    $after: String\n    $search: String\n    $status: FirmStatus\n    $capitalOrigin: CapitalOrigin\n    $orderBy: FirmOrder\n  ) {\n    firms(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      capitalOrigin: $capitalOrigin\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...FirmRowFields\n      }\n    }\n  }\n": typeof types.FirmsDocument,
    "\n  mutation CreateFirm($input: FirmFields!) {\n    createFirm(input: $input) {\n      ...FirmRowFields\n    }\n  }\n": typeof types.CreateFirmDocument,
    "\n  mutation UpdateFirm($id: ID!, $input: FirmFields!) {\n    updateFirm(id: $id, input: $input) {\n      ...FirmRowFields\n    }\n  }\n": typeof types.UpdateFirmDocument,
    "\n  fragment ImportResultFields on ImportResult {\n    rows\n    valid\n    created\n    problems {\n      row\n      column\n      message\n    }\n  }\n": typeof types.ImportResultFieldsFragmentDoc,
    "\n  mutation ImportPlots($csv: String!, $commit: Boolean!) {\n    importPlots(csv: $csv, commit: $commit) {\n      ...ImportResultFields\n    }\n  }\n": typeof types.ImportPlotsDocument,
    "\n  mutation ImportFirms($csv: String!, $commit: Boolean!) {\n    importFirms(csv: $csv, commit: $commit) {\n      ...ImportResultFields\n    }\n  }\n": typeof types.ImportFirmsDocument,
    "\n  query Leases(\n    $first: Int\n    $after: String\n    $firmId: ID\n    $clusterId: ID\n    $status: LeaseStatus\n    $orderBy: LeaseOrder\n  ) {\n    leases(\n      first: $first\n      after: $after\n      firmId: $firmId\n      clusterId: $clusterId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        firm {\n          id\n          name\n        }\n        cluster {\n          id\n          name\n        }\n        plots {\n          id\n          code\n        }\n        areaM2\n        startsOn\n        endsOn\n        rentPerM2Year\n        status\n      }\n    }\n  }\n": typeof types.LeasesDocument,
    "\n  fragment LeaseDetailFields on Lease {\n    id\n    firm {\n      id\n      name\n      taxCode\n    }\n    cluster {\n      id\n      name\n    }\n    plots {\n      id\n      code\n      areaM2\n    }\n    areaM2\n    startsOn\n    endsOn\n    rentPerM2Year\n    rentSchedule\n    maintenanceFeePerM2Month\n    deposit\n    escalationBp\n    escalationEveryYears\n    rentSupportBp\n    rentSupportBasis\n    status\n    terminatedOn\n    terminationReason\n    renewedFromId\n    createdAt\n    auditTrail @include(if: $withAudit) {\n      ...AuditFields\n    }\n  }\n": typeof types.LeaseDetailFieldsFragmentDoc,
    "\n  query LeaseDetail($id: ID!, $withAudit: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on Lease {\n        ...LeaseDetailFields\n      }\n    }\n  }\n": typeof types.LeaseDetailDocument,
    "\n  query LeaseConflicts($plotIds: [ID!]!, $startsOn: NaiveDate!, $endsOn: NaiveDate!, $exceptLeaseId: ID) {\n    leaseConflicts(plotIds: $plotIds, startsOn: $startsOn, endsOn: $endsOn, exceptLeaseId: $exceptLeaseId) {\n      leaseId\n      plotCode\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.LeaseConflictsDocument,
    "\n  mutation CreateLease($input: LeaseFields!, $activate: Boolean!) {\n    createLease(input: $input, activate: $activate) {\n      id\n      status\n    }\n  }\n": typeof types.CreateLeaseDocument,
    "\n  mutation UpdateLease($id: ID!, $input: LeaseFields!) {\n    updateLease(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateLeaseDocument,
    "\n  mutation ActivateLease($id: ID!) {\n    activateLease(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ActivateLeaseDocument,
    "\n  mutation TerminateLease($id: ID!, $on: NaiveDate!, $reason: String!) {\n    terminateLease(id: $id, on: $on, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.TerminateLeaseDocument,
    "\n  mutation RenewLease($id: ID!, $endsOn: NaiveDate!, $rentPerM2Year: Int) {\n    renewLease(id: $id, endsOn: $endsOn, rentPerM2Year: $rentPerM2Year) {\n      id\n      status\n    }\n  }\n": typeof types.RenewLeaseDocument,
    "\n  fragment OccupancyFields on Occupancy {\n    on\n    leasableAreaM2\n    leasedAreaM2\n    rateBp\n    plotsTotal\n    plotsFree\n    firms\n    workforce\n  }\n": typeof types.OccupancyFieldsFragmentDoc,
    "\n  fragment WastewaterFields on Wastewater {\n    present\n    capacityM3PerDay\n    status\n    permitExpiresOn\n    compliant\n  }\n": typeof types.WastewaterFieldsFragmentDoc,
    "\n  query EstateOverview($on: NaiveDate) {\n    estateOverview(on: $on) {\n      on\n      clusters {\n        cluster {\n          id\n          name\n        }\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n      total {\n        ...OccupancyFields\n      }\n    }\n  }\n": typeof types.EstateOverviewDocument,
    "\n  query ProvinceOverview($on: NaiveDate) {\n    provinceOverview(on: $on) {\n      province\n      on\n      clusters {\n        operatorName\n        clusterName\n        district\n        status\n        totalAreaM2\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n      total {\n        ...OccupancyFields\n      }\n    }\n  }\n": typeof types.ProvinceOverviewDocument,
    "\n  fragment PlotRowFields on Plot {\n    id\n    code\n    areaM2\n    landUse\n    cadastralRef\n    notes\n    status\n    cluster {\n      id\n      name\n    }\n  }\n": typeof types.PlotRowFieldsFragmentDoc,
    "\n  query Plots(\n    $first: Int\n    $after: String\n    $clusterId: ID\n    $search: String\n    $status: PlotStatus\n    $orderBy: PlotOrder\n  ) {\n    plots(first: $first, after: $after, clusterId: $clusterId, search: $search, status: $status, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PlotRowFields\n      }\n    }\n  }\n": typeof types.PlotsDocument,
    "\n  mutation CreatePlot($input: PlotFields!) {\n    createPlot(input: $input) {\n      ...PlotRowFields\n    }\n  }\n": typeof types.CreatePlotDocument,
    "\n  mutation UpdatePlot($id: ID!, $input: PlotFields!) {\n    updatePlot(id: $id, input: $input) {\n      ...PlotRowFields\n    }\n  }\n": typeof types.UpdatePlotDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      existingAccount\n      role\n      tenantName\n      firmName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n        firm {\n          id\n          name\n        }\n        invitedBy {\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query MailLog($first: Int, $after: String, $status: MailStatus) {\n    mailLog(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        recipient\n        subject\n        template\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n": typeof types.MailLogDocument,
    "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      recipient\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": typeof types.RetryMailDocument,
    "\n  query MyLeasedPlots($first: Int, $after: String) {\n    leases(first: $first, after: $after, status: ACTIVE) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cluster {\n          id\n          name\n        }\n        plots {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.MyLeasedPlotsDocument,
    "\n  fragment MaintenanceRequestRow on MaintenanceRequest {\n    id\n    reference\n    title\n    category\n    status\n    priority\n    urgent\n    firmName\n    clusterName\n    plotCode\n    location\n    promisedOn\n    deferredUntil\n    createdAt\n    respondedAt\n    responseDueAt\n    resolutionDueAt\n    overdue\n    slaPaused\n    awaitingConfirmation\n  }\n": typeof types.MaintenanceRequestRowFragmentDoc,
    "\n  query MaintenanceRequests(\n    $first: Int\n    $after: String\n    $status: [MaintenanceRequestStatus!]\n    $priority: MaintenancePriority\n    $clusterId: ID\n    $assigneeId: ID\n    $overdue: Boolean\n  ) {\n    maintenanceRequests(\n      first: $first\n      after: $after\n      status: $status\n      priority: $priority\n      clusterId: $clusterId\n      assigneeId: $assigneeId\n      overdue: $overdue\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MaintenanceRequestRow\n      }\n    }\n  }\n": typeof types.MaintenanceRequestsDocument,
    "\n  fragment MaintenanceEventData on MaintenanceEvent {\n    id\n    at\n    actorId\n    actorName\n    fromStatus\n    toStatus\n    priority\n    reason\n  }\n": typeof types.MaintenanceEventDataFragmentDoc,
    "\n  fragment MaintenanceFileData on MaintenanceFile {\n    id\n    fileName\n    contentType\n    isImage\n    sizeBytes\n    url\n    thumbnailUrl\n  }\n": typeof types.MaintenanceFileDataFragmentDoc,
    "\n  fragment MaintenanceRequestDetail on MaintenanceRequest {\n    ...MaintenanceRequestRow\n    description\n    firmId\n    clusterId\n    plotId\n    rating\n    rejectReason\n    duplicateOfId\n    reopenCount\n    resolutionNote\n    resolvedAt\n    updatedAt\n    events {\n      ...MaintenanceEventData\n    }\n    comments {\n      id\n      authorId\n      authorName\n      body\n      internal\n      createdAt\n    }\n    files {\n      ...MaintenanceFileData\n    }\n  }\n": typeof types.MaintenanceRequestDetailFragmentDoc,
    "\n  query MaintenanceRequestDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on MaintenanceRequest {\n        ...MaintenanceRequestDetail\n      }\n    }\n  }\n": typeof types.MaintenanceRequestDetailDocument,
    "\n  mutation FileMaintenanceRequest($input: FileMaintenanceRequestInput!) {\n    fileMaintenanceRequest(input: $input) {\n      request {\n        ...MaintenanceRequestDetail\n      }\n    }\n  }\n": typeof types.FileMaintenanceRequestDocument,
    "\n  mutation AttachMaintenanceFiles($input: AttachMaintenanceFilesInput!) {\n    attachMaintenanceFiles(input: $input) {\n      request {\n        ...MaintenanceRequestDetail\n      }\n      files {\n        id\n      }\n    }\n  }\n": typeof types.AttachMaintenanceFilesDocument,
    "\n  mutation AcknowledgeMaintenanceRequest($input: AcknowledgeMaintenanceRequestInput!) {\n    acknowledgeMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.AcknowledgeMaintenanceRequestDocument,
    "\n  mutation AskMaintenanceRequester($input: AskMaintenanceRequesterInput!) {\n    askMaintenanceRequester(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.AskMaintenanceRequesterDocument,
    "\n  mutation DeferMaintenanceRequest($input: DeferMaintenanceRequestInput!) {\n    deferMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.DeferMaintenanceRequestDocument,
    "\n  mutation RejectMaintenanceRequest($input: RejectMaintenanceRequestInput!) {\n    rejectMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.RejectMaintenanceRequestDocument,
    "\n  mutation ResolveMaintenanceRequest($input: ResolveMaintenanceRequestInput!) {\n    resolveMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.ResolveMaintenanceRequestDocument,
    "\n  mutation CancelMaintenanceRequest($input: CancelMaintenanceRequestInput!) {\n    cancelMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.CancelMaintenanceRequestDocument,
    "\n  mutation StartMaintenanceRequest($requestId: ID!) {\n    startMaintenanceRequest(requestId: $requestId) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.StartMaintenanceRequestDocument,
    "\n  mutation ResumeMaintenanceRequest($requestId: ID!) {\n    resumeMaintenanceRequest(requestId: $requestId) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.ResumeMaintenanceRequestDocument,
    "\n  mutation ReplyToMaintenanceRequest($input: ReplyToMaintenanceRequestInput!) {\n    replyToMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.ReplyToMaintenanceRequestDocument,
    "\n  mutation ConfirmMaintenanceResolution($input: ConfirmMaintenanceResolutionInput!) {\n    confirmMaintenanceResolution(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.ConfirmMaintenanceResolutionDocument,
    "\n  mutation ReopenMaintenanceRequest($input: ReopenMaintenanceRequestInput!) {\n    reopenMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": typeof types.ReopenMaintenanceRequestDocument,
    "\n  mutation CommentOnMaintenanceRequest($input: CommentOnMaintenanceRequestInput!) {\n    commentOnMaintenanceRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.CommentOnMaintenanceRequestDocument,
    "\n  fragment WorkOrderRow on WorkOrder {\n    id\n    reference\n    title\n    status\n    priority\n    fundingSource\n    clusterName\n    assigneeName\n    costTotal\n    overdue\n    responseDueAt\n    resolutionDueAt\n    createdAt\n  }\n": typeof types.WorkOrderRowFragmentDoc,
    "\n  fragment WorkOrderDetail on WorkOrder {\n    ...WorkOrderRow\n    description\n    clusterId\n    firmId\n    requestIds\n    assigneeUserId\n    contractorName\n    contractorPhone\n    contractorEmail\n    holdReason\n    noCost\n    verifiedAt\n    verifiedCostTotal\n    checklist {\n      id\n      label\n      done\n      position\n    }\n    costLines {\n      id\n      kind\n      description\n      amount\n      minutes\n      hourlyRate\n      supplier\n      supplierInvoice\n    }\n    events {\n      ...MaintenanceEventData\n    }\n    files {\n      ...MaintenanceFileData\n    }\n  }\n": typeof types.WorkOrderDetailFragmentDoc,
    "\n  query RequestWorkOrders($requestId: ID!) {\n    workOrders(requestId: $requestId, first: 20) {\n      nodes {\n        ...WorkOrderRow\n      }\n    }\n  }\n": typeof types.RequestWorkOrdersDocument,
    "\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder {\n        ...WorkOrderDetail\n      }\n    }\n  }\n": typeof types.WorkOrderDetailDocument,
    "\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.CreateWorkOrderDocument,
    "\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {\n    assignWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.AssignWorkOrderDocument,
    "\n  mutation UpdateWorkOrder($input: UpdateWorkOrderInput!) {\n    updateWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.UpdateWorkOrderDocument,
    "\n  mutation TransitionWorkOrder($input: TransitionWorkOrderInput!) {\n    transitionWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.TransitionWorkOrderDocument,
    "\n  mutation RemoveCostLine($costLineId: ID!) {\n    removeCostLine(costLineId: $costLineId) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.RemoveCostLineDocument,
    "\n  mutation AddChecklistItem($input: AddChecklistItemInput!) {\n    addChecklistItem(input: $input) {\n      id\n    }\n  }\n": typeof types.AddChecklistItemDocument,
    "\n  mutation SetChecklistItem($input: SetChecklistItemInput!) {\n    setChecklistItem(input: $input) {\n      id\n      done\n    }\n  }\n": typeof types.SetChecklistItemDocument,
    "\n  mutation AddCostLine($input: AddCostLineInput!) {\n    addCostLine(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCostLineDocument,
    "\n  query MaintenanceStaff {\n    maintenanceStaff {\n      userId\n      name\n    }\n  }\n": typeof types.MaintenanceStaffDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        province\n        createdAt\n      }\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      province\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        role\n        createdAt\n        firm {\n          id\n          name\n        }\n        user {\n          email\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  query ClusterOptions($first: Int, $after: String) {\n    clusters(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ClusterOptionsDocument,
    "\n  query FirmOptions($first: Int, $after: String) {\n    firms(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        taxCode\n        status\n      }\n    }\n  }\n": typeof types.FirmOptionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    isPlatformAdmin\n    role\n    membershipId\n    tenant {\n      id\n      name\n      kind\n      province\n    }\n    firm {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n      firm {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.AuthSessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refresh {\n      ...AuthSessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthSessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SwitchMembership($membershipId: ID!) {\n    switchMembership(membershipId: $membershipId) {\n      ...AuthSessionFields\n    }\n  }\n": types.SwitchMembershipDocument,
    "\n  query AmountDue($firmId: ID) {\n    amountDue(firmId: $firmId) {\n      firmId\n      firmName\n      open\n      overdue\n      nextDueOn\n      purpose\n      vietqr\n      payee {\n        bankBin\n        bankName\n        account\n        holder\n      }\n      invoices {\n        id\n        numberLabel\n        clusterName\n        dueOn\n        open\n        status\n      }\n    }\n  }\n": types.AmountDueDocument,
    "\n  fragment BankLineData on BankLine {\n    id\n    bookedOn\n    amount\n    description\n    reference\n    payerTaxCode\n    status\n    match\n    invoiceId\n    invoiceLabel\n    invoiceOpen\n    firmId\n    firmName\n    paymentId\n    ignoreReason\n    importedAt\n  }\n": types.BankLineDataFragmentDoc,
    "\n  query BankLines($first: Int, $after: String, $status: BankLineStatus) {\n    bankLines(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...BankLineData\n      }\n    }\n  }\n": types.BankLinesDocument,
    "\n  mutation ImportBankStatement($csv: String!, $commit: Boolean!) {\n    importBankStatement(csv: $csv, commit: $commit) {\n      rows\n      valid\n      created\n      duplicates\n      matched\n      problems {\n        row\n        column\n        message\n      }\n      lines {\n        row\n        bookedOn\n        amount\n        description\n        reference\n        duplicate\n        match\n        invoiceLabel\n        firmName\n      }\n    }\n  }\n": types.ImportBankStatementDocument,
    "\n  mutation ConfirmBankLine($id: ID!, $invoiceId: ID) {\n    confirmBankLine(id: $id, invoiceId: $invoiceId) {\n      ...BankLineData\n    }\n  }\n": types.ConfirmBankLineDocument,
    "\n  mutation IgnoreBankLine($id: ID!, $reason: String!) {\n    ignoreBankLine(id: $id, reason: $reason) {\n      ...BankLineData\n    }\n  }\n": types.IgnoreBankLineDocument,
    "\n  mutation ConfirmExactBankMatches {\n    confirmExactBankMatches\n  }\n": types.ConfirmExactBankMatchesDocument,
    "\n  query InvoicePicker($status: InvoiceStatus!, $search: String, $first: Int) {\n    invoices(status: $status, search: $search, first: $first) {\n      nodes {\n        id\n        kind\n        numberLabel\n        buyerName\n        clusterName\n        dueOn\n        total\n        open\n        status\n      }\n    }\n  }\n": types.InvoicePickerDocument,
    "\n  mutation IssueCreditNote($input: CreditNoteFields!) {\n    issueCreditNote(input: $input) {\n      ...InvoiceDetailData\n    }\n  }\n": types.IssueCreditNoteDocument,
    "\n  query MaintenanceFund($clusterId: ID!, $entries: Int!) {\n    maintenanceFund(clusterId: $clusterId, entries: $entries) {\n      clusterId\n      clusterName\n      balance\n      plannedNext12Months\n      feePerM2Month\n      leasedAreaM2\n      expectedFeeNext12Months\n      coverageBp\n      breakEvenFeePerM2Month\n      months {\n        month\n        moneyIn\n        moneyOut\n      }\n      paidFor {\n        month\n        workOrders\n        cost\n      }\n      plannedMonths {\n        month\n        amount\n      }\n      plans {\n        id\n        month\n        amount\n        description\n      }\n      entries {\n        id\n        entryOn\n        kind\n        amount\n        description\n      }\n    }\n  }\n": types.MaintenanceFundDocument,
    "\n  mutation RecordFundExpense(\n    $clusterId: ID!\n    $spentOn: NaiveDate!\n    $amount: Int!\n    $description: String!\n    $documentNumber: String\n    $documentDate: NaiveDate\n  ) {\n    recordFundExpense(\n      clusterId: $clusterId\n      spentOn: $spentOn\n      amount: $amount\n      description: $description\n      documentNumber: $documentNumber\n      documentDate: $documentDate\n    ) {\n      id\n    }\n  }\n": types.RecordFundExpenseDocument,
    "\n  mutation PlanUpkeep($clusterId: ID!, $month: NaiveDate!, $amount: Int!, $description: String!) {\n    planUpkeep(clusterId: $clusterId, month: $month, amount: $amount, description: $description) {\n      id\n    }\n  }\n": types.PlanUpkeepDocument,
    "\n  query FundClusters($first: Int, $after: String) {\n    leases(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cluster {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FundClustersDocument,
    "\n  query Invoices(\n    $first: Int\n    $after: String\n    $status: InvoiceStatus\n    $clusterId: ID\n    $firmId: ID\n    $periodFrom: NaiveDate\n    $periodTo: NaiveDate\n    $search: String\n  ) {\n    invoices(\n      first: $first\n      after: $after\n      status: $status\n      clusterId: $clusterId\n      firmId: $firmId\n      periodFrom: $periodFrom\n      periodTo: $periodTo\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        numberLabel\n        buyerName\n        firmId\n        clusterId\n        clusterName\n        periodStart\n        periodEnd\n        issuedOn\n        dueOn\n        total\n        paid\n        open\n        status\n      }\n    }\n  }\n": types.InvoicesDocument,
    "\n  fragment InvoiceDetailData on Invoice {\n    id\n    kind\n    status\n    template\n    series\n    number\n    numberLabel\n    issuedOn\n    dueOn\n    periodStart\n    periodEnd\n    firmId\n    clusterId\n    clusterName\n    leaseId\n    sellerName\n    sellerAddress\n    sellerTaxCode\n    buyerName\n    buyerAddress\n    buyerTaxCode\n    subtotal\n    vatTotal\n    total\n    paid\n    open\n    totalInWords\n    roundingRuleVi: roundingRule\n    roundingRuleEn: roundingRule(english: true)\n    voidReason\n    paymentPurpose\n    vietqr\n    credited\n    correctsId\n    correctsLabel\n    note\n    creditNotes {\n      id\n      numberLabel\n      issuedOn\n      total\n    }\n    lines {\n      id\n      creditable\n      ...InvoiceLineData\n    }\n    vatByRate {\n      vatBp\n      base\n      vat\n    }\n    allocations {\n      paymentId\n      amount\n      allocatedOn\n    }\n    reminders {\n      id\n      kind\n      step\n      status\n      recipients\n      claimedAt\n      notBefore\n    }\n  }\n": types.InvoiceDetailDataFragmentDoc,
    "\n  query InvoiceDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Invoice {\n        ...InvoiceDetailData\n      }\n    }\n  }\n": types.InvoiceDetailDocument,
    "\n  mutation VoidInvoice($invoiceId: ID!, $reason: String!) {\n    voidInvoice(invoiceId: $invoiceId, reason: $reason) {\n      ...InvoiceDetailData\n    }\n  }\n": types.VoidInvoiceDocument,
    "\n  query OpenInvoices($firmId: ID!, $status: InvoiceStatus!, $first: Int) {\n    invoices(firmId: $firmId, status: $status, first: $first) {\n      nodes {\n        id\n        kind\n        numberLabel\n        clusterName\n        periodStart\n        periodEnd\n        issuedOn\n        dueOn\n        number\n        total\n        open\n        status\n      }\n    }\n  }\n": types.OpenInvoicesDocument,
    "\n  mutation ImportMeterReadings($csv: String!, $commit: Boolean!) {\n    importMeterReadings(csv: $csv, commit: $commit) {\n      rows\n      valid\n      created\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportMeterReadingsDocument,
    "\n  fragment MeterReadingData on MeterReading {\n    id\n    leaseId\n    period\n    readOn\n    meterM3\n    consumptionM3\n    correctsId\n    correctionReason\n    supersededAt\n    createdAt\n  }\n": types.MeterReadingDataFragmentDoc,
    "\n  query MeterReadings($leaseId: ID!) {\n    meterReadings(leaseId: $leaseId) {\n      ...MeterReadingData\n    }\n  }\n": types.MeterReadingsDocument,
    "\n  mutation RecordMeterReading($input: MeterReadingFields!) {\n    recordMeterReading(input: $input) {\n      ...MeterReadingData\n    }\n  }\n": types.RecordMeterReadingDocument,
    "\n  mutation CorrectMeterReading($readingId: ID!, $meterM3: Int!, $readOn: NaiveDate!, $reason: String!) {\n    correctMeterReading(readingId: $readingId, meterM3: $meterM3, readOn: $readOn, reason: $reason) {\n      ...MeterReadingData\n    }\n  }\n": types.CorrectMeterReadingDocument,
    "\n  query Payments($first: Int, $after: String, $firmId: ID) {\n    payments(first: $first, after: $after, firmId: $firmId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        firmId\n        amount\n        receivedOn\n        method\n        bankReference\n        unallocated\n        allocations {\n          invoiceId\n          amount\n        }\n      }\n    }\n  }\n": types.PaymentsDocument,
    "\n  mutation RecordPayment($input: PaymentFields!) {\n    recordPayment(input: $input) {\n      id\n      firmId\n      amount\n      receivedOn\n      method\n      bankReference\n      unallocated\n      replayed\n      warnings {\n        code\n      }\n      allocations {\n        invoiceId\n        amount\n      }\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  fragment AgingBucketsData on AgingBuckets {\n    current\n    days1To30\n    days31To60\n    days61To90\n    over90\n    total\n  }\n": types.AgingBucketsDataFragmentDoc,
    "\n  query ReceivablesAging($asOf: NaiveDate, $clusterId: ID) {\n    receivablesAging(asOf: $asOf, clusterId: $clusterId) {\n      asOf\n      total {\n        ...AgingBucketsData\n      }\n      clusters {\n        id\n        name\n        buckets {\n          ...AgingBucketsData\n        }\n      }\n      firms {\n        id\n        name\n        buckets {\n          ...AgingBucketsData\n        }\n      }\n    }\n  }\n": types.ReceivablesAgingDocument,
    "\n  query Collections($months: Int!, $clusterId: ID) {\n    collections(months: $months, clusterId: $clusterId) {\n      month\n      invoiced\n      collected\n    }\n  }\n": types.CollectionsDocument,
    "\n  query FirmStatement($firmId: ID, $from: NaiveDate!, $to: NaiveDate!) {\n    firmStatement(firmId: $firmId, from: $from, to: $to) {\n      firmId\n      firmName\n      firmTaxCode\n      from\n      to\n      openingBalance\n      invoiced\n      credited\n      paid\n      closingBalance\n      unallocatedCredit\n      csvPath\n      entries {\n        on\n        kind\n        reference\n        description\n        debit\n        credit\n        balance\n        documentId\n      }\n    }\n  }\n": types.FirmStatementDocument,
    "\n  fragment InvoiceLineData on InvoiceLine {\n    kind\n    descriptionVi\n    descriptionEn\n    quantityMilli\n    unit\n    unitPrice\n    amount\n    vatBp\n    vatAmount\n  }\n": types.InvoiceLineDataFragmentDoc,
    "\n  query BillingRunPreview($input: BillingRunInput!) {\n    billingRunPreview(input: $input) {\n      periodLabel\n      periodStart\n      periodEnd\n      invoiceCount\n      lineCount\n      alreadyBilled\n      warnings\n      blocking {\n        firmId\n        name\n        problem\n      }\n      subtotal\n      vatTotal\n      total\n      invoices {\n        leaseId\n        firmId\n        firmName\n        clusterName\n        subtotal\n        vatTotal\n        total\n        lines {\n          ...InvoiceLineData\n        }\n      }\n    }\n  }\n": types.BillingRunPreviewDocument,
    "\n  mutation IssueBillingRun($input: BillingRunInput!) {\n    issueBillingRun(input: $input) {\n      id\n      periodKind\n      periodStart\n      periodEnd\n      invoiceCount\n      lineCount\n      total\n      firstNumber\n      lastNumber\n      createdAt\n    }\n  }\n": types.IssueBillingRunDocument,
    "\n  fragment BillingSettingsData on BillingSettings {\n    invoiceTemplate\n    invoiceSeries\n    currentSeries\n    dueDays\n    lateInterestBp\n    lateInterestCommercial\n    lateInterestBasis\n    rentVatBp\n    sellerName\n    sellerAddress\n    sellerTaxCode\n    bankBin\n    bankAccount\n    bankAccountName\n  }\n": types.BillingSettingsDataFragmentDoc,
    "\n  query BillingSettings {\n    billingSettings {\n      ...BillingSettingsData\n    }\n  }\n": types.BillingSettingsDocument,
    "\n  mutation UpdateBillingSettings($input: BillingSettingsFields!) {\n    updateBillingSettings(input: $input) {\n      ...BillingSettingsData\n    }\n  }\n": types.UpdateBillingSettingsDocument,
    "\n  fragment TariffData on Tariff {\n    id\n    clusterId\n    charge\n    nameVi\n    nameEn\n    unit\n    rate\n    vatBp\n    vatBasis\n    effectiveFrom\n    effectiveTo\n    legalBasis\n  }\n": types.TariffDataFragmentDoc,
    "\n  query Tariffs($clusterId: ID!) {\n    tariffs(clusterId: $clusterId) {\n      ...TariffData\n    }\n  }\n": types.TariffsDocument,
    "\n  mutation AddTariffVersion($input: TariffFields!) {\n    addTariffVersion(input: $input) {\n      ...TariffData\n    }\n  }\n": types.AddTariffVersionDocument,
    "\n  fragment AuditFields on AuditEntry {\n    action\n    at\n    actorEmail\n    before\n    after\n  }\n": types.AuditFieldsFragmentDoc,
    "\n  query Clusters($first: Int, $after: String, $orderBy: ClusterOrder) {\n    clusters(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        province\n        district\n        totalAreaM2\n        leasableAreaM2\n        establishedOn\n        status\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n    }\n  }\n": types.ClustersDocument,
    "\n  query ClusterDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Cluster {\n        ...ClusterDetailFields\n      }\n    }\n  }\n": types.ClusterDetailDocument,
    "\n  fragment ClusterDetailFields on Cluster {\n    id\n    name\n    province\n    provinceCode\n    district\n    districtCode\n    totalAreaM2\n    leasableAreaM2\n    establishedOn\n    decisionNumber\n    status\n    wastewater {\n      ...WastewaterFields\n    }\n    occupancy {\n      ...OccupancyFields\n    }\n    auditTrail {\n      ...AuditFields\n    }\n  }\n": types.ClusterDetailFieldsFragmentDoc,
    "\n  mutation CreateCluster($input: ClusterFields!) {\n    createCluster(input: $input) {\n      ...ClusterDetailFields\n    }\n  }\n": types.CreateClusterDocument,
    "\n  mutation UpdateCluster($id: ID!, $input: ClusterFields!) {\n    updateCluster(id: $id, input: $input) {\n      ...ClusterDetailFields\n    }\n  }\n": types.UpdateClusterDocument,
    "\n  fragment FirmRowFields on Firm {\n    id\n    name\n    taxCode\n    address\n    capitalOrigin\n    isSme\n    vsicCode\n    workforce\n    billingEmails\n    status\n  }\n": types.FirmRowFieldsFragmentDoc,
    "\n  query Firms(\n    $first: Int\n    $after: String\n    $search: String\n    $status: FirmStatus\n    $capitalOrigin: CapitalOrigin\n    $orderBy: FirmOrder\n  ) {\n    firms(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      capitalOrigin: $capitalOrigin\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...FirmRowFields\n      }\n    }\n  }\n": types.FirmsDocument,
    "\n  mutation CreateFirm($input: FirmFields!) {\n    createFirm(input: $input) {\n      ...FirmRowFields\n    }\n  }\n": types.CreateFirmDocument,
    "\n  mutation UpdateFirm($id: ID!, $input: FirmFields!) {\n    updateFirm(id: $id, input: $input) {\n      ...FirmRowFields\n    }\n  }\n": types.UpdateFirmDocument,
    "\n  fragment ImportResultFields on ImportResult {\n    rows\n    valid\n    created\n    problems {\n      row\n      column\n      message\n    }\n  }\n": types.ImportResultFieldsFragmentDoc,
    "\n  mutation ImportPlots($csv: String!, $commit: Boolean!) {\n    importPlots(csv: $csv, commit: $commit) {\n      ...ImportResultFields\n    }\n  }\n": types.ImportPlotsDocument,
    "\n  mutation ImportFirms($csv: String!, $commit: Boolean!) {\n    importFirms(csv: $csv, commit: $commit) {\n      ...ImportResultFields\n    }\n  }\n": types.ImportFirmsDocument,
    "\n  query Leases(\n    $first: Int\n    $after: String\n    $firmId: ID\n    $clusterId: ID\n    $status: LeaseStatus\n    $orderBy: LeaseOrder\n  ) {\n    leases(\n      first: $first\n      after: $after\n      firmId: $firmId\n      clusterId: $clusterId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        firm {\n          id\n          name\n        }\n        cluster {\n          id\n          name\n        }\n        plots {\n          id\n          code\n        }\n        areaM2\n        startsOn\n        endsOn\n        rentPerM2Year\n        status\n      }\n    }\n  }\n": types.LeasesDocument,
    "\n  fragment LeaseDetailFields on Lease {\n    id\n    firm {\n      id\n      name\n      taxCode\n    }\n    cluster {\n      id\n      name\n    }\n    plots {\n      id\n      code\n      areaM2\n    }\n    areaM2\n    startsOn\n    endsOn\n    rentPerM2Year\n    rentSchedule\n    maintenanceFeePerM2Month\n    deposit\n    escalationBp\n    escalationEveryYears\n    rentSupportBp\n    rentSupportBasis\n    status\n    terminatedOn\n    terminationReason\n    renewedFromId\n    createdAt\n    auditTrail @include(if: $withAudit) {\n      ...AuditFields\n    }\n  }\n": types.LeaseDetailFieldsFragmentDoc,
    "\n  query LeaseDetail($id: ID!, $withAudit: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on Lease {\n        ...LeaseDetailFields\n      }\n    }\n  }\n": types.LeaseDetailDocument,
    "\n  query LeaseConflicts($plotIds: [ID!]!, $startsOn: NaiveDate!, $endsOn: NaiveDate!, $exceptLeaseId: ID) {\n    leaseConflicts(plotIds: $plotIds, startsOn: $startsOn, endsOn: $endsOn, exceptLeaseId: $exceptLeaseId) {\n      leaseId\n      plotCode\n      startsOn\n      endsOn\n    }\n  }\n": types.LeaseConflictsDocument,
    "\n  mutation CreateLease($input: LeaseFields!, $activate: Boolean!) {\n    createLease(input: $input, activate: $activate) {\n      id\n      status\n    }\n  }\n": types.CreateLeaseDocument,
    "\n  mutation UpdateLease($id: ID!, $input: LeaseFields!) {\n    updateLease(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateLeaseDocument,
    "\n  mutation ActivateLease($id: ID!) {\n    activateLease(id: $id) {\n      id\n      status\n    }\n  }\n": types.ActivateLeaseDocument,
    "\n  mutation TerminateLease($id: ID!, $on: NaiveDate!, $reason: String!) {\n    terminateLease(id: $id, on: $on, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.TerminateLeaseDocument,
    "\n  mutation RenewLease($id: ID!, $endsOn: NaiveDate!, $rentPerM2Year: Int) {\n    renewLease(id: $id, endsOn: $endsOn, rentPerM2Year: $rentPerM2Year) {\n      id\n      status\n    }\n  }\n": types.RenewLeaseDocument,
    "\n  fragment OccupancyFields on Occupancy {\n    on\n    leasableAreaM2\n    leasedAreaM2\n    rateBp\n    plotsTotal\n    plotsFree\n    firms\n    workforce\n  }\n": types.OccupancyFieldsFragmentDoc,
    "\n  fragment WastewaterFields on Wastewater {\n    present\n    capacityM3PerDay\n    status\n    permitExpiresOn\n    compliant\n  }\n": types.WastewaterFieldsFragmentDoc,
    "\n  query EstateOverview($on: NaiveDate) {\n    estateOverview(on: $on) {\n      on\n      clusters {\n        cluster {\n          id\n          name\n        }\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n      total {\n        ...OccupancyFields\n      }\n    }\n  }\n": types.EstateOverviewDocument,
    "\n  query ProvinceOverview($on: NaiveDate) {\n    provinceOverview(on: $on) {\n      province\n      on\n      clusters {\n        operatorName\n        clusterName\n        district\n        status\n        totalAreaM2\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n      total {\n        ...OccupancyFields\n      }\n    }\n  }\n": types.ProvinceOverviewDocument,
    "\n  fragment PlotRowFields on Plot {\n    id\n    code\n    areaM2\n    landUse\n    cadastralRef\n    notes\n    status\n    cluster {\n      id\n      name\n    }\n  }\n": types.PlotRowFieldsFragmentDoc,
    "\n  query Plots(\n    $first: Int\n    $after: String\n    $clusterId: ID\n    $search: String\n    $status: PlotStatus\n    $orderBy: PlotOrder\n  ) {\n    plots(first: $first, after: $after, clusterId: $clusterId, search: $search, status: $status, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PlotRowFields\n      }\n    }\n  }\n": types.PlotsDocument,
    "\n  mutation CreatePlot($input: PlotFields!) {\n    createPlot(input: $input) {\n      ...PlotRowFields\n    }\n  }\n": types.CreatePlotDocument,
    "\n  mutation UpdatePlot($id: ID!, $input: PlotFields!) {\n    updatePlot(id: $id, input: $input) {\n      ...PlotRowFields\n    }\n  }\n": types.UpdatePlotDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...AuthSessionFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      existingAccount\n      role\n      tenantName\n      firmName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n        firm {\n          id\n          name\n        }\n        invitedBy {\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query MailLog($first: Int, $after: String, $status: MailStatus) {\n    mailLog(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        recipient\n        subject\n        template\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n": types.MailLogDocument,
    "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      recipient\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n": types.RetryMailDocument,
    "\n  query MyLeasedPlots($first: Int, $after: String) {\n    leases(first: $first, after: $after, status: ACTIVE) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cluster {\n          id\n          name\n        }\n        plots {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.MyLeasedPlotsDocument,
    "\n  fragment MaintenanceRequestRow on MaintenanceRequest {\n    id\n    reference\n    title\n    category\n    status\n    priority\n    urgent\n    firmName\n    clusterName\n    plotCode\n    location\n    promisedOn\n    deferredUntil\n    createdAt\n    respondedAt\n    responseDueAt\n    resolutionDueAt\n    overdue\n    slaPaused\n    awaitingConfirmation\n  }\n": types.MaintenanceRequestRowFragmentDoc,
    "\n  query MaintenanceRequests(\n    $first: Int\n    $after: String\n    $status: [MaintenanceRequestStatus!]\n    $priority: MaintenancePriority\n    $clusterId: ID\n    $assigneeId: ID\n    $overdue: Boolean\n  ) {\n    maintenanceRequests(\n      first: $first\n      after: $after\n      status: $status\n      priority: $priority\n      clusterId: $clusterId\n      assigneeId: $assigneeId\n      overdue: $overdue\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MaintenanceRequestRow\n      }\n    }\n  }\n": types.MaintenanceRequestsDocument,
    "\n  fragment MaintenanceEventData on MaintenanceEvent {\n    id\n    at\n    actorId\n    actorName\n    fromStatus\n    toStatus\n    priority\n    reason\n  }\n": types.MaintenanceEventDataFragmentDoc,
    "\n  fragment MaintenanceFileData on MaintenanceFile {\n    id\n    fileName\n    contentType\n    isImage\n    sizeBytes\n    url\n    thumbnailUrl\n  }\n": types.MaintenanceFileDataFragmentDoc,
    "\n  fragment MaintenanceRequestDetail on MaintenanceRequest {\n    ...MaintenanceRequestRow\n    description\n    firmId\n    clusterId\n    plotId\n    rating\n    rejectReason\n    duplicateOfId\n    reopenCount\n    resolutionNote\n    resolvedAt\n    updatedAt\n    events {\n      ...MaintenanceEventData\n    }\n    comments {\n      id\n      authorId\n      authorName\n      body\n      internal\n      createdAt\n    }\n    files {\n      ...MaintenanceFileData\n    }\n  }\n": types.MaintenanceRequestDetailFragmentDoc,
    "\n  query MaintenanceRequestDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on MaintenanceRequest {\n        ...MaintenanceRequestDetail\n      }\n    }\n  }\n": types.MaintenanceRequestDetailDocument,
    "\n  mutation FileMaintenanceRequest($input: FileMaintenanceRequestInput!) {\n    fileMaintenanceRequest(input: $input) {\n      request {\n        ...MaintenanceRequestDetail\n      }\n    }\n  }\n": types.FileMaintenanceRequestDocument,
    "\n  mutation AttachMaintenanceFiles($input: AttachMaintenanceFilesInput!) {\n    attachMaintenanceFiles(input: $input) {\n      request {\n        ...MaintenanceRequestDetail\n      }\n      files {\n        id\n      }\n    }\n  }\n": types.AttachMaintenanceFilesDocument,
    "\n  mutation AcknowledgeMaintenanceRequest($input: AcknowledgeMaintenanceRequestInput!) {\n    acknowledgeMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.AcknowledgeMaintenanceRequestDocument,
    "\n  mutation AskMaintenanceRequester($input: AskMaintenanceRequesterInput!) {\n    askMaintenanceRequester(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.AskMaintenanceRequesterDocument,
    "\n  mutation DeferMaintenanceRequest($input: DeferMaintenanceRequestInput!) {\n    deferMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.DeferMaintenanceRequestDocument,
    "\n  mutation RejectMaintenanceRequest($input: RejectMaintenanceRequestInput!) {\n    rejectMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.RejectMaintenanceRequestDocument,
    "\n  mutation ResolveMaintenanceRequest($input: ResolveMaintenanceRequestInput!) {\n    resolveMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.ResolveMaintenanceRequestDocument,
    "\n  mutation CancelMaintenanceRequest($input: CancelMaintenanceRequestInput!) {\n    cancelMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.CancelMaintenanceRequestDocument,
    "\n  mutation StartMaintenanceRequest($requestId: ID!) {\n    startMaintenanceRequest(requestId: $requestId) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.StartMaintenanceRequestDocument,
    "\n  mutation ResumeMaintenanceRequest($requestId: ID!) {\n    resumeMaintenanceRequest(requestId: $requestId) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.ResumeMaintenanceRequestDocument,
    "\n  mutation ReplyToMaintenanceRequest($input: ReplyToMaintenanceRequestInput!) {\n    replyToMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.ReplyToMaintenanceRequestDocument,
    "\n  mutation ConfirmMaintenanceResolution($input: ConfirmMaintenanceResolutionInput!) {\n    confirmMaintenanceResolution(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.ConfirmMaintenanceResolutionDocument,
    "\n  mutation ReopenMaintenanceRequest($input: ReopenMaintenanceRequestInput!) {\n    reopenMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n": types.ReopenMaintenanceRequestDocument,
    "\n  mutation CommentOnMaintenanceRequest($input: CommentOnMaintenanceRequestInput!) {\n    commentOnMaintenanceRequest(input: $input) {\n      id\n    }\n  }\n": types.CommentOnMaintenanceRequestDocument,
    "\n  fragment WorkOrderRow on WorkOrder {\n    id\n    reference\n    title\n    status\n    priority\n    fundingSource\n    clusterName\n    assigneeName\n    costTotal\n    overdue\n    responseDueAt\n    resolutionDueAt\n    createdAt\n  }\n": types.WorkOrderRowFragmentDoc,
    "\n  fragment WorkOrderDetail on WorkOrder {\n    ...WorkOrderRow\n    description\n    clusterId\n    firmId\n    requestIds\n    assigneeUserId\n    contractorName\n    contractorPhone\n    contractorEmail\n    holdReason\n    noCost\n    verifiedAt\n    verifiedCostTotal\n    checklist {\n      id\n      label\n      done\n      position\n    }\n    costLines {\n      id\n      kind\n      description\n      amount\n      minutes\n      hourlyRate\n      supplier\n      supplierInvoice\n    }\n    events {\n      ...MaintenanceEventData\n    }\n    files {\n      ...MaintenanceFileData\n    }\n  }\n": types.WorkOrderDetailFragmentDoc,
    "\n  query RequestWorkOrders($requestId: ID!) {\n    workOrders(requestId: $requestId, first: 20) {\n      nodes {\n        ...WorkOrderRow\n      }\n    }\n  }\n": types.RequestWorkOrdersDocument,
    "\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder {\n        ...WorkOrderDetail\n      }\n    }\n  }\n": types.WorkOrderDetailDocument,
    "\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": types.CreateWorkOrderDocument,
    "\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {\n    assignWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": types.AssignWorkOrderDocument,
    "\n  mutation UpdateWorkOrder($input: UpdateWorkOrderInput!) {\n    updateWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": types.UpdateWorkOrderDocument,
    "\n  mutation TransitionWorkOrder($input: TransitionWorkOrderInput!) {\n    transitionWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": types.TransitionWorkOrderDocument,
    "\n  mutation RemoveCostLine($costLineId: ID!) {\n    removeCostLine(costLineId: $costLineId) {\n      ...WorkOrderDetail\n    }\n  }\n": types.RemoveCostLineDocument,
    "\n  mutation AddChecklistItem($input: AddChecklistItemInput!) {\n    addChecklistItem(input: $input) {\n      id\n    }\n  }\n": types.AddChecklistItemDocument,
    "\n  mutation SetChecklistItem($input: SetChecklistItemInput!) {\n    setChecklistItem(input: $input) {\n      id\n      done\n    }\n  }\n": types.SetChecklistItemDocument,
    "\n  mutation AddCostLine($input: AddCostLineInput!) {\n    addCostLine(input: $input) {\n      id\n    }\n  }\n": types.AddCostLineDocument,
    "\n  query MaintenanceStaff {\n    maintenanceStaff {\n      userId\n      name\n    }\n  }\n": types.MaintenanceStaffDocument,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        province\n        createdAt\n      }\n    }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      province\n    }\n  }\n": types.CreateTenantDocument,
    "\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        role\n        createdAt\n        firm {\n          id\n          name\n        }\n        user {\n          email\n          displayName\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  query ClusterOptions($first: Int, $after: String) {\n    clusters(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.ClusterOptionsDocument,
    "\n  query FirmOptions($first: Int, $after: String) {\n    firms(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        taxCode\n        status\n      }\n    }\n  }\n": types.FirmOptionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    isPlatformAdmin\n    role\n    membershipId\n    tenant {\n      id\n      name\n      kind\n      province\n    }\n    firm {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n      firm {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.AuthSessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refresh {\n      ...AuthSessionFields\n    }\n  }\n": types.RefreshSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchMembership($membershipId: ID!) {\n    switchMembership(membershipId: $membershipId) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchMembership($membershipId: ID!) {\n    switchMembership(membershipId: $membershipId) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmountDue($firmId: ID) {\n    amountDue(firmId: $firmId) {\n      firmId\n      firmName\n      open\n      overdue\n      nextDueOn\n      purpose\n      vietqr\n      payee {\n        bankBin\n        bankName\n        account\n        holder\n      }\n      invoices {\n        id\n        numberLabel\n        clusterName\n        dueOn\n        open\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query AmountDue($firmId: ID) {\n    amountDue(firmId: $firmId) {\n      firmId\n      firmName\n      open\n      overdue\n      nextDueOn\n      purpose\n      vietqr\n      payee {\n        bankBin\n        bankName\n        account\n        holder\n      }\n      invoices {\n        id\n        numberLabel\n        clusterName\n        dueOn\n        open\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BankLineData on BankLine {\n    id\n    bookedOn\n    amount\n    description\n    reference\n    payerTaxCode\n    status\n    match\n    invoiceId\n    invoiceLabel\n    invoiceOpen\n    firmId\n    firmName\n    paymentId\n    ignoreReason\n    importedAt\n  }\n"): (typeof documents)["\n  fragment BankLineData on BankLine {\n    id\n    bookedOn\n    amount\n    description\n    reference\n    payerTaxCode\n    status\n    match\n    invoiceId\n    invoiceLabel\n    invoiceOpen\n    firmId\n    firmName\n    paymentId\n    ignoreReason\n    importedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankLines($first: Int, $after: String, $status: BankLineStatus) {\n    bankLines(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...BankLineData\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankLines($first: Int, $after: String, $status: BankLineStatus) {\n    bankLines(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...BankLineData\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBankStatement($csv: String!, $commit: Boolean!) {\n    importBankStatement(csv: $csv, commit: $commit) {\n      rows\n      valid\n      created\n      duplicates\n      matched\n      problems {\n        row\n        column\n        message\n      }\n      lines {\n        row\n        bookedOn\n        amount\n        description\n        reference\n        duplicate\n        match\n        invoiceLabel\n        firmName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportBankStatement($csv: String!, $commit: Boolean!) {\n    importBankStatement(csv: $csv, commit: $commit) {\n      rows\n      valid\n      created\n      duplicates\n      matched\n      problems {\n        row\n        column\n        message\n      }\n      lines {\n        row\n        bookedOn\n        amount\n        description\n        reference\n        duplicate\n        match\n        invoiceLabel\n        firmName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmBankLine($id: ID!, $invoiceId: ID) {\n    confirmBankLine(id: $id, invoiceId: $invoiceId) {\n      ...BankLineData\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmBankLine($id: ID!, $invoiceId: ID) {\n    confirmBankLine(id: $id, invoiceId: $invoiceId) {\n      ...BankLineData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IgnoreBankLine($id: ID!, $reason: String!) {\n    ignoreBankLine(id: $id, reason: $reason) {\n      ...BankLineData\n    }\n  }\n"): (typeof documents)["\n  mutation IgnoreBankLine($id: ID!, $reason: String!) {\n    ignoreBankLine(id: $id, reason: $reason) {\n      ...BankLineData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmExactBankMatches {\n    confirmExactBankMatches\n  }\n"): (typeof documents)["\n  mutation ConfirmExactBankMatches {\n    confirmExactBankMatches\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicePicker($status: InvoiceStatus!, $search: String, $first: Int) {\n    invoices(status: $status, search: $search, first: $first) {\n      nodes {\n        id\n        kind\n        numberLabel\n        buyerName\n        clusterName\n        dueOn\n        total\n        open\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicePicker($status: InvoiceStatus!, $search: String, $first: Int) {\n    invoices(status: $status, search: $search, first: $first) {\n      nodes {\n        id\n        kind\n        numberLabel\n        buyerName\n        clusterName\n        dueOn\n        total\n        open\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCreditNote($input: CreditNoteFields!) {\n    issueCreditNote(input: $input) {\n      ...InvoiceDetailData\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCreditNote($input: CreditNoteFields!) {\n    issueCreditNote(input: $input) {\n      ...InvoiceDetailData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaintenanceFund($clusterId: ID!, $entries: Int!) {\n    maintenanceFund(clusterId: $clusterId, entries: $entries) {\n      clusterId\n      clusterName\n      balance\n      plannedNext12Months\n      feePerM2Month\n      leasedAreaM2\n      expectedFeeNext12Months\n      coverageBp\n      breakEvenFeePerM2Month\n      months {\n        month\n        moneyIn\n        moneyOut\n      }\n      paidFor {\n        month\n        workOrders\n        cost\n      }\n      plannedMonths {\n        month\n        amount\n      }\n      plans {\n        id\n        month\n        amount\n        description\n      }\n      entries {\n        id\n        entryOn\n        kind\n        amount\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query MaintenanceFund($clusterId: ID!, $entries: Int!) {\n    maintenanceFund(clusterId: $clusterId, entries: $entries) {\n      clusterId\n      clusterName\n      balance\n      plannedNext12Months\n      feePerM2Month\n      leasedAreaM2\n      expectedFeeNext12Months\n      coverageBp\n      breakEvenFeePerM2Month\n      months {\n        month\n        moneyIn\n        moneyOut\n      }\n      paidFor {\n        month\n        workOrders\n        cost\n      }\n      plannedMonths {\n        month\n        amount\n      }\n      plans {\n        id\n        month\n        amount\n        description\n      }\n      entries {\n        id\n        entryOn\n        kind\n        amount\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFundExpense(\n    $clusterId: ID!\n    $spentOn: NaiveDate!\n    $amount: Int!\n    $description: String!\n    $documentNumber: String\n    $documentDate: NaiveDate\n  ) {\n    recordFundExpense(\n      clusterId: $clusterId\n      spentOn: $spentOn\n      amount: $amount\n      description: $description\n      documentNumber: $documentNumber\n      documentDate: $documentDate\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFundExpense(\n    $clusterId: ID!\n    $spentOn: NaiveDate!\n    $amount: Int!\n    $description: String!\n    $documentNumber: String\n    $documentDate: NaiveDate\n  ) {\n    recordFundExpense(\n      clusterId: $clusterId\n      spentOn: $spentOn\n      amount: $amount\n      description: $description\n      documentNumber: $documentNumber\n      documentDate: $documentDate\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanUpkeep($clusterId: ID!, $month: NaiveDate!, $amount: Int!, $description: String!) {\n    planUpkeep(clusterId: $clusterId, month: $month, amount: $amount, description: $description) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlanUpkeep($clusterId: ID!, $month: NaiveDate!, $amount: Int!, $description: String!) {\n    planUpkeep(clusterId: $clusterId, month: $month, amount: $amount, description: $description) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundClusters($first: Int, $after: String) {\n    leases(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cluster {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundClusters($first: Int, $after: String) {\n    leases(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cluster {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices(\n    $first: Int\n    $after: String\n    $status: InvoiceStatus\n    $clusterId: ID\n    $firmId: ID\n    $periodFrom: NaiveDate\n    $periodTo: NaiveDate\n    $search: String\n  ) {\n    invoices(\n      first: $first\n      after: $after\n      status: $status\n      clusterId: $clusterId\n      firmId: $firmId\n      periodFrom: $periodFrom\n      periodTo: $periodTo\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        numberLabel\n        buyerName\n        firmId\n        clusterId\n        clusterName\n        periodStart\n        periodEnd\n        issuedOn\n        dueOn\n        total\n        paid\n        open\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invoices(\n    $first: Int\n    $after: String\n    $status: InvoiceStatus\n    $clusterId: ID\n    $firmId: ID\n    $periodFrom: NaiveDate\n    $periodTo: NaiveDate\n    $search: String\n  ) {\n    invoices(\n      first: $first\n      after: $after\n      status: $status\n      clusterId: $clusterId\n      firmId: $firmId\n      periodFrom: $periodFrom\n      periodTo: $periodTo\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        numberLabel\n        buyerName\n        firmId\n        clusterId\n        clusterName\n        periodStart\n        periodEnd\n        issuedOn\n        dueOn\n        total\n        paid\n        open\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceDetailData on Invoice {\n    id\n    kind\n    status\n    template\n    series\n    number\n    numberLabel\n    issuedOn\n    dueOn\n    periodStart\n    periodEnd\n    firmId\n    clusterId\n    clusterName\n    leaseId\n    sellerName\n    sellerAddress\n    sellerTaxCode\n    buyerName\n    buyerAddress\n    buyerTaxCode\n    subtotal\n    vatTotal\n    total\n    paid\n    open\n    totalInWords\n    roundingRuleVi: roundingRule\n    roundingRuleEn: roundingRule(english: true)\n    voidReason\n    paymentPurpose\n    vietqr\n    credited\n    correctsId\n    correctsLabel\n    note\n    creditNotes {\n      id\n      numberLabel\n      issuedOn\n      total\n    }\n    lines {\n      id\n      creditable\n      ...InvoiceLineData\n    }\n    vatByRate {\n      vatBp\n      base\n      vat\n    }\n    allocations {\n      paymentId\n      amount\n      allocatedOn\n    }\n    reminders {\n      id\n      kind\n      step\n      status\n      recipients\n      claimedAt\n      notBefore\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceDetailData on Invoice {\n    id\n    kind\n    status\n    template\n    series\n    number\n    numberLabel\n    issuedOn\n    dueOn\n    periodStart\n    periodEnd\n    firmId\n    clusterId\n    clusterName\n    leaseId\n    sellerName\n    sellerAddress\n    sellerTaxCode\n    buyerName\n    buyerAddress\n    buyerTaxCode\n    subtotal\n    vatTotal\n    total\n    paid\n    open\n    totalInWords\n    roundingRuleVi: roundingRule\n    roundingRuleEn: roundingRule(english: true)\n    voidReason\n    paymentPurpose\n    vietqr\n    credited\n    correctsId\n    correctsLabel\n    note\n    creditNotes {\n      id\n      numberLabel\n      issuedOn\n      total\n    }\n    lines {\n      id\n      creditable\n      ...InvoiceLineData\n    }\n    vatByRate {\n      vatBp\n      base\n      vat\n    }\n    allocations {\n      paymentId\n      amount\n      allocatedOn\n    }\n    reminders {\n      id\n      kind\n      step\n      status\n      recipients\n      claimedAt\n      notBefore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Invoice {\n        ...InvoiceDetailData\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Invoice {\n        ...InvoiceDetailData\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidInvoice($invoiceId: ID!, $reason: String!) {\n    voidInvoice(invoiceId: $invoiceId, reason: $reason) {\n      ...InvoiceDetailData\n    }\n  }\n"): (typeof documents)["\n  mutation VoidInvoice($invoiceId: ID!, $reason: String!) {\n    voidInvoice(invoiceId: $invoiceId, reason: $reason) {\n      ...InvoiceDetailData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenInvoices($firmId: ID!, $status: InvoiceStatus!, $first: Int) {\n    invoices(firmId: $firmId, status: $status, first: $first) {\n      nodes {\n        id\n        kind\n        numberLabel\n        clusterName\n        periodStart\n        periodEnd\n        issuedOn\n        dueOn\n        number\n        total\n        open\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenInvoices($firmId: ID!, $status: InvoiceStatus!, $first: Int) {\n    invoices(firmId: $firmId, status: $status, first: $first) {\n      nodes {\n        id\n        kind\n        numberLabel\n        clusterName\n        periodStart\n        periodEnd\n        issuedOn\n        dueOn\n        number\n        total\n        open\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMeterReadings($csv: String!, $commit: Boolean!) {\n    importMeterReadings(csv: $csv, commit: $commit) {\n      rows\n      valid\n      created\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMeterReadings($csv: String!, $commit: Boolean!) {\n    importMeterReadings(csv: $csv, commit: $commit) {\n      rows\n      valid\n      created\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeterReadingData on MeterReading {\n    id\n    leaseId\n    period\n    readOn\n    meterM3\n    consumptionM3\n    correctsId\n    correctionReason\n    supersededAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MeterReadingData on MeterReading {\n    id\n    leaseId\n    period\n    readOn\n    meterM3\n    consumptionM3\n    correctsId\n    correctionReason\n    supersededAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeterReadings($leaseId: ID!) {\n    meterReadings(leaseId: $leaseId) {\n      ...MeterReadingData\n    }\n  }\n"): (typeof documents)["\n  query MeterReadings($leaseId: ID!) {\n    meterReadings(leaseId: $leaseId) {\n      ...MeterReadingData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeterReading($input: MeterReadingFields!) {\n    recordMeterReading(input: $input) {\n      ...MeterReadingData\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeterReading($input: MeterReadingFields!) {\n    recordMeterReading(input: $input) {\n      ...MeterReadingData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMeterReading($readingId: ID!, $meterM3: Int!, $readOn: NaiveDate!, $reason: String!) {\n    correctMeterReading(readingId: $readingId, meterM3: $meterM3, readOn: $readOn, reason: $reason) {\n      ...MeterReadingData\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectMeterReading($readingId: ID!, $meterM3: Int!, $readOn: NaiveDate!, $reason: String!) {\n    correctMeterReading(readingId: $readingId, meterM3: $meterM3, readOn: $readOn, reason: $reason) {\n      ...MeterReadingData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Payments($first: Int, $after: String, $firmId: ID) {\n    payments(first: $first, after: $after, firmId: $firmId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        firmId\n        amount\n        receivedOn\n        method\n        bankReference\n        unallocated\n        allocations {\n          invoiceId\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Payments($first: Int, $after: String, $firmId: ID) {\n    payments(first: $first, after: $after, firmId: $firmId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        firmId\n        amount\n        receivedOn\n        method\n        bankReference\n        unallocated\n        allocations {\n          invoiceId\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: PaymentFields!) {\n    recordPayment(input: $input) {\n      id\n      firmId\n      amount\n      receivedOn\n      method\n      bankReference\n      unallocated\n      replayed\n      warnings {\n        code\n      }\n      allocations {\n        invoiceId\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: PaymentFields!) {\n    recordPayment(input: $input) {\n      id\n      firmId\n      amount\n      receivedOn\n      method\n      bankReference\n      unallocated\n      replayed\n      warnings {\n        code\n      }\n      allocations {\n        invoiceId\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgingBucketsData on AgingBuckets {\n    current\n    days1To30\n    days31To60\n    days61To90\n    over90\n    total\n  }\n"): (typeof documents)["\n  fragment AgingBucketsData on AgingBuckets {\n    current\n    days1To30\n    days31To60\n    days61To90\n    over90\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivablesAging($asOf: NaiveDate, $clusterId: ID) {\n    receivablesAging(asOf: $asOf, clusterId: $clusterId) {\n      asOf\n      total {\n        ...AgingBucketsData\n      }\n      clusters {\n        id\n        name\n        buckets {\n          ...AgingBucketsData\n        }\n      }\n      firms {\n        id\n        name\n        buckets {\n          ...AgingBucketsData\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceivablesAging($asOf: NaiveDate, $clusterId: ID) {\n    receivablesAging(asOf: $asOf, clusterId: $clusterId) {\n      asOf\n      total {\n        ...AgingBucketsData\n      }\n      clusters {\n        id\n        name\n        buckets {\n          ...AgingBucketsData\n        }\n      }\n      firms {\n        id\n        name\n        buckets {\n          ...AgingBucketsData\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collections($months: Int!, $clusterId: ID) {\n    collections(months: $months, clusterId: $clusterId) {\n      month\n      invoiced\n      collected\n    }\n  }\n"): (typeof documents)["\n  query Collections($months: Int!, $clusterId: ID) {\n    collections(months: $months, clusterId: $clusterId) {\n      month\n      invoiced\n      collected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmStatement($firmId: ID, $from: NaiveDate!, $to: NaiveDate!) {\n    firmStatement(firmId: $firmId, from: $from, to: $to) {\n      firmId\n      firmName\n      firmTaxCode\n      from\n      to\n      openingBalance\n      invoiced\n      credited\n      paid\n      closingBalance\n      unallocatedCredit\n      csvPath\n      entries {\n        on\n        kind\n        reference\n        description\n        debit\n        credit\n        balance\n        documentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmStatement($firmId: ID, $from: NaiveDate!, $to: NaiveDate!) {\n    firmStatement(firmId: $firmId, from: $from, to: $to) {\n      firmId\n      firmName\n      firmTaxCode\n      from\n      to\n      openingBalance\n      invoiced\n      credited\n      paid\n      closingBalance\n      unallocatedCredit\n      csvPath\n      entries {\n        on\n        kind\n        reference\n        description\n        debit\n        credit\n        balance\n        documentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceLineData on InvoiceLine {\n    kind\n    descriptionVi\n    descriptionEn\n    quantityMilli\n    unit\n    unitPrice\n    amount\n    vatBp\n    vatAmount\n  }\n"): (typeof documents)["\n  fragment InvoiceLineData on InvoiceLine {\n    kind\n    descriptionVi\n    descriptionEn\n    quantityMilli\n    unit\n    unitPrice\n    amount\n    vatBp\n    vatAmount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRunPreview($input: BillingRunInput!) {\n    billingRunPreview(input: $input) {\n      periodLabel\n      periodStart\n      periodEnd\n      invoiceCount\n      lineCount\n      alreadyBilled\n      warnings\n      blocking {\n        firmId\n        name\n        problem\n      }\n      subtotal\n      vatTotal\n      total\n      invoices {\n        leaseId\n        firmId\n        firmName\n        clusterName\n        subtotal\n        vatTotal\n        total\n        lines {\n          ...InvoiceLineData\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingRunPreview($input: BillingRunInput!) {\n    billingRunPreview(input: $input) {\n      periodLabel\n      periodStart\n      periodEnd\n      invoiceCount\n      lineCount\n      alreadyBilled\n      warnings\n      blocking {\n        firmId\n        name\n        problem\n      }\n      subtotal\n      vatTotal\n      total\n      invoices {\n        leaseId\n        firmId\n        firmName\n        clusterName\n        subtotal\n        vatTotal\n        total\n        lines {\n          ...InvoiceLineData\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueBillingRun($input: BillingRunInput!) {\n    issueBillingRun(input: $input) {\n      id\n      periodKind\n      periodStart\n      periodEnd\n      invoiceCount\n      lineCount\n      total\n      firstNumber\n      lastNumber\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation IssueBillingRun($input: BillingRunInput!) {\n    issueBillingRun(input: $input) {\n      id\n      periodKind\n      periodStart\n      periodEnd\n      invoiceCount\n      lineCount\n      total\n      firstNumber\n      lastNumber\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingSettingsData on BillingSettings {\n    invoiceTemplate\n    invoiceSeries\n    currentSeries\n    dueDays\n    lateInterestBp\n    lateInterestCommercial\n    lateInterestBasis\n    rentVatBp\n    sellerName\n    sellerAddress\n    sellerTaxCode\n    bankBin\n    bankAccount\n    bankAccountName\n  }\n"): (typeof documents)["\n  fragment BillingSettingsData on BillingSettings {\n    invoiceTemplate\n    invoiceSeries\n    currentSeries\n    dueDays\n    lateInterestBp\n    lateInterestCommercial\n    lateInterestBasis\n    rentVatBp\n    sellerName\n    sellerAddress\n    sellerTaxCode\n    bankBin\n    bankAccount\n    bankAccountName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSettings {\n    billingSettings {\n      ...BillingSettingsData\n    }\n  }\n"): (typeof documents)["\n  query BillingSettings {\n    billingSettings {\n      ...BillingSettingsData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBillingSettings($input: BillingSettingsFields!) {\n    updateBillingSettings(input: $input) {\n      ...BillingSettingsData\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBillingSettings($input: BillingSettingsFields!) {\n    updateBillingSettings(input: $input) {\n      ...BillingSettingsData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TariffData on Tariff {\n    id\n    clusterId\n    charge\n    nameVi\n    nameEn\n    unit\n    rate\n    vatBp\n    vatBasis\n    effectiveFrom\n    effectiveTo\n    legalBasis\n  }\n"): (typeof documents)["\n  fragment TariffData on Tariff {\n    id\n    clusterId\n    charge\n    nameVi\n    nameEn\n    unit\n    rate\n    vatBp\n    vatBasis\n    effectiveFrom\n    effectiveTo\n    legalBasis\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tariffs($clusterId: ID!) {\n    tariffs(clusterId: $clusterId) {\n      ...TariffData\n    }\n  }\n"): (typeof documents)["\n  query Tariffs($clusterId: ID!) {\n    tariffs(clusterId: $clusterId) {\n      ...TariffData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTariffVersion($input: TariffFields!) {\n    addTariffVersion(input: $input) {\n      ...TariffData\n    }\n  }\n"): (typeof documents)["\n  mutation AddTariffVersion($input: TariffFields!) {\n    addTariffVersion(input: $input) {\n      ...TariffData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditFields on AuditEntry {\n    action\n    at\n    actorEmail\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment AuditFields on AuditEntry {\n    action\n    at\n    actorEmail\n    before\n    after\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clusters($first: Int, $after: String, $orderBy: ClusterOrder) {\n    clusters(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        province\n        district\n        totalAreaM2\n        leasableAreaM2\n        establishedOn\n        status\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Clusters($first: Int, $after: String, $orderBy: ClusterOrder) {\n    clusters(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        province\n        district\n        totalAreaM2\n        leasableAreaM2\n        establishedOn\n        status\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Cluster {\n        ...ClusterDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Cluster {\n        ...ClusterDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClusterDetailFields on Cluster {\n    id\n    name\n    province\n    provinceCode\n    district\n    districtCode\n    totalAreaM2\n    leasableAreaM2\n    establishedOn\n    decisionNumber\n    status\n    wastewater {\n      ...WastewaterFields\n    }\n    occupancy {\n      ...OccupancyFields\n    }\n    auditTrail {\n      ...AuditFields\n    }\n  }\n"): (typeof documents)["\n  fragment ClusterDetailFields on Cluster {\n    id\n    name\n    province\n    provinceCode\n    district\n    districtCode\n    totalAreaM2\n    leasableAreaM2\n    establishedOn\n    decisionNumber\n    status\n    wastewater {\n      ...WastewaterFields\n    }\n    occupancy {\n      ...OccupancyFields\n    }\n    auditTrail {\n      ...AuditFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCluster($input: ClusterFields!) {\n    createCluster(input: $input) {\n      ...ClusterDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCluster($input: ClusterFields!) {\n    createCluster(input: $input) {\n      ...ClusterDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCluster($id: ID!, $input: ClusterFields!) {\n    updateCluster(id: $id, input: $input) {\n      ...ClusterDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCluster($id: ID!, $input: ClusterFields!) {\n    updateCluster(id: $id, input: $input) {\n      ...ClusterDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmRowFields on Firm {\n    id\n    name\n    taxCode\n    address\n    capitalOrigin\n    isSme\n    vsicCode\n    workforce\n    billingEmails\n    status\n  }\n"): (typeof documents)["\n  fragment FirmRowFields on Firm {\n    id\n    name\n    taxCode\n    address\n    capitalOrigin\n    isSme\n    vsicCode\n    workforce\n    billingEmails\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Firms(\n    $first: Int\n    $after: String\n    $search: String\n    $status: FirmStatus\n    $capitalOrigin: CapitalOrigin\n    $orderBy: FirmOrder\n  ) {\n    firms(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      capitalOrigin: $capitalOrigin\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...FirmRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Firms(\n    $first: Int\n    $after: String\n    $search: String\n    $status: FirmStatus\n    $capitalOrigin: CapitalOrigin\n    $orderBy: FirmOrder\n  ) {\n    firms(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      capitalOrigin: $capitalOrigin\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...FirmRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFirm($input: FirmFields!) {\n    createFirm(input: $input) {\n      ...FirmRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFirm($input: FirmFields!) {\n    createFirm(input: $input) {\n      ...FirmRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFirm($id: ID!, $input: FirmFields!) {\n    updateFirm(id: $id, input: $input) {\n      ...FirmRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFirm($id: ID!, $input: FirmFields!) {\n    updateFirm(id: $id, input: $input) {\n      ...FirmRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportResultFields on ImportResult {\n    rows\n    valid\n    created\n    problems {\n      row\n      column\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportResultFields on ImportResult {\n    rows\n    valid\n    created\n    problems {\n      row\n      column\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPlots($csv: String!, $commit: Boolean!) {\n    importPlots(csv: $csv, commit: $commit) {\n      ...ImportResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPlots($csv: String!, $commit: Boolean!) {\n    importPlots(csv: $csv, commit: $commit) {\n      ...ImportResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFirms($csv: String!, $commit: Boolean!) {\n    importFirms(csv: $csv, commit: $commit) {\n      ...ImportResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFirms($csv: String!, $commit: Boolean!) {\n    importFirms(csv: $csv, commit: $commit) {\n      ...ImportResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leases(\n    $first: Int\n    $after: String\n    $firmId: ID\n    $clusterId: ID\n    $status: LeaseStatus\n    $orderBy: LeaseOrder\n  ) {\n    leases(\n      first: $first\n      after: $after\n      firmId: $firmId\n      clusterId: $clusterId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        firm {\n          id\n          name\n        }\n        cluster {\n          id\n          name\n        }\n        plots {\n          id\n          code\n        }\n        areaM2\n        startsOn\n        endsOn\n        rentPerM2Year\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leases(\n    $first: Int\n    $after: String\n    $firmId: ID\n    $clusterId: ID\n    $status: LeaseStatus\n    $orderBy: LeaseOrder\n  ) {\n    leases(\n      first: $first\n      after: $after\n      firmId: $firmId\n      clusterId: $clusterId\n      status: $status\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        firm {\n          id\n          name\n        }\n        cluster {\n          id\n          name\n        }\n        plots {\n          id\n          code\n        }\n        areaM2\n        startsOn\n        endsOn\n        rentPerM2Year\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeaseDetailFields on Lease {\n    id\n    firm {\n      id\n      name\n      taxCode\n    }\n    cluster {\n      id\n      name\n    }\n    plots {\n      id\n      code\n      areaM2\n    }\n    areaM2\n    startsOn\n    endsOn\n    rentPerM2Year\n    rentSchedule\n    maintenanceFeePerM2Month\n    deposit\n    escalationBp\n    escalationEveryYears\n    rentSupportBp\n    rentSupportBasis\n    status\n    terminatedOn\n    terminationReason\n    renewedFromId\n    createdAt\n    auditTrail @include(if: $withAudit) {\n      ...AuditFields\n    }\n  }\n"): (typeof documents)["\n  fragment LeaseDetailFields on Lease {\n    id\n    firm {\n      id\n      name\n      taxCode\n    }\n    cluster {\n      id\n      name\n    }\n    plots {\n      id\n      code\n      areaM2\n    }\n    areaM2\n    startsOn\n    endsOn\n    rentPerM2Year\n    rentSchedule\n    maintenanceFeePerM2Month\n    deposit\n    escalationBp\n    escalationEveryYears\n    rentSupportBp\n    rentSupportBasis\n    status\n    terminatedOn\n    terminationReason\n    renewedFromId\n    createdAt\n    auditTrail @include(if: $withAudit) {\n      ...AuditFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaseDetail($id: ID!, $withAudit: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on Lease {\n        ...LeaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeaseDetail($id: ID!, $withAudit: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on Lease {\n        ...LeaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaseConflicts($plotIds: [ID!]!, $startsOn: NaiveDate!, $endsOn: NaiveDate!, $exceptLeaseId: ID) {\n    leaseConflicts(plotIds: $plotIds, startsOn: $startsOn, endsOn: $endsOn, exceptLeaseId: $exceptLeaseId) {\n      leaseId\n      plotCode\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  query LeaseConflicts($plotIds: [ID!]!, $startsOn: NaiveDate!, $endsOn: NaiveDate!, $exceptLeaseId: ID) {\n    leaseConflicts(plotIds: $plotIds, startsOn: $startsOn, endsOn: $endsOn, exceptLeaseId: $exceptLeaseId) {\n      leaseId\n      plotCode\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLease($input: LeaseFields!, $activate: Boolean!) {\n    createLease(input: $input, activate: $activate) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLease($input: LeaseFields!, $activate: Boolean!) {\n    createLease(input: $input, activate: $activate) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLease($id: ID!, $input: LeaseFields!) {\n    updateLease(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLease($id: ID!, $input: LeaseFields!) {\n    updateLease(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateLease($id: ID!) {\n    activateLease(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateLease($id: ID!) {\n    activateLease(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateLease($id: ID!, $on: NaiveDate!, $reason: String!) {\n    terminateLease(id: $id, on: $on, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateLease($id: ID!, $on: NaiveDate!, $reason: String!) {\n    terminateLease(id: $id, on: $on, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewLease($id: ID!, $endsOn: NaiveDate!, $rentPerM2Year: Int) {\n    renewLease(id: $id, endsOn: $endsOn, rentPerM2Year: $rentPerM2Year) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RenewLease($id: ID!, $endsOn: NaiveDate!, $rentPerM2Year: Int) {\n    renewLease(id: $id, endsOn: $endsOn, rentPerM2Year: $rentPerM2Year) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OccupancyFields on Occupancy {\n    on\n    leasableAreaM2\n    leasedAreaM2\n    rateBp\n    plotsTotal\n    plotsFree\n    firms\n    workforce\n  }\n"): (typeof documents)["\n  fragment OccupancyFields on Occupancy {\n    on\n    leasableAreaM2\n    leasedAreaM2\n    rateBp\n    plotsTotal\n    plotsFree\n    firms\n    workforce\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WastewaterFields on Wastewater {\n    present\n    capacityM3PerDay\n    status\n    permitExpiresOn\n    compliant\n  }\n"): (typeof documents)["\n  fragment WastewaterFields on Wastewater {\n    present\n    capacityM3PerDay\n    status\n    permitExpiresOn\n    compliant\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstateOverview($on: NaiveDate) {\n    estateOverview(on: $on) {\n      on\n      clusters {\n        cluster {\n          id\n          name\n        }\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n      total {\n        ...OccupancyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EstateOverview($on: NaiveDate) {\n    estateOverview(on: $on) {\n      on\n      clusters {\n        cluster {\n          id\n          name\n        }\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n      total {\n        ...OccupancyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceOverview($on: NaiveDate) {\n    provinceOverview(on: $on) {\n      province\n      on\n      clusters {\n        operatorName\n        clusterName\n        district\n        status\n        totalAreaM2\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n      total {\n        ...OccupancyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceOverview($on: NaiveDate) {\n    provinceOverview(on: $on) {\n      province\n      on\n      clusters {\n        operatorName\n        clusterName\n        district\n        status\n        totalAreaM2\n        wastewater {\n          ...WastewaterFields\n        }\n        occupancy {\n          ...OccupancyFields\n        }\n      }\n      total {\n        ...OccupancyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlotRowFields on Plot {\n    id\n    code\n    areaM2\n    landUse\n    cadastralRef\n    notes\n    status\n    cluster {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PlotRowFields on Plot {\n    id\n    code\n    areaM2\n    landUse\n    cadastralRef\n    notes\n    status\n    cluster {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plots(\n    $first: Int\n    $after: String\n    $clusterId: ID\n    $search: String\n    $status: PlotStatus\n    $orderBy: PlotOrder\n  ) {\n    plots(first: $first, after: $after, clusterId: $clusterId, search: $search, status: $status, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PlotRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plots(\n    $first: Int\n    $after: String\n    $clusterId: ID\n    $search: String\n    $status: PlotStatus\n    $orderBy: PlotOrder\n  ) {\n    plots(first: $first, after: $after, clusterId: $clusterId, search: $search, status: $status, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PlotRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlot($input: PlotFields!) {\n    createPlot(input: $input) {\n      ...PlotRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlot($input: PlotFields!) {\n    createPlot(input: $input) {\n      ...PlotRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlot($id: ID!, $input: PlotFields!) {\n    updatePlot(id: $id, input: $input) {\n      ...PlotRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlot($id: ID!, $input: PlotFields!) {\n    updatePlot(id: $id, input: $input) {\n      ...PlotRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...AuthSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      existingAccount\n      role\n      tenantName\n      firmName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      existingAccount\n      role\n      tenantName\n      firmName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n        firm {\n          id\n          name\n        }\n        invitedBy {\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        role\n        status\n        expiresAt\n        createdAt\n        firm {\n          id\n          name\n        }\n        invitedBy {\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailLog($first: Int, $after: String, $status: MailStatus) {\n    mailLog(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        recipient\n        subject\n        template\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailLog($first: Int, $after: String, $status: MailStatus) {\n    mailLog(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        recipient\n        subject\n        template\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      recipient\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      recipient\n      status\n      attempts\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLeasedPlots($first: Int, $after: String) {\n    leases(first: $first, after: $after, status: ACTIVE) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cluster {\n          id\n          name\n        }\n        plots {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyLeasedPlots($first: Int, $after: String) {\n    leases(first: $first, after: $after, status: ACTIVE) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        cluster {\n          id\n          name\n        }\n        plots {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaintenanceRequestRow on MaintenanceRequest {\n    id\n    reference\n    title\n    category\n    status\n    priority\n    urgent\n    firmName\n    clusterName\n    plotCode\n    location\n    promisedOn\n    deferredUntil\n    createdAt\n    respondedAt\n    responseDueAt\n    resolutionDueAt\n    overdue\n    slaPaused\n    awaitingConfirmation\n  }\n"): (typeof documents)["\n  fragment MaintenanceRequestRow on MaintenanceRequest {\n    id\n    reference\n    title\n    category\n    status\n    priority\n    urgent\n    firmName\n    clusterName\n    plotCode\n    location\n    promisedOn\n    deferredUntil\n    createdAt\n    respondedAt\n    responseDueAt\n    resolutionDueAt\n    overdue\n    slaPaused\n    awaitingConfirmation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaintenanceRequests(\n    $first: Int\n    $after: String\n    $status: [MaintenanceRequestStatus!]\n    $priority: MaintenancePriority\n    $clusterId: ID\n    $assigneeId: ID\n    $overdue: Boolean\n  ) {\n    maintenanceRequests(\n      first: $first\n      after: $after\n      status: $status\n      priority: $priority\n      clusterId: $clusterId\n      assigneeId: $assigneeId\n      overdue: $overdue\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MaintenanceRequestRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query MaintenanceRequests(\n    $first: Int\n    $after: String\n    $status: [MaintenanceRequestStatus!]\n    $priority: MaintenancePriority\n    $clusterId: ID\n    $assigneeId: ID\n    $overdue: Boolean\n  ) {\n    maintenanceRequests(\n      first: $first\n      after: $after\n      status: $status\n      priority: $priority\n      clusterId: $clusterId\n      assigneeId: $assigneeId\n      overdue: $overdue\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MaintenanceRequestRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaintenanceEventData on MaintenanceEvent {\n    id\n    at\n    actorId\n    actorName\n    fromStatus\n    toStatus\n    priority\n    reason\n  }\n"): (typeof documents)["\n  fragment MaintenanceEventData on MaintenanceEvent {\n    id\n    at\n    actorId\n    actorName\n    fromStatus\n    toStatus\n    priority\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaintenanceFileData on MaintenanceFile {\n    id\n    fileName\n    contentType\n    isImage\n    sizeBytes\n    url\n    thumbnailUrl\n  }\n"): (typeof documents)["\n  fragment MaintenanceFileData on MaintenanceFile {\n    id\n    fileName\n    contentType\n    isImage\n    sizeBytes\n    url\n    thumbnailUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaintenanceRequestDetail on MaintenanceRequest {\n    ...MaintenanceRequestRow\n    description\n    firmId\n    clusterId\n    plotId\n    rating\n    rejectReason\n    duplicateOfId\n    reopenCount\n    resolutionNote\n    resolvedAt\n    updatedAt\n    events {\n      ...MaintenanceEventData\n    }\n    comments {\n      id\n      authorId\n      authorName\n      body\n      internal\n      createdAt\n    }\n    files {\n      ...MaintenanceFileData\n    }\n  }\n"): (typeof documents)["\n  fragment MaintenanceRequestDetail on MaintenanceRequest {\n    ...MaintenanceRequestRow\n    description\n    firmId\n    clusterId\n    plotId\n    rating\n    rejectReason\n    duplicateOfId\n    reopenCount\n    resolutionNote\n    resolvedAt\n    updatedAt\n    events {\n      ...MaintenanceEventData\n    }\n    comments {\n      id\n      authorId\n      authorName\n      body\n      internal\n      createdAt\n    }\n    files {\n      ...MaintenanceFileData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaintenanceRequestDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on MaintenanceRequest {\n        ...MaintenanceRequestDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query MaintenanceRequestDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on MaintenanceRequest {\n        ...MaintenanceRequestDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileMaintenanceRequest($input: FileMaintenanceRequestInput!) {\n    fileMaintenanceRequest(input: $input) {\n      request {\n        ...MaintenanceRequestDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FileMaintenanceRequest($input: FileMaintenanceRequestInput!) {\n    fileMaintenanceRequest(input: $input) {\n      request {\n        ...MaintenanceRequestDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachMaintenanceFiles($input: AttachMaintenanceFilesInput!) {\n    attachMaintenanceFiles(input: $input) {\n      request {\n        ...MaintenanceRequestDetail\n      }\n      files {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AttachMaintenanceFiles($input: AttachMaintenanceFilesInput!) {\n    attachMaintenanceFiles(input: $input) {\n      request {\n        ...MaintenanceRequestDetail\n      }\n      files {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeMaintenanceRequest($input: AcknowledgeMaintenanceRequestInput!) {\n    acknowledgeMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeMaintenanceRequest($input: AcknowledgeMaintenanceRequestInput!) {\n    acknowledgeMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskMaintenanceRequester($input: AskMaintenanceRequesterInput!) {\n    askMaintenanceRequester(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AskMaintenanceRequester($input: AskMaintenanceRequesterInput!) {\n    askMaintenanceRequester(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeferMaintenanceRequest($input: DeferMaintenanceRequestInput!) {\n    deferMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation DeferMaintenanceRequest($input: DeferMaintenanceRequestInput!) {\n    deferMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMaintenanceRequest($input: RejectMaintenanceRequestInput!) {\n    rejectMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMaintenanceRequest($input: RejectMaintenanceRequestInput!) {\n    rejectMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveMaintenanceRequest($input: ResolveMaintenanceRequestInput!) {\n    resolveMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveMaintenanceRequest($input: ResolveMaintenanceRequestInput!) {\n    resolveMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMaintenanceRequest($input: CancelMaintenanceRequestInput!) {\n    cancelMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMaintenanceRequest($input: CancelMaintenanceRequestInput!) {\n    cancelMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMaintenanceRequest($requestId: ID!) {\n    startMaintenanceRequest(requestId: $requestId) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation StartMaintenanceRequest($requestId: ID!) {\n    startMaintenanceRequest(requestId: $requestId) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeMaintenanceRequest($requestId: ID!) {\n    resumeMaintenanceRequest(requestId: $requestId) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeMaintenanceRequest($requestId: ID!) {\n    resumeMaintenanceRequest(requestId: $requestId) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToMaintenanceRequest($input: ReplyToMaintenanceRequestInput!) {\n    replyToMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToMaintenanceRequest($input: ReplyToMaintenanceRequestInput!) {\n    replyToMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMaintenanceResolution($input: ConfirmMaintenanceResolutionInput!) {\n    confirmMaintenanceResolution(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMaintenanceResolution($input: ConfirmMaintenanceResolutionInput!) {\n    confirmMaintenanceResolution(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenMaintenanceRequest($input: ReopenMaintenanceRequestInput!) {\n    reopenMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenMaintenanceRequest($input: ReopenMaintenanceRequestInput!) {\n    reopenMaintenanceRequest(input: $input) {\n      ...MaintenanceRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnMaintenanceRequest($input: CommentOnMaintenanceRequestInput!) {\n    commentOnMaintenanceRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnMaintenanceRequest($input: CommentOnMaintenanceRequestInput!) {\n    commentOnMaintenanceRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderRow on WorkOrder {\n    id\n    reference\n    title\n    status\n    priority\n    fundingSource\n    clusterName\n    assigneeName\n    costTotal\n    overdue\n    responseDueAt\n    resolutionDueAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WorkOrderRow on WorkOrder {\n    id\n    reference\n    title\n    status\n    priority\n    fundingSource\n    clusterName\n    assigneeName\n    costTotal\n    overdue\n    responseDueAt\n    resolutionDueAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderDetail on WorkOrder {\n    ...WorkOrderRow\n    description\n    clusterId\n    firmId\n    requestIds\n    assigneeUserId\n    contractorName\n    contractorPhone\n    contractorEmail\n    holdReason\n    noCost\n    verifiedAt\n    verifiedCostTotal\n    checklist {\n      id\n      label\n      done\n      position\n    }\n    costLines {\n      id\n      kind\n      description\n      amount\n      minutes\n      hourlyRate\n      supplier\n      supplierInvoice\n    }\n    events {\n      ...MaintenanceEventData\n    }\n    files {\n      ...MaintenanceFileData\n    }\n  }\n"): (typeof documents)["\n  fragment WorkOrderDetail on WorkOrder {\n    ...WorkOrderRow\n    description\n    clusterId\n    firmId\n    requestIds\n    assigneeUserId\n    contractorName\n    contractorPhone\n    contractorEmail\n    holdReason\n    noCost\n    verifiedAt\n    verifiedCostTotal\n    checklist {\n      id\n      label\n      done\n      position\n    }\n    costLines {\n      id\n      kind\n      description\n      amount\n      minutes\n      hourlyRate\n      supplier\n      supplierInvoice\n    }\n    events {\n      ...MaintenanceEventData\n    }\n    files {\n      ...MaintenanceFileData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestWorkOrders($requestId: ID!) {\n    workOrders(requestId: $requestId, first: 20) {\n      nodes {\n        ...WorkOrderRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestWorkOrders($requestId: ID!) {\n    workOrders(requestId: $requestId, first: 20) {\n      nodes {\n        ...WorkOrderRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder {\n        ...WorkOrderDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder {\n        ...WorkOrderDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {\n    assignWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {\n    assignWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkOrder($input: UpdateWorkOrderInput!) {\n    updateWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkOrder($input: UpdateWorkOrderInput!) {\n    updateWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionWorkOrder($input: TransitionWorkOrderInput!) {\n    transitionWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionWorkOrder($input: TransitionWorkOrderInput!) {\n    transitionWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCostLine($costLineId: ID!) {\n    removeCostLine(costLineId: $costLineId) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCostLine($costLineId: ID!) {\n    removeCostLine(costLineId: $costLineId) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChecklistItem($input: AddChecklistItemInput!) {\n    addChecklistItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddChecklistItem($input: AddChecklistItemInput!) {\n    addChecklistItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChecklistItem($input: SetChecklistItemInput!) {\n    setChecklistItem(input: $input) {\n      id\n      done\n    }\n  }\n"): (typeof documents)["\n  mutation SetChecklistItem($input: SetChecklistItemInput!) {\n    setChecklistItem(input: $input) {\n      id\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCostLine($input: AddCostLineInput!) {\n    addCostLine(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCostLine($input: AddCostLineInput!) {\n    addCostLine(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaintenanceStaff {\n    maintenanceStaff {\n      userId\n      name\n    }\n  }\n"): (typeof documents)["\n  query MaintenanceStaff {\n    maintenanceStaff {\n      userId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        province\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tenants($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        province\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      province\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      province\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        role\n        createdAt\n        firm {\n          id\n          name\n        }\n        user {\n          email\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        role\n        createdAt\n        firm {\n          id\n          name\n        }\n        user {\n          email\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterOptions($first: Int, $after: String) {\n    clusters(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterOptions($first: Int, $after: String) {\n    clusters(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmOptions($first: Int, $after: String) {\n    firms(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        taxCode\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmOptions($first: Int, $after: String) {\n    firms(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        taxCode\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    isPlatformAdmin\n    role\n    membershipId\n    tenant {\n      id\n      name\n      kind\n      province\n    }\n    firm {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n      firm {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    locale\n    isPlatformAdmin\n    role\n    membershipId\n    tenant {\n      id\n      name\n      kind\n      province\n    }\n    firm {\n      id\n      name\n    }\n    memberships {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n      firm {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthSessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refresh {\n      ...AuthSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refresh {\n      ...AuthSessionFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;