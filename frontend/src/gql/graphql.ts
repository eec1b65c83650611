/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Implement the DateTime<Utc> scalar
   *
   * The input/output is a string in RFC3339 format.
   */
  DateTime: { input: string; output: string; }
  /**
   * A calendar date, `YYYY-MM-DD`, between 1900-01-01 and 2200-12-31; a date outside that range
   * or in another form is a VALIDATION error on the field.
   */
  NaiveDate: { input: string; output: string; }
  /** A multipart file upload */
  Upload: { input: File; output: File; }
};

/** Acknowledge a request: triage and promise a date. */
export type AcknowledgeMaintenanceRequestInput = {
  /** Its category, if the firm chose the wrong one. */
  category?: InputMaybe<MaintenanceCategory>;
  /** A message the firm reads (shared comment and email). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Its priority (the SLA is recomputed from the filing with it). */
  priority?: InputMaybe<MaintenancePriority>;
  /** The date promised to the firm (today or later). */
  promisedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** The request. */
  requestId: Scalars['ID']['input'];
};

/** A checklist step to add. */
export type AddChecklistItemInput = {
  /** What to do (at most 300 characters). */
  label: Scalars['String']['input'];
  /** The work order. */
  workOrderId: Scalars['ID']['input'];
};

/** A cost line to add, whole đồng. */
export type AddCostLineInput = {
  /** MATERIAL, CONTRACTOR, OTHER: đồng, 1 to 100,000,000,000. */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** What was bought or done. */
  description: Scalars['String']['input'];
  /** LABOUR: đồng per hour. */
  hourlyRate?: InputMaybe<Scalars['Int']['input']>;
  /** What it is. */
  kind: CostKind;
  /** LABOUR: minutes worked (1–100,000). */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** The supplier (required for CONTRACTOR). */
  supplier?: InputMaybe<Scalars['String']['input']>;
  /** The supplier's invoice number (required for CONTRACTOR). */
  supplierInvoice?: InputMaybe<Scalars['String']['input']>;
  /** The work order, not verified or cancelled. */
  workOrderId: Scalars['ID']['input'];
};

/** An adjustment of an issued invoice, either way. */
export type AdjustmentFields = {
  /** The date of that agreement: not before the invoice, not after today. */
  agreementDate?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** The number of the written agreement with the buyer (required; Decree 70/2025). */
  agreementNumber: Scalars['String']['input'];
  /** DECREASE (a credit note) or INCREASE (an adjustment invoice, payable). */
  direction: InvoiceCorrection;
  /** The issued invoice to adjust. */
  invoiceId: Scalars['ID']['input'];
  /**
   * What to take off or add, line by line (positive amounts before VAT; a decrease at most
   * the line's `creditable`).
   */
  lines: Array<CreditNoteLineFields>;
  /** Why the invoice is adjusted (printed on the adjustment). */
  reason: Scalars['String']['input'];
};

/** Open amounts by days past due. */
export type AgingBuckets = {
  /** Not yet due. */
  current: Scalars['Int']['output'];
  /** Open 1 to 30 days past the due date, đồng. */
  days1To30: Scalars['Int']['output'];
  /** Open 31 to 60 days past the due date, đồng. */
  days31To60: Scalars['Int']['output'];
  /** Open 61 to 90 days past the due date, đồng. */
  days61To90: Scalars['Int']['output'];
  /** Open more than 90 days past the due date, đồng. */
  over90: Scalars['Int']['output'];
  /** Everything open, đồng: the sum of the buckets. */
  total: Scalars['Int']['output'];
};

/** One cluster's or firm's row of the aging report. */
export type AgingRow = {
  /** What it has open, by days past due. */
  buckets: AgingBuckets;
  /** Cluster or firm id. */
  id: Scalars['ID']['output'];
  /** The cluster's or firm's name. */
  name: Scalars['String']['output'];
};

/** A payment allocated to an invoice. */
export type Allocation = {
  /**
   * The day the money was applied: the payment's receipt date, or the issue date of a later
   * invoice that took the firm's unallocated credit.
   */
  allocatedOn: Scalars['NaiveDate']['output'];
  /** Đồng applied to the invoice. */
  amount: Scalars['Int']['output'];
  /** The invoice it settles. */
  invoiceId: Scalars['ID']['output'];
  /** The payment the money came from. */
  paymentId: Scalars['ID']['output'];
};

/** Part of a payment for one invoice. */
export type AllocationFields = {
  /** Đồng to apply: more than 0 and at most what is open on the invoice. */
  amount: Scalars['Int']['input'];
  /** An issued invoice of the payment's firm (not a credit note). */
  invoiceId: Scalars['ID']['input'];
};

/** What a firm owes today and how to pay all of it with one transfer. */
export type AmountDue = {
  /** The firm. */
  firmId: Scalars['ID']['output'];
  /** Its name. */
  firmName: Scalars['String']['output'];
  /** The invoices with something open, earliest due first. */
  invoices: Array<Invoice>;
  /** The earliest due date not yet past; null when nothing is due ahead. */
  nextDueOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Everything open on its issued invoices, đồng. */
  open: Scalars['Int']['output'];
  /** The part of `open` past its due date, đồng. */
  overdue: Scalars['Int']['output'];
  /** The account to pay into; null until the operator enters it. */
  payee?: Maybe<Payee>;
  /**
   * The transfer purpose that pays everything: the invoice numbers when they fit in the 25
   * characters banks keep (`TT HD C26TDS 12 13`), else the firm's tax code (`TT MST …`), which
   * bank matching reads as the whole open balance; null when nothing is open.
   */
  purpose?: Maybe<Scalars['String']['output']>;
  /**
   * A VietQR payload for `open` with `purpose`; null when nothing is open, the operator has no
   * bank account on file, or no purpose can name what it pays.
   */
  vietqr?: Maybe<Scalars['String']['output']>;
};

/** An answer to a checklist item of an inspection. */
export type AnswerChecklistItemInput = {
  /** YES or NO, PASS or FAIL, a number (within its accepted range to pass), or text. */
  answer: Scalars['String']['input'];
  /** The checklist item (one copied from a schedule, with a kind). */
  itemId: Scalars['ID']['input'];
  /** Open a corrective work order for a failed answer (VALIDATION otherwise). */
  openCorrective?: Scalars['Boolean']['input'];
  /**
   * The verdict; for pass/fail and numbers it follows from the answer when omitted. A number
   * outside its range marked as passing is VALIDATION on `input.passed`.
   */
  passed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What answering a checklist item did. */
export type AnswerChecklistItemPayload = {
  /** The corrective work order the failed answer opened, if asked for. */
  correctiveWorkOrderId?: Maybe<Scalars['ID']['output']>;
  /** The item with its answer and verdict. */
  item: ChecklistItem;
};

/** A photo answering a checklist item of kind PHOTO, sent as a GraphQL multipart request. */
export type AnswerChecklistPhotoInput = {
  /** The checklist item (of kind PHOTO, on an open inspection). */
  itemId: Scalars['ID']['input'];
  /** Open a corrective work order (only with `passed: false`; VALIDATION otherwise). */
  openCorrective?: Scalars['Boolean']['input'];
  /** The verdict: false when the picture shows a problem (a photo gives none by itself). */
  passed?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The photo: JPEG, PNG or WebP, at most 10 MB. It is stored re-encoded, without its EXIF
   * data, with a thumbnail.
   */
  photo: Scalars['Upload']['input'];
};

/** A request and a text. */
export type AskMaintenanceRequesterInput = {
  /** What the operator needs to know; the firm gets it by email. */
  question: Scalars['String']['input'];
  /** The request. */
  requestId: Scalars['ID']['input'];
};

/**
 * A shared work of a cluster (a road, a drain, a light line, a plant) or a zone holding some:
 * the upkeep register (operators).
 */
export type Asset = Node & {
  /** Its kind of infrastructure. */
  category: AssetCategory;
  /** The assets below it, by code. */
  children: Array<Asset>;
  /** The cluster it belongs to. */
  clusterId: Scalars['ID']['output'];
  /** Its code, unique in the cluster, e.g. `D-01`. */
  code: Scalars['String']['output'];
  /** The day it was commissioned. */
  commissionedOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Its condition, 1 (failed) to 5 (as new). */
  condition?: Maybe<Scalars['Int']['output']>;
  /** What its work orders cost the fund: the movements that paid them, newest first. */
  costs: Array<FundEntry>;
  /** A plant's effluent sampling results, newest first. */
  effluentSamples: Array<EffluentSample>;
  /** Its expected life, years. */
  expectedLifeYears?: Maybe<Scalars['Int']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /**
   * Whether it is a wastewater treatment plant (a wastewater work counted in m³/day), whose
   * effluent is sampled against its discharge permit.
   */
  isPlant: Scalars['Boolean']['output'];
  /** Where it is, in words. */
  location?: Maybe<Scalars['String']['output']>;
  /** Its name, e.g. "Đường trục chính N1". */
  name: Scalars['String']['output'];
  /** Notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The zone or larger work it belongs to; null: directly the cluster. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Its permits, by issue date. */
  permits: Array<AssetPermit>;
  /** The plot it stands on, if any. */
  plotId?: Maybe<Scalars['ID']['output']>;
  /** How much of it: metres of road, number of lights, m³/day of a plant. */
  quantity?: Maybe<Scalars['Int']['output']>;
  /** What replacing it would cost, đồng. */
  replacementValue?: Maybe<Scalars['Int']['output']>;
  /** The unit of the quantity. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The day its warranty ends. */
  warrantyUntil?: Maybe<Scalars['NaiveDate']['output']>;
  /** Its history: the work orders done on it, newest first. */
  workOrders: Array<AssetWorkOrder>;
};

/**
 * The kinds of shared technical infrastructure of an industrial cluster (Decree
 * 32/2024/NĐ-CP art. 2).
 */
export type AssetCategory =
  /** Rainwater collection and drainage. */
  | 'DRAINAGE'
  /** Fences and gates. */
  | 'FENCES_GATES'
  /** Fire protection. */
  | 'FIRE_PROTECTION'
  /** Trees and green areas. */
  | 'GREENERY'
  /** Internal roads and pavements. */
  | 'INTERNAL_ROADS'
  /** Anything else (solid waste, communications, a zone). */
  | 'OTHER'
  /** Power supply and public lighting. */
  | 'POWER_LIGHTING'
  /** Wastewater collection and treatment. */
  | 'WASTEWATER'
  /** Water supply. */
  | 'WATER_SUPPLY';

/** An asset of the upkeep register. */
export type AssetFields = {
  /** Its kind of infrastructure. */
  category: AssetCategory;
  /** The cluster it belongs to. */
  clusterId: Scalars['ID']['input'];
  /** Its code, unique in the cluster (up to 40 characters). */
  code: Scalars['String']['input'];
  /** The day it was commissioned. */
  commissionedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** Its condition, 1 (failed) to 5 (as new). */
  condition?: InputMaybe<Scalars['Int']['input']>;
  /** Its expected life, 1 to 200 years. */
  expectedLifeYears?: InputMaybe<Scalars['Int']['input']>;
  /** Where it is, in words. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Its name. */
  name: Scalars['String']['input'];
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The zone or larger work it belongs to, in the same cluster; null: the cluster. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The plot it stands on, in the same cluster. */
  plotId?: InputMaybe<Scalars['ID']['input']>;
  /** How much of it (metres, lights, m³/day), 0 or more; needs `unit`. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** What replacing it would cost, đồng (0 or more). */
  replacementValue?: InputMaybe<Scalars['Int']['input']>;
  /** The unit of the quantity. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The day its warranty ends (not before commissioning). */
  warrantyUntil?: InputMaybe<Scalars['NaiveDate']['input']>;
};

/** A permit of an asset (discharge permit, fire safety acceptance). */
export type AssetPermit = {
  /** True when it has expired by today. */
  expired: Scalars['Boolean']['output'];
  /** The day it expires; null when it does not. */
  expiresOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Identifies the permit. */
  id: Scalars['ID']['output'];
  /** The day it was issued. */
  issuedOn: Scalars['NaiveDate']['output'];
  /** Who issued it. */
  issuer?: Maybe<Scalars['String']['output']>;
  /** What it allows. */
  kind: PermitKind;
  /** For a plant's discharge permit: what it allows of each parameter. */
  limits: Array<DischargeLimit>;
  /** Its number. */
  number: Scalars['String']['output'];
};

/** A work order done on an asset, as its history shows it. */
export type AssetWorkOrder = {
  /** Đồng of its cost lines. */
  costTotal: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The work order's global ID. */
  id: Scalars['ID']['output'];
  /** Its short reference, e.g. `WO-3F2A1B`. */
  reference: Scalars['String']['output'];
  /** Where it stands. */
  status: WorkOrderStatus;
  /** What was to be done. */
  title: Scalars['String']['output'];
};

/** Assign a work order: a staff member (`userId`) or an external contractor (`contractorName`). */
export type AssignWorkOrderInput = {
  /** The contractor's email (gets the assignment in Vietnamese). */
  contractorEmail?: InputMaybe<Scalars['String']['input']>;
  /** An external contractor's name. */
  contractorName?: InputMaybe<Scalars['String']['input']>;
  /** The contractor's phone. */
  contractorPhone?: InputMaybe<Scalars['String']['input']>;
  /** A member of the operator's staff. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** The work order. */
  workOrderId: Scalars['ID']['input'];
};

/** Files to add to a request. */
export type AttachMaintenanceFilesInput = {
  /** JPEG, PNG or WebP photos and PDF documents: at most 10, each at most 10 MB. */
  files: Array<Scalars['Upload']['input']>;
  /** The request (the firm's own, or any of the operator's). */
  requestId: Scalars['ID']['input'];
};

/** Files added to a request. */
export type AttachMaintenanceFilesPayload = {
  /** The files just added. */
  files: Array<MaintenanceFile>;
  /** The request, with all of its files. */
  request: MaintenanceRequest;
};

/** One change to an object. */
export type AuditEntry = {
  /** created, updated, activated, terminated, renewed… */
  action: Scalars['String']['output'];
  /** Who made the change (none for work the system did). */
  actorEmail?: Maybe<Scalars['String']['output']>;
  /** The state after, as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The state before, as JSON (null for a creation). */
  before?: Maybe<Scalars['String']['output']>;
};

/**
 * Tokens after sign-in, refresh, invitation acceptance or membership switch. The web app
 * keeps the access token in memory and the refresh token stays in an httpOnly cookie.
 */
export type AuthPayload = {
  /** Bearer token for the `Authorization` header; short-lived. */
  accessToken: Scalars['String']['output'];
  /** Seconds until the access token expires. */
  expiresIn: Scalars['Int']['output'];
  /**
   * The refresh token, for clients that keep it themselves: exchange it with
   * `refresh(refreshToken:)` for new tokens; single use (rotated). Only returned to a
   * request that asked for it: `login` or `acceptInvitation` with `tokenDelivery: BODY`,
   * or `refresh` or `switchMembership` given a `refreshToken` argument. Otherwise (browsers)
   * it travels only in the httpOnly `ck_refresh` cookie, which scripts cannot read, and this
   * is null.
   */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** Who is signed in, and as what. */
  viewer: Viewer;
};

/** A bank of the NAPAS network. */
export type Bank = {
  /** Its six-digit BIN, as VietQR carries it. */
  bin: Scalars['String']['output'];
  /** The full Vietnamese name. */
  name: Scalars['String']['output'];
  /** The short name banking apps show (e.g. Vietcombank). */
  shortName: Scalars['String']['output'];
};

/** One line of a bank file as the import read it. */
export type BankImportLine = {
  /** Đồng received. */
  amount: Scalars['Int']['output'];
  /** The day the bank booked the transfer. */
  bookedOn: Scalars['NaiveDate']['output'];
  /** The transfer description, as the bank gives it. */
  description: Scalars['String']['output'];
  /** Already imported earlier: skipped. */
  duplicate: Scalars['Boolean']['output'];
  /** The paying firm: the one with the payer's tax code, else the suggested invoice's buyer. */
  firmName?: Maybe<Scalars['String']['output']>;
  /** The suggested invoice's series and number, e.g. `C26TAA 00000123`. */
  invoiceLabel?: Maybe<Scalars['String']['output']>;
  /** Why the suggested invoice was chosen; null when none was found, and for duplicates. */
  match?: Maybe<BankMatch>;
  /** The bank's transaction reference. */
  reference: Scalars['String']['output'];
  /** The row of the file (row 1 is the header). */
  row: Scalars['Int']['output'];
};

/** What a bank statement import found; with `commit`, what it wrote. */
export type BankImportResult = {
  /** Lines written: 0 for a preview or an invalid file. */
  created: Scalars['Int']['output'];
  /** Rows skipped because their reference was imported before. */
  duplicates: Scalars['Int']['output'];
  /** The rows that could be read, in file order, each with its suggested invoice. */
  lines: Array<BankImportLine>;
  /** Rows with a suggested invoice. */
  matched: Scalars['Int']['output'];
  /** Every problem found; any one of them keeps `commit` from writing anything. */
  problems: Array<ImportProblem>;
  /** Data rows read. */
  rows: Scalars['Int']['output'];
  /** True when no row has a problem. */
  valid: Scalars['Boolean']['output'];
};

/**
 * An incoming transfer of an imported bank statement, waiting to be confirmed as a payment
 * or set aside (operators).
 */
export type BankLine = Node & {
  /** Đồng received. */
  amount: Scalars['Int']['output'];
  /** The day the bank booked the transfer. */
  bookedOn: Scalars['NaiveDate']['output'];
  /** The transfer description, as the bank gives it. */
  description: Scalars['String']['output'];
  /**
   * The paying firm: the one with the payer's tax code, else the suggested invoice's buyer;
   * null when neither is known.
   */
  firmId?: Maybe<Scalars['ID']['output']>;
  /** That firm's name. */
  firmName?: Maybe<Scalars['String']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Why the line was ignored. */
  ignoreReason?: Maybe<Scalars['String']['output']>;
  /** When the line was imported. */
  importedAt: Scalars['DateTime']['output'];
  /** The invoice suggested (SUGGESTED) or paid (CONFIRMED). */
  invoiceId?: Maybe<Scalars['ID']['output']>;
  /** That invoice's series and number, e.g. `C26TAA 00000123`. */
  invoiceLabel?: Maybe<Scalars['String']['output']>;
  /** What is still open on that invoice now. */
  invoiceOpen?: Maybe<Scalars['Int']['output']>;
  /** Why the suggested invoice was matched; null when unmatched. */
  match?: Maybe<BankMatch>;
  /** The payer's tax code, when the statement gives one. */
  payerTaxCode?: Maybe<Scalars['String']['output']>;
  /** The payment recorded when the line was confirmed. */
  paymentId?: Maybe<Scalars['ID']['output']>;
  /** The bank's transaction reference; unique per tenant (re-importing a line is skipped). */
  reference: Scalars['String']['output'];
  /** Where the line stands. */
  status: BankLineStatus;
};

/** Imported bank lines, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type BankLineConnection = {
  /** A list of edges. */
  edges: Array<BankLineEdge>;
  /** A list of nodes. */
  nodes: Array<BankLine>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How many imported bank lines stand in each status (the bank workbench's tabs). */
export type BankLineCounts = {
  /** Recorded as payments. */
  confirmed: Scalars['Int']['output'];
  /** Set aside. */
  ignored: Scalars['Int']['output'];
  /** An invoice suggested, waiting for the operator to confirm. */
  suggested: Scalars['Int']['output'];
  /** Every line imported. */
  total: Scalars['Int']['output'];
  /** No invoice found yet. */
  unmatched: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type BankLineEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: BankLine;
};

/** Where an imported bank line stands. */
export type BankLineStatus =
  /** Recorded as a payment. */
  | 'CONFIRMED'
  /** Set aside: not a payment of an invoice, or handled elsewhere. */
  | 'IGNORED'
  /** An invoice is suggested; nothing is paid until the line is confirmed. */
  | 'SUGGESTED'
  /** No invoice found: confirm it against an invoice you choose, or ignore it. */
  | 'UNMATCHED';

/** Why a bank line was matched to an invoice. */
export type BankMatch =
  /** Only one open invoice of exactly that amount. */
  | 'AMOUNT'
  /** The payer's tax code and an open invoice of exactly that amount. */
  | 'FIRM_AND_AMOUNT'
  /**
   * The payer's tax code, and the amount is that firm's whole open balance: confirming pays
   * its open invoices, oldest due first.
   */
  | 'FIRM_BALANCE'
  /**
   * Several invoices of one firm named in the description, and the amount is what is open
   * on them together: confirming pays each of them.
   */
  | 'INVOICES_AND_AMOUNT'
  /** The invoice number in the description; the amount differs. */
  | 'NUMBER'
  /** The invoice number in the description, and the amount equals what is open. */
  | 'NUMBER_AND_AMOUNT';

/** An issued billing run. */
export type BillingRun = {
  /** When the run was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** Emails queued to announce the invoices: one per billing address of each firm billed. */
  emailsQueued: Scalars['Int']['output'];
  /**
   * Firms billed in this run with no valid billing email: nobody was told of their
   * invoices (add an address, or hand the invoices over another way).
   */
  firmsWithoutEmail: Array<UnreachableFirm>;
  /** The first late-interest notice number it took, e.g. `L26TAA 00000001`; null when none. */
  firstNoticeNumber?: Maybe<Scalars['String']['output']>;
  /** The first VAT invoice number it took, e.g. `C26TAA 00000001`; null when it issued none. */
  firstNumber?: Maybe<Scalars['String']['output']>;
  /** Identifies the run. */
  id: Scalars['ID']['output'];
  /** Documents issued: the invoices and the late-interest notices. */
  invoiceCount: Scalars['Int']['output'];
  /** The last late-interest notice number it took; null when it issued none. */
  lastNoticeNumber?: Maybe<Scalars['String']['output']>;
  /** The last VAT invoice number it took; null when it issued none. */
  lastNumber?: Maybe<Scalars['String']['output']>;
  /** Lines across those invoices. */
  lineCount: Scalars['Int']['output'];
  /** Late-interest notices among the documents issued (numbered in a series of their own). */
  noticeCount: Scalars['Int']['output'];
  /** Last day of the billed period. */
  periodEnd: Scalars['NaiveDate']['output'];
  /** Month or quarter. */
  periodKind: PeriodKind;
  /** First day of the billed period. */
  periodStart: Scalars['NaiveDate']['output'];
  /** What the invoices add up to, VAT included, đồng. */
  total: Scalars['Int']['output'];
};

/** One thing to fix before a billing run can issue. */
export type BillingRunBlocker = {
  /**
   * The firm to fix (link to its register entry), or null for the operator's billing
   * settings.
   */
  firmId?: Maybe<Scalars['ID']['output']>;
  /** The same, for a person (English text). */
  message: Scalars['String']['output'];
  /** The firm's name, or the seller's for the settings. */
  name: Scalars['String']['output'];
  /** What is missing or wrong. */
  problem: BillingRunProblem;
};

/** What a billing run is for. */
export type BillingRunInput = {
  /** One cluster; omitted: every cluster of the tenant. */
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  /** Bill a month or a quarter. */
  periodKind: PeriodKind;
  /** First day of the month (or of the quarter). */
  periodStart: Scalars['NaiveDate']['input'];
};

/** What a billing run would issue; nothing is written. */
export type BillingRunPreview = {
  /** Leases of the period already invoiced for it (a second run bills them no more). */
  alreadyBilled: Scalars['Int']['output'];
  /**
   * What must be fixed before the run can issue: `issueBillingRun` refuses (VALIDATION)
   * while any is listed. Each names the firm to fix (or none, for the billing settings).
   */
  blocking: Array<BillingRunBlocker>;
  /**
   * Documents it would issue: an invoice per lease with something to bill, and a
   * late-interest notice per lease that owes interest (unless the settings put interest on
   * the invoice).
   */
  invoiceCount: Scalars['Int']['output'];
  /** Each invoice it would issue. */
  invoices: Array<DraftInvoice>;
  /** Lines across those invoices. */
  lineCount: Scalars['Int']['output'];
  /** Last day of the period. */
  periodEnd: Scalars['NaiveDate']['output'];
  /** `10/2026` or `Q4/2026`. */
  periodLabel: Scalars['String']['output'];
  /** First day of the period. */
  periodStart: Scalars['NaiveDate']['output'];
  /** Before VAT, đồng. */
  subtotal: Scalars['Int']['output'];
  /** With VAT, đồng. */
  total: Scalars['Int']['output'];
  /** VAT, đồng. */
  vatTotal: Scalars['Int']['output'];
  /** The same warnings as codes with parameters, for the reader's language. */
  warningReasons: Array<Reason>;
  /**
   * What to check before issuing, e.g. a cluster with no maintenance-fee tariff in effect
   * (English text).
   */
  warnings: Array<Scalars['String']['output']>;
};

/**
 * What keeps a billing run from issuing: an invoice must name the seller and the buyer with
 * their registered address and a valid tax code (Decree 123/2020, art. 10).
 */
export type BillingRunProblem =
  /** The firm has no address. */
  | 'BUYER_ADDRESS_MISSING'
  /** The firm's tax code is not valid (a wrong check digit, say). */
  | 'BUYER_TAX_CODE_INVALID'
  /** The firm has no tax code. */
  | 'BUYER_TAX_CODE_MISSING'
  /** The billing settings have no seller address. */
  | 'SELLER_ADDRESS_MISSING'
  /** The billing settings have no seller tax code. */
  | 'SELLER_TAX_CODE_MISSING';

/**
 * An operator's billing settings: the seller its invoices name, the invoice series, the
 * payment term, late-payment interest and the bank account VietQR codes pay into. Operators
 * read them; operator admins change them.
 */
export type BillingSettings = {
  /** The account VietQR codes pay into; empty: invoices carry no VietQR code. */
  bankAccount: Scalars['String']['output'];
  /** The account holder's name. */
  bankAccountName: Scalars['String']['output'];
  /** The bank's six-digit BIN (NAPAS), e.g. 970436. */
  bankBin: Scalars['String']['output'];
  /** The series symbol for invoices issued today, e.g. `C26TAA`. */
  currentSeries: Scalars['String']['output'];
  /** Days from the issue date to the due date. */
  dueDays: Scalars['Int']['output'];
  /**
   * Whether billing runs put late interest on the VAT invoice (a line outside VAT, KKKNT)
   * instead of a late-interest notice of its own (the default: interest is no sale).
   */
  interestOnInvoice: Scalars['Boolean']['output'];
  /** Which day billing runs date their invoices. */
  invoiceDatePolicy: InvoiceDatePolicy;
  /** The series letters, e.g. `CTAA`. */
  invoiceSeries: Scalars['String']['output'];
  /** `1`: a VAT invoice. */
  invoiceTemplate: Scalars['String']['output'];
  /**
   * The legal basis of the late-payment rate, e.g. the lease contract and Commercial Law
   * 2005 art. 306.
   */
  lateInterestBasis: Scalars['String']['output'];
  /** The default annual late-payment interest, basis points (a lease may state its own). */
  lateInterestBp: Scalars['Int']['output'];
  /** Whether the operator confirmed a commercial-law basis for a rate above 20% a year. */
  lateInterestCommercial: Scalars['Boolean']['output'];
  /**
   * A warning when the default rate is above the Civil Code's 20% a year (English text);
   * null otherwise.
   */
  lateInterestWarning?: Maybe<Scalars['String']['output']>;
  /** VAT on rent, basis points. */
  rentVatBp: Scalars['Int']['output'];
  /** The seller's address on new invoices; empty until saved. */
  sellerAddress: Scalars['String']['output'];
  /** The seller's name on new invoices (the operator's name until saved). */
  sellerName: Scalars['String']['output'];
  /** The seller's tax code on new invoices; empty until saved. */
  sellerTaxCode: Scalars['String']['output'];
};

/** An operator's billing settings. */
export type BillingSettingsFields = {
  /** The account VietQR codes pay into: letters and digits, at most 19; empty: no VietQR. */
  bankAccount: Scalars['String']['input'];
  /** The account holder's name. */
  bankAccountName: Scalars['String']['input'];
  /** The bank's six-digit BIN (NAPAS), e.g. 970436. */
  bankBin: Scalars['String']['input'];
  /** Days from the issue date to the due date, 0 to 120. */
  dueDays: Scalars['Int']['input'];
  /**
   * Late interest as a line of the VAT invoice (outside VAT, KKKNT) instead of a
   * late-interest notice of its own; omitted: the saved choice stays.
   */
  interestOnInvoice?: InputMaybe<Scalars['Boolean']['input']>;
  /** Which day billing runs date their invoices; omitted: the saved policy stays. */
  invoiceDatePolicy?: InputMaybe<InvoiceDatePolicy>;
  /** Four letters: C (coded) or K, then T, then two letters, e.g. `CTAA` (→ `C26TAA`). */
  invoiceSeries: Scalars['String']['input'];
  /** The legal basis of the late-payment rate (the contract clause, the law's article). */
  lateInterestBasis: Scalars['String']['input'];
  /**
   * The default annual late-payment interest, basis points (1000 = 10%), for leases that
   * state none. Above 2000 (the Civil Code's 20%, art. 468) it needs
   * `lateInterestCommercial`, else VALIDATION on `input.lateInterestBp`.
   */
  lateInterestBp: Scalars['Int']['input'];
  /**
   * Confirms the operator's contracts are commercial, so a rate above 20% a year rests on
   * the Commercial Law (art. 306).
   */
  lateInterestCommercial?: Scalars['Boolean']['input'];
  /** VAT on rent, basis points. */
  rentVatBp: Scalars['Int']['input'];
  /** The seller's address as invoices print it. */
  sellerAddress: Scalars['String']['input'];
  /** The seller's name as invoices print it; not empty. */
  sellerName: Scalars['String']['input'];
  /** The seller's tax code: 10 digits, or 10 + "-" + 3 for a branch; may be empty. */
  sellerTaxCode: Scalars['String']['input'];
};

/** A private ICS feed of a cluster (its URL is shown only when created). */
export type CalendarFeed = {
  /** The cluster it shows. */
  clusterId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Identifies the feed. */
  id: Scalars['ID']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A new feed with its secret URL. */
export type CalendarFeedCreated = {
  /** The feed. */
  feed: CalendarFeed;
  /**
   * The secret URL to subscribe to (`…/calendar/<token>.ics`). It is shown only now: only a
   * hash of the token is kept.
   */
  url: Scalars['String']['output'];
};

/** One thing due on a day of a cluster's compliance calendar. */
export type CalendarItem = {
  /** The asset it concerns. */
  assetId?: Maybe<Scalars['ID']['output']>;
  /** The asset's code and name. */
  assetName?: Maybe<Scalars['String']['output']>;
  /** The day it is due (or the permit expires). */
  day: Scalars['NaiveDate']['output'];
  /** True when only the rule foresees it: the generator has not planned it yet. */
  forecast: Scalars['Boolean']['output'];
  /** What it is. */
  kind: CalendarItemKind;
  /** The legal basis of the schedule. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The stored occurrence, if generated. */
  occurrenceId?: Maybe<Scalars['ID']['output']>;
  /** For a permit expiry: what the permit allows. */
  permitKind?: Maybe<PermitKind>;
  /** The schedule it comes from. */
  scheduleId?: Maybe<Scalars['ID']['output']>;
  /** For an occurrence, where it stands; null for a permit. */
  status?: Maybe<CalendarItemStatus>;
  /** The schedule's title, or the permit's number. */
  title: Scalars['String']['output'];
  /** Stable across reads and the ICS feed (its event UID). */
  uid: Scalars['String']['output'];
  /** The work order it opened. */
  workOrderId?: Maybe<Scalars['ID']['output']>;
};

/** What a calendar item is. */
export type CalendarItemKind =
  /** A permit expires. */
  | 'PERMIT_EXPIRY'
  /** A report deadline (a schedule of a Circular 14/2024 report template). */
  | 'REPORT_DEADLINE'
  /** An occurrence of a preventive schedule. */
  | 'UPKEEP';

/** Where an occurrence stands, seen from the calendar. */
export type CalendarItemStatus =
  /** Its work order was cancelled. */
  | 'CANCELLED'
  /** Its work order is done (or verified). */
  | 'DONE'
  /** Its time passed while nothing ran. */
  | 'MISSED'
  /** Its work order is open or being worked. */
  | 'OPEN'
  /** Ahead: generated but not open, or only foreseen by the rule. */
  | 'PLANNED'
  /** Skipped on purpose. */
  | 'SKIPPED';

/** Cancel a request. */
export type CancelMaintenanceRequestInput = {
  /** Why, optionally. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The request (not yet in progress). */
  requestId: Scalars['ID']['input'];
};

/** Where a firm's capital comes from. */
export type CapitalOrigin =
  /** 100% domestic capital. */
  | 'DOMESTIC'
  /** 100% foreign capital. */
  | 'FOREIGN'
  /** Domestic and foreign capital together. */
  | 'JOINT_VENTURE';

/** Which charge of a cluster's tariff a rate is for. */
export type Charge =
  /** Infrastructure maintenance fee, per m² per month (or year). */
  | 'MAINTENANCE_FEE'
  /** Any other charge, billed by its tariff's unit. */
  | 'OTHER'
  /** Wastewater treatment, per m³ metered. */
  | 'WASTEWATER';

/** A step of a work order's checklist. */
export type ChecklistItem = {
  /** The answer given, if any (for a photo: the photo's ID). */
  answer?: Maybe<Scalars['String']['output']>;
  /** The corrective work order a failed answer opened. */
  correctiveWorkOrderId?: Maybe<Scalars['ID']['output']>;
  /** Ticked. */
  done: Scalars['Boolean']['output'];
  /** Identifies the step. */
  id: Scalars['ID']['output'];
  /** The kind of answer, for a step copied from an upkeep schedule (null: a plain step). */
  kind?: Maybe<ChecklistKind>;
  /** What to do. */
  label: Scalars['String']['output'];
  /** For a number: the greatest accepted value. */
  max?: Maybe<Scalars['Float']['output']>;
  /** For a number: the least accepted value. */
  min?: Maybe<Scalars['Float']['output']>;
  /** Whether the answer passed (null: unanswered, or no verdict). */
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** Its 320 px thumbnail. */
  photoThumbnailUrl?: Maybe<Scalars['String']['output']>;
  /** For an item answered with a photo: where the photo is (`GET` with the access token). */
  photoUrl?: Maybe<Scalars['String']['output']>;
  /** Its order, from 1. */
  position: Scalars['Int']['output'];
  /** For a number: its unit. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** The kind of answer a checklist item takes. */
export type ChecklistKind =
  /** A number with a unit, accepted within a range. */
  | 'NUMBER'
  /** Pass or fail. */
  | 'PASS_FAIL'
  /** A photo of what was inspected (answered with `answerChecklistPhoto`). */
  | 'PHOTO'
  /** Free text. */
  | 'TEXT'
  /** Yes or no. */
  | 'YES_NO';

/** One item of a checklist template. */
export type ChecklistTemplateItemFields = {
  /** The kind of answer. */
  kind: ChecklistKind;
  /** What to check. */
  label: Scalars['String']['input'];
  /** For a number: the greatest accepted value. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** For a number: the least accepted value. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** For a number: its unit (required). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** One item of a schedule's checklist template. */
export type ChecklistTemplateItemView = {
  /** The kind of answer. */
  kind: ChecklistKind;
  /** What to check. */
  label: Scalars['String']['output'];
  /** For a number: the greatest accepted value. */
  max?: Maybe<Scalars['Float']['output']>;
  /** For a number: the least accepted value. */
  min?: Maybe<Scalars['Float']['output']>;
  /** For a number: its unit. */
  unit?: Maybe<Scalars['String']['output']>;
};

/**
 * An industrial cluster (cụm công nghiệp) the operator runs: its area, establishment,
 * wastewater treatment plant and occupancy (operators).
 */
export type Cluster = Node & {
  /** Who changed what, newest first. */
  auditTrail: Array<AuditEntry>;
  /** Number of the establishment decision. */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  /**
   * The commune or ward (xã/phường) the cluster lies in, as text; older records may still
   * name the district, a level abolished on 1 July 2025.
   */
  district: Scalars['String']['output'];
  /** Optional administrative code of the district. */
  districtCode?: Maybe<Scalars['String']['output']>;
  /** True when the newest effluent sample of any of its plants is over a discharge limit. */
  effluentOverLimit: Scalars['Boolean']['output'];
  /** Date of the establishment decision. */
  establishedOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Leasable industrial area, m². */
  leasableAreaM2: Scalars['Int']['output'];
  /** The cluster's name, e.g. "CCN Đồng Sóc". */
  name: Scalars['String']['output'];
  /** Occupancy on the date the query asked for (today by default). */
  occupancy: Occupancy;
  /** Province, as text (administrative units change). */
  province: Scalars['String']['output'];
  /** Optional administrative code of the province. */
  provinceCode?: Maybe<Scalars['String']['output']>;
  /** Planned, under construction or operating. */
  status: ClusterStatus;
  /** Total area, m² (1 ha = 10 000 m²). */
  totalAreaM2: Scalars['Int']['output'];
  /** The wastewater treatment plant. */
  wastewater: Wastewater;
};

/** Clusters, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type ClusterConnection = {
  /** A list of edges. */
  edges: Array<ClusterEdge>;
  /** A list of nodes. */
  nodes: Array<Cluster>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ClusterEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Cluster;
};

/** A cluster's facts. */
export type ClusterFields = {
  /** Number of the establishment decision. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  /**
   * The commune or ward (xã/phường) since the district level was abolished on 1 July 2025,
   * as text, not empty.
   */
  district: Scalars['String']['input'];
  /** Optional administrative code of the district. */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  /** Date of the establishment decision. */
  establishedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** Leasable industrial area, m². */
  leasableAreaM2: Scalars['Int']['input'];
  /** The cluster's name; not empty. */
  name: Scalars['String']['input'];
  /** Province, as text (administrative units change). */
  province: Scalars['String']['input'];
  /** Optional administrative code of the province. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Planned, under construction or operating. */
  status: ClusterStatus;
  /** Total area, m² (1 ha = 10 000 m²). */
  totalAreaM2: Scalars['Int']['input'];
  /** Design capacity of the plant, m³/day; omit when there is none. */
  wwtpCapacityM3Day?: InputMaybe<Scalars['Int']['input']>;
  /** When the plant's discharge permit expires. */
  wwtpPermitExpiresOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** Whether a wastewater treatment plant exists. */
  wwtpPresent: Scalars['Boolean']['input'];
  /** The plant's state; NONE when there is none. */
  wwtpStatus: WwtpStatus;
};

/**
 * One cluster's maintenance figures, for the province's authority: counts and median time,
 * no names of firms or requests.
 */
export type ClusterMaintenanceStatistics = {
  /** The cluster's name. */
  clusterName: Scalars['String']['output'];
  /** Median hours from filing to resolution; null without resolved requests. */
  medianResolutionHours?: Maybe<Scalars['Float']['output']>;
  /** Requests not yet resolved, rejected or cancelled. */
  openRequests: Scalars['Int']['output'];
  /** Its operator. */
  operatorName: Scalars['String']['output'];
  /** Requests resolved or closed. */
  resolvedRequests: Scalars['Int']['output'];
};

/** A cluster's name, wastewater plant and occupancy. */
export type ClusterOccupancy = {
  /** Which cluster. */
  cluster: ClusterSummary;
  /** Its occupancy on the overview's date. */
  occupancy: Occupancy;
  /** Its wastewater treatment plant. */
  wastewater: Wastewater;
};

/**
 * How to sort a list: a field and a direction (ASC unless given). Rows with equal values keep
 * a stable order, so pages neither overlap nor skip.
 */
export type ClusterOrder = {
  /** ASC (the default) or DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: ClusterOrderField;
};

/** What the clusters list can be sorted by. */
export type ClusterOrderField =
  | 'ESTABLISHED_ON'
  | 'LEASABLE_AREA'
  | 'NAME'
  /** Province, district, then name. */
  | 'PROVINCE'
  | 'STATUS';

/** Where a cluster is in its life. */
export type ClusterStatus =
  | 'OPERATING'
  | 'PLANNED'
  | 'UNDER_CONSTRUCTION';

/** A cluster's id and name, where a list shows where something is. */
export type ClusterSummary = {
  /** The cluster's global ID. */
  id: Scalars['ID']['output'];
  /** The cluster's name. */
  name: Scalars['String']['output'];
};

/** What was invoiced and collected in one month. */
export type CollectionMonth = {
  /** Payments allocated that month. */
  collected: Scalars['Int']['output'];
  /** Invoices issued that month (VAT included, credit notes deducted). */
  invoiced: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
};

/** A comment on a request. */
export type CommentOnMaintenanceRequestInput = {
  /** The text. */
  body: Scalars['String']['input'];
  /** An internal note the firm never sees (operators only). */
  internal?: Scalars['Boolean']['input'];
  /** The request. */
  requestId: Scalars['ID']['input'];
};

/** A month of a cluster's compliance calendar. */
export type ComplianceMonth = {
  /** The cluster. */
  clusterId: Scalars['ID']['output'];
  /** The month's first day. */
  firstDay: Scalars['NaiveDate']['output'];
  /** Everything due in the month, by day (permits, then reports, then upkeep) and title. */
  items: Array<CalendarItem>;
  /** The month's last day. */
  lastDay: Scalars['NaiveDate']['output'];
};

/** What applying the compliance template pack did. */
export type ComplianceTemplatesApplied = {
  /** The template keys the cluster already had a schedule of. */
  alreadyPresent: Array<Scalars['String']['output']>;
  /** The schedules it created. */
  created: Array<UpkeepSchedule>;
  /** The template keys left out: the cluster has no wastewater asset. */
  notApplicable: Array<Scalars['String']['output']>;
};

/** Confirm a resolution. */
export type ConfirmMaintenanceResolutionInput = {
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['input'];
  /** The request, RESOLVED. */
  requestId: Scalars['ID']['input'];
};

/** What a cost line is. */
export type CostKind =
  /** An external contractor, with its name and invoice number. */
  | 'CONTRACTOR'
  /** Work: minutes × đồng per hour. */
  | 'LABOUR'
  /** Materials. */
  | 'MATERIAL'
  /** Anything else. */
  | 'OTHER';

/** A cost of a work order, whole đồng. */
export type CostLine = {
  /** Đồng, more than 0 (labour: minutes × rate / 60, rounded half away from zero). */
  amount: Scalars['Int']['output'];
  /** What was bought or done. */
  description: Scalars['String']['output'];
  /** Labour: đồng per hour. */
  hourlyRate?: Maybe<Scalars['Int']['output']>;
  /** Identifies the line. */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: CostKind;
  /** Labour: minutes worked. */
  minutes?: Maybe<Scalars['Int']['output']>;
  /** The supplier or contractor. */
  supplier?: Maybe<Scalars['String']['output']>;
  /** The supplier's invoice number (the supporting document of a fund expense). */
  supplierInvoice?: Maybe<Scalars['String']['output']>;
};

/** A new operator tenant and the email of its first admin. */
export type CreateTenantInput = {
  /** The first operator admin, who receives an invitation. */
  adminEmail: Scalars['String']['input'];
  /** The operator's name, e.g. "Công ty CP Hạ tầng CCN Đồng Sóc". */
  name: Scalars['String']['input'];
  /** The province, as text. */
  province: Scalars['String']['input'];
};

/** A work order to create. */
export type CreateWorkOrderInput = {
  /** The asset of the upkeep register the work is on; its cluster is the work order's. */
  assetId?: InputMaybe<Scalars['ID']['input']>;
  /** Cluster; the first request's when omitted. */
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  /** Details; the first request's description when omitted. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The firm a chargeback bills; the first request's when omitted. */
  firmId?: InputMaybe<Scalars['ID']['input']>;
  /** Who pays; FUND when omitted. */
  fundingSource?: InputMaybe<FundingSource>;
  /** Priority; the most urgent request's (else P3) when omitted. */
  priority?: InputMaybe<MaintenancePriority>;
  /** The requests it works on; empty for an ad hoc work order. */
  requestIds?: Array<Scalars['ID']['input']>;
  /** Title; the first request's when omitted (required ad hoc). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A credit note to issue. */
export type CreditNoteFields = {
  /** The date of that agreement: not before the invoice, not after today (required). */
  agreementDate?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** The number of the written agreement with the buyer (required; Decree 70/2025). */
  agreementNumber?: InputMaybe<Scalars['String']['input']>;
  /** The issued invoice to correct. */
  invoiceId: Scalars['ID']['input'];
  /** What to take off, line by line. */
  lines: Array<CreditNoteLineFields>;
  /** Why the invoice is corrected (printed on the credit note). */
  reason: Scalars['String']['input'];
};

/** Đồng to take off one line of an invoice. */
export type CreditNoteLineFields = {
  /** Before VAT: positive, at most the line's `creditable`. */
  amount: Scalars['Int']['input'];
  /** A line of the invoice (`InvoiceLine.id`). */
  lineId: Scalars['ID']['input'];
};

/** A correction issued against an invoice (a credit note, an increase or a replacement). */
export type CreditNoteRef = {
  /** Which correction it is. */
  correction?: Maybe<InvoiceCorrection>;
  /** The credit note's global ID (an Invoice of kind CREDIT_NOTE). */
  id: Scalars['ID']['output'];
  /** Its issue date. */
  issuedOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Its series and number, e.g. `C26TAA 00000124`. */
  numberLabel: Scalars['String']['output'];
  /** Its total with VAT, đồng (negative for a decrease). */
  total: Scalars['Int']['output'];
};

/** A day of the week. */
export type DayOfWeek =
  /** Friday. */
  | 'FRI'
  /** Monday. */
  | 'MON'
  /** Saturday. */
  | 'SAT'
  /** Sunday. */
  | 'SUN'
  /** Thursday. */
  | 'THU'
  /** Tuesday. */
  | 'TUE'
  /** Wednesday. */
  | 'WED';

/** Defer a request. */
export type DeferMaintenanceRequestInput = {
  /** Why; the firm reads it. */
  reason: Scalars['String']['input'];
  /** The request. */
  requestId: Scalars['ID']['input'];
  /** Until when (after today). */
  until: Scalars['NaiveDate']['input'];
};

/** What a discharge permit allows of one parameter of the treated wastewater. */
export type DischargeLimit = {
  /** The parameter's short code, upper case (`PH`, `COD`, `BOD5`, `TSS`, `NH4`). */
  code: Scalars['String']['output'];
  /** The greatest allowed value; null: no upper limit. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The least allowed value; null: no lower limit. */
  min?: Maybe<Scalars['Float']['output']>;
  /** Its name, e.g. "Nhu cầu oxy hóa học (COD)". */
  name: Scalars['String']['output'];
  /** Its unit, e.g. mg/l, MPN/100ml; none for pH. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** One limit of a discharge permit. */
export type DischargeLimitFields = {
  /** The parameter's short code (`PH`, `COD`, …), unique in the list; compared ignoring case. */
  code: Scalars['String']['input'];
  /** The greatest allowed value; at least one of min and max, min not above max. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** The least allowed value (pH has one). */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Its name. */
  name: Scalars['String']['input'];
  /** Its unit (mg/l, MPN/100ml); empty for pH. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** The limits of a discharge permit, replacing those it had. */
export type DischargeLimitsFields = {
  /** Every limit, in the order to show them. */
  limits: Array<DischargeLimitFields>;
  /** The discharge permit of a wastewater plant. */
  permitId: Scalars['ID']['input'];
};

/**
 * Which document an invoice is: a VAT invoice, or a late-payment interest notice (no sale,
 * so no VAT invoice: its own series, never in the e-invoice export, payable like an invoice).
 */
export type DocumentType =
  /** A late-payment interest notice (thông báo tiền lãi chậm thanh toán). */
  | 'INTEREST_NOTICE'
  /** A VAT invoice (hóa đơn giá trị gia tăng), or a correction of one. */
  | 'VAT_INVOICE';

/** An invoice (or a late-interest notice) a run would issue. */
export type DraftInvoice = {
  /** The cluster of the lease. */
  clusterName: Scalars['String']['output'];
  /** A VAT invoice, or the lease's late-interest notice (its own series, no VAT). */
  documentType: DocumentType;
  /** The buyer firm. */
  firmId: Scalars['ID']['output'];
  /** The buyer's name as the invoice would print it. */
  firmName: Scalars['String']['output'];
  /** The lease it bills. */
  leaseId: Scalars['ID']['output'];
  /** The lines it would carry (ids are placeholders, nothing is creditable). */
  lines: Array<InvoiceLine>;
  /** Before VAT, đồng. */
  subtotal: Scalars['Int']['output'];
  /** With VAT, đồng. */
  total: Scalars['Int']['output'];
  /** VAT, đồng. */
  vatTotal: Scalars['Int']['output'];
};

/**
 * A sampling result of a wastewater plant, judged against the discharge permit in force on
 * the day it was sampled.
 */
export type EffluentSample = {
  /** The plant. */
  assetId: Scalars['ID']['output'];
  /** False when any value is beyond its limit. */
  compliant: Scalars['Boolean']['output'];
  /** Identifies the result. */
  id: Scalars['ID']['output'];
  /** The laboratory's report number. */
  reportNumber: Scalars['String']['output'];
  /** The day the sample was taken. */
  sampledOn: Scalars['NaiveDate']['output'];
  /** The measured values, in the permit's order. */
  values: Array<EffluentValue>;
  /** The P1 work order an over-limit result opened. */
  workOrderId?: Maybe<Scalars['ID']['output']>;
};

/** A sampling result of a plant. */
export type EffluentSampleFields = {
  /** The plant (a wastewater asset counted in m³/day, with a discharge permit). */
  assetId: Scalars['ID']['input'];
  /** The laboratory's report number. */
  reportNumber: Scalars['String']['input'];
  /** The day the sample was taken (not in the future). */
  sampledOn: Scalars['NaiveDate']['input'];
  /** The measured values, each of a parameter the permit limits. */
  values: Array<EffluentValueFields>;
};

/** One measured value of a sample, with the limit that judged it. */
export type EffluentValue = {
  /** The parameter's code. */
  code: Scalars['String']['output'];
  /** The permit's greatest allowed value on the sampling day. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The permit's least allowed value on the sampling day. */
  min?: Maybe<Scalars['Float']['output']>;
  /** The parameter's name. */
  name: Scalars['String']['output'];
  /** True when the value is beyond the limit. */
  over: Scalars['Boolean']['output'];
  /** Its unit. */
  unit?: Maybe<Scalars['String']['output']>;
  /** What the laboratory measured. */
  value: Scalars['Float']['output'];
};

/** One measured value. */
export type EffluentValueFields = {
  /** The parameter's code, as the permit names it. */
  code: Scalars['String']['input'];
  /** What the laboratory measured. */
  value: Scalars['Float']['input'];
};

/** The operator's estate on one date: every cluster and the totals. */
export type EstateOverview = {
  /** Each of the operator's clusters. */
  clusters: Array<ClusterOccupancy>;
  /** The date the figures are for. */
  on: Scalars['NaiveDate']['output'];
  /** The figures over all of them. */
  total: Occupancy;
};

/** A maintenance request to file. */
export type FileMaintenanceRequestInput = {
  /** What kind of infrastructure; OTHER when omitted. */
  category?: InputMaybe<MaintenanceCategory>;
  /** What, where, since when (at most 10,000 characters). */
  description: Scalars['String']['input'];
  /**
   * Photos (JPEG, PNG, WebP) and PDF documents, sent as a GraphQL multipart request: at
   * most 10, each at most 10 MB. Checked by content; images are stored without EXIF data.
   */
  files?: InputMaybe<Array<Scalars['Upload']['input']>>;
  /**
   * The firm it is for: an operator filing on a firm's behalf names it; an enterprise user
   * may omit it (their own firm) and may not name another.
   */
  firmId?: InputMaybe<Scalars['ID']['input']>;
  /** Where, in words, when no plot says it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The plot it concerns, if any (sets the cluster). */
  plotId?: InputMaybe<Scalars['ID']['input']>;
  /** What is broken, in a line (at most 200 characters). */
  title: Scalars['String']['input'];
  /** Urgent or a safety matter (starts at P2 instead of P3). */
  urgent?: Scalars['Boolean']['input'];
};

/** A filed request. */
export type FileMaintenanceRequestPayload = {
  /** The new request, SUBMITTED. */
  request: MaintenanceRequest;
};

/**
 * An enterprise that leases plots from the operator (a secondary investor, doanh nghiệp
 * thứ cấp). Operators see the whole register; an enterprise user only their own firm.
 */
export type Firm = Node & {
  /** Registered address, as text. */
  address?: Maybe<Scalars['String']['output']>;
  /** Who changed what, newest first (operators). */
  auditTrail: Array<AuditEntry>;
  /** Where invoices and reminders go. */
  billingEmails: Array<Scalars['String']['output']>;
  /** Where the capital comes from. */
  capitalOrigin: CapitalOrigin;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Small or medium enterprise. */
  isSme: Scalars['Boolean']['output'];
  /** The firm's registered name. */
  name: Scalars['String']['output'];
  /** Whether it still operates. */
  status: FirmStatus;
  /** Tax code (mã số thuế): 10 digits, or 10 + "-" + 3 for a branch. */
  taxCode?: Maybe<Scalars['String']['output']>;
  /** Industry (VSIC code). */
  vsicCode?: Maybe<Scalars['String']['output']>;
  /** Declared workforce. */
  workforce: Scalars['Int']['output'];
};

/** Firms, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type FirmConnection = {
  /** A list of edges. */
  edges: Array<FirmEdge>;
  /** A list of nodes. */
  nodes: Array<Firm>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type FirmEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Firm;
};

/** A firm's register entry. */
export type FirmFields = {
  /** Registered address, as text. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Where invoice emails go; none when omitted. */
  billingEmails?: Array<Scalars['String']['input']>;
  /** Where the capital comes from; DOMESTIC when omitted. */
  capitalOrigin?: InputMaybe<CapitalOrigin>;
  /**
   * A small or medium enterprise (SME Support Law); with DOMESTIC capital and an
   * enterprise's tax code its leases are in the operator's rent support programmes. False
   * when omitted.
   */
  isSme?: Scalars['Boolean']['input'];
  /** The firm's registered name; not empty. */
  name: Scalars['String']['input'];
  /** ACTIVE when omitted. */
  status?: InputMaybe<FirmStatus>;
  /** 10 digits, or 10 digits, "-" and 3 digits for a branch; unique in the tenant. */
  taxCode: Scalars['String']['input'];
  /** Industry (VSIC code): a section letter or up to 5 digits. */
  vsicCode?: InputMaybe<Scalars['String']['input']>;
  /** Declared workforce, 0 or more; 0 when omitted. */
  workforce?: Scalars['Int']['input'];
};

/**
 * How to sort a list: a field and a direction (ASC unless given). Rows with equal values keep
 * a stable order, so pages neither overlap nor skip.
 */
export type FirmOrder = {
  /** ASC (the default) or DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: FirmOrderField;
};

/** What the firms list can be sorted by. */
export type FirmOrderField =
  | 'NAME'
  /** When the firm was entered. */
  | 'REGISTERED'
  | 'TAX_CODE'
  | 'WORKFORCE';

/** A firm's statement of account. */
export type FirmStatement = {
  /** What the firm owed at the end of `to`, đồng (negative: the firm is in credit). */
  closingBalance: Scalars['Int']['output'];
  /** Credit notes issued in the period, VAT included, đồng (a positive number). */
  credited: Scalars['Int']['output'];
  /** Path of the CSV download (GET with the bearer token). */
  csvPath: Scalars['String']['output'];
  /** The period's invoices, credit notes and payments by date, with a running balance. */
  entries: Array<StatementEntry>;
  /** The firm's global ID. */
  firmId: Scalars['ID']['output'];
  /** The firm's registered name. */
  firmName: Scalars['String']['output'];
  /** The firm's tax code; empty when none is on file. */
  firmTaxCode: Scalars['String']['output'];
  /** First day of the statement. */
  from: Scalars['NaiveDate']['output'];
  /** Invoices issued in the period, VAT included, đồng. */
  invoiced: Scalars['Int']['output'];
  /**
   * What the firm owed before `from`, đồng: invoices and credit notes issued less
   * payments received (negative: the firm was in credit).
   */
  openingBalance: Scalars['Int']['output'];
  /** Payments received in the period, allocated or not, đồng. */
  paid: Scalars['Int']['output'];
  /** Path of the PDF document, to print or send (GET with the bearer token). */
  pdfPath: Scalars['String']['output'];
  /** Refunds given back to the firm in the period, đồng (a positive number). */
  refunded: Scalars['Int']['output'];
  /** Last day of the statement. */
  to: Scalars['NaiveDate']['output'];
  /** Payments not yet allocated to any invoice (the firm's credit), today. */
  unallocatedCredit: Scalars['Int']['output'];
};

/** Whether a firm still operates. */
export type FirmStatus =
  /** Operating. */
  | 'ACTIVE'
  /** No longer operating; kept for its leases and invoices. */
  | 'INACTIVE';

/** One reminder the next sweep would send. */
export type ForecastItem = {
  /** The amount it asks for, if any. */
  amount?: Maybe<Scalars['Int']['output']>;
  /** The firm's name. */
  firmName: Scalars['String']['output'];
  /** Its kind. */
  kind: ReminderKind;
  /** How many messages it would write. */
  recipients: Scalars['Int']['output'];
  /** Its step. */
  step: Scalars['String']['output'];
  /** What it is about. */
  summary: Scalars['String']['output'];
};

/** How many reminders of one kind the next sweep would send. */
export type ForecastKind = {
  /** Distinct firms they are about. */
  firms: Scalars['Int']['output'];
  /** The kind. */
  kind: ReminderKind;
  /** Reminders. */
  reminders: Scalars['Int']['output'];
};

/**
 * Which account pays a cost: the maintenance fund (fed by the maintenance fee) or the
 * wastewater account (fed by the wastewater price).
 */
export type FundAccount =
  /** The cluster's maintenance fund. */
  | 'MAINTENANCE_FUND'
  /** The wastewater account: the plant's operation and upkeep. */
  | 'WASTEWATER';

/** A movement of a cluster's maintenance fund. */
export type FundEntry = {
  /** The account it counts in. */
  account: FundAccount;
  /** In is positive, spending negative. */
  amount: Scalars['Int']['output'];
  /** For spending: what kind of infrastructure it kept. */
  category?: Maybe<AssetCategory>;
  /**
   * What it was for, e.g. the invoice a fee came from or the upkeep paid for, as written
   * when it was posted (the product's own words in Vietnamese; spending as entered).
   */
  description: Scalars['String']['output'];
  /** The supporting document's date. */
  documentDate?: Maybe<Scalars['NaiveDate']['output']>;
  /** For spending: the supporting document's number and date. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** The day of the movement. */
  entryOn: Scalars['NaiveDate']['output'];
  /** Fee collected and adjustments: the invoice's buyer. */
  firmName?: Maybe<Scalars['String']['output']>;
  /** Identifies the movement. */
  id: Scalars['ID']['output'];
  /**
   * Fee collected and adjustments: the number of the invoice the fee came from or the
   * adjustment corrected, e.g. `C26TAA 00000123`. With `kind` and `firmName`, what a
   * reader words the movement's origin from in their own language.
   */
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  /** What moved the fund. */
  kind: FundEntryKind;
  /** The work order it paid for. */
  workOrderId?: Maybe<Scalars['ID']['output']>;
};

/** A movement of the maintenance fund. */
export type FundEntryKind =
  /**
   * A correction of fee collected, e.g. when a credit note takes off a maintenance fee
   * already paid.
   */
  | 'ADJUSTMENT'
  /** Upkeep spending out of the fund. */
  | 'EXPENSE'
  /**
   * The maintenance-fee share of a payment, posted when the payment is allocated to an
   * invoice.
   */
  | 'FEE_COLLECTED';

/** The expenses of one category in the period, with each movement and its document. */
export type FundExpenseGroup = {
  /** The category; null when not assigned. */
  category?: Maybe<AssetCategory>;
  /** The movements, oldest first. */
  lines: Array<FundEntry>;
  /** Đồng spent (positive). */
  total: Scalars['Int']['output'];
};

/** Money in and out of a fund in one month. */
export type FundMonth = {
  /** Fee collected and upward adjustments, đồng. */
  moneyIn: Scalars['Int']['output'];
  /** Spending and downward adjustments, đồng (a positive number). */
  moneyOut: Scalars['Int']['output'];
  /** First day of the month. */
  month: Scalars['NaiveDate']['output'];
};

/** What the fund paid for in one month: the upkeep completed and what it cost. */
export type FundPaidForMonth = {
  /** Đồng spent in the month (a positive number). */
  cost: Scalars['Int']['output'];
  /** Spending entries in the month: work orders and other upkeep. */
  expenses: Scalars['Int']['output'];
  /** First day of the month. */
  month: Scalars['NaiveDate']['output'];
  /** Work orders whose verified costs the fund paid in the month. */
  workOrders: Scalars['Int']['output'];
};

/** Upkeep planned for one month, in total. */
export type FundPlannedMonth = {
  /** Đồng planned for the month. */
  amount: Scalars['Int']['output'];
  /** First day of the month. */
  month: Scalars['NaiveDate']['output'];
};

/** Money in from one source in one month. */
export type FundReceipt = {
  /** Đồng (an adjustment may be negative). */
  amount: Scalars['Int']['output'];
  /** First day of the month. */
  month: Scalars['NaiveDate']['output'];
  /** FEE_COLLECTED or ADJUSTMENT. */
  source: FundEntryKind;
};

/**
 * A cluster's account over a period, as an auditor reads it. The closing balance is the
 * opening balance plus receipts less expenses, and equals every movement up to `to`.
 */
export type FundStatement = {
  /** The account. */
  account: FundAccount;
  /** Đồng on the account at the end of `to`. */
  closingBalance: Scalars['Int']['output'];
  /** The cluster's name. */
  clusterName: Scalars['String']['output'];
  /** Expenses by category. */
  expenses: Array<FundExpenseGroup>;
  /** Đồng spent in the period (positive). */
  expensesTotal: Scalars['Int']['output'];
  /** The first day of the period. */
  from: Scalars['NaiveDate']['output'];
  /** Đồng on the account before `from`. */
  openingBalance: Scalars['Int']['output'];
  /** Receipts by month and source. */
  receipts: Array<FundReceipt>;
  /** Đồng received in the period. */
  receiptsTotal: Scalars['Int']['output'];
  /** The last day of the period. */
  to: Scalars['NaiveDate']['output'];
};

/** Who pays for a work order. */
export type FundingSource =
  /**
   * The firm caused the damage: at VERIFIED, a charge the firm's next billing run puts on
   * its invoice with VAT.
   */
  | 'CHARGEBACK'
  /** The cluster's maintenance fund: at VERIFIED, one expense entry naming the work order. */
  | 'FUND'
  /** The operator's own cost (recorded only). */
  | 'OPERATOR'
  /** Under a supplier's warranty (recorded only). */
  | 'WARRANTY';

/** Why a work order is on hold. */
export type HoldReason =
  /** No access to the site. */
  | 'ACCESS'
  /** Waiting for budget approval. */
  | 'BUDGET_APPROVAL'
  /** Waiting for the contractor. */
  | 'CONTRACTOR'
  /** Another reason, in `reason`. */
  | 'OTHER'
  /** Waiting for parts. */
  | 'PARTS'
  /** Weather. */
  | 'WEATHER';

/** A day off in the SLA calendar. */
export type Holiday = {
  /** The day. */
  day: Scalars['NaiveDate']['output'];
  /** Its name, e.g. "Tết Nguyên đán". */
  name: Scalars['String']['output'];
};

/** A day off in the SLA calendar. */
export type HolidayInput = {
  /** The day. */
  day: Scalars['NaiveDate']['input'];
  /** Its name, e.g. "Tết Nguyên đán". */
  name: Scalars['String']['input'];
};

/** One problem in one row of an imported file (row 1 is the header). */
export type ImportProblem = {
  /** The column, as named in the header. */
  column: Scalars['String']['output'];
  /** What is wrong, and what the cell should hold (English text). */
  message: Scalars['String']['output'];
  /** The same as a code with parameters, for the reader's language. */
  reason: Reason;
  /** The row of the file (row 1 is the header). */
  row: Scalars['Int']['output'];
};

/** What an import found; with `commit`, what it wrote (nothing unless every row is valid). */
export type ImportResult = {
  /** Rows written: 0 for a preview or an invalid file. */
  created: Scalars['Int']['output'];
  /** Every problem found; any one of them keeps `commit` from writing anything. */
  problems: Array<ImportProblem>;
  /** Data rows read. */
  rows: Scalars['Int']['output'];
  /** True when no row has a problem. */
  valid: Scalars['Boolean']['output'];
};

/**
 * An invitation to join the tenant in a role, sent by email with a single-use link
 * (operator admins).
 */
export type Invitation = Node & {
  /** When the invitation was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited address. */
  email: Scalars['String']['output'];
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** For enterprise invitations, the firm the person will act for. */
  firm?: Maybe<Firm>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Who sent it. */
  invitedBy?: Maybe<UserSummary>;
  /** Language of the invitation email. */
  locale: Locale;
  /** The role the person will hold. */
  role: Role;
  /** Where the invitation stands now. */
  status: InvitationStatus;
};

/** Invitations, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type InvitationConnection = {
  /** A list of edges. */
  edges: Array<InvitationEdge>;
  /** A list of nodes. */
  nodes: Array<Invitation>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type InvitationEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Invitation;
};

/** What the accept-invitation page may show before sign-in. */
export type InvitationPreview = {
  /** The invited address. */
  email: Scalars['String']['output'];
  /**
   * True when the address already has an account: accepting asks for its password
   * instead of setting a new one.
   */
  existingAccount: Scalars['Boolean']['output'];
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** For enterprise invitations, the firm. */
  firmName?: Maybe<Scalars['String']['output']>;
  /** The role offered. */
  role: Role;
  /** The inviting organisation. */
  tenantName: Scalars['String']['output'];
};

/** Where an invitation stands. */
export type InvitationStatus =
  /** Accepted: the person is a member. */
  | 'ACCEPTED'
  /** Not accepted in time. */
  | 'EXPIRED'
  /** Sent, not yet accepted, still valid. */
  | 'PENDING'
  /** Withdrawn by an operator admin (or replaced by a newer invitation). */
  | 'REVOKED';

/** An invitation to send. */
export type InviteUserInput = {
  /** The address to invite. */
  email: Scalars['String']['input'];
  /** Required for ENTERPRISE invitations: the firm the user will act for. */
  firmId?: InputMaybe<Scalars['ID']['input']>;
  /** Language of the invitation email (default Vietnamese). */
  locale?: InputMaybe<Locale>;
  /** OPERATOR_ADMIN, OPERATOR_STAFF or ENTERPRISE. */
  role: Role;
};

/**
 * An invoice or a credit note. Once issued it never changes: a credit note corrects it, or
 * it is voided. Operators see every one of the tenant's; an enterprise user only their own
 * firm's. Amounts are whole đồng, negative on a credit note.
 */
export type Invoice = Node & {
  /** For a correction: the date of that agreement. */
  agreementDate?: Maybe<Scalars['NaiveDate']['output']>;
  /** For a correction: the number of the written agreement with the buyer it rests on. */
  agreementNumber?: Maybe<Scalars['String']['output']>;
  /** The payments applied to it, oldest first. */
  allocations: Array<Allocation>;
  /** The buyer's address as printed. */
  buyerAddress: Scalars['String']['output'];
  /** The buyer as printed: the firm's register entry at issue. */
  buyerName: Scalars['String']['output'];
  /** The buyer's tax code as printed. */
  buyerTaxCode: Scalars['String']['output'];
  /** The cluster billed. */
  clusterId: Scalars['ID']['output'];
  /** That cluster's name. */
  clusterName: Scalars['String']['output'];
  /**
   * For a correction: which one (a decrease, an increase or a replacement); null for an
   * ordinary invoice.
   */
  correction?: Maybe<InvoiceCorrection>;
  /**
   * Every correction issued against this invoice (adjustments either way, a replacement),
   * oldest first.
   */
  corrections: Array<CreditNoteRef>;
  /** For a correction: the invoice it corrects. */
  correctsId?: Maybe<Scalars['ID']['output']>;
  /** For a credit note: the corrected invoice's `numberLabel`. */
  correctsLabel?: Maybe<Scalars['String']['output']>;
  /**
   * For a correction: how it names its original, as printed ("Điều chỉnh cho hóa đơn Mẫu số
   * … ký hiệu … số … ngày …" or "Thay thế cho hóa đơn …").
   */
  correctsReference?: Maybe<Scalars['String']['output']>;
  /** Credit notes issued against this invoice, oldest first. */
  creditNotes: Array<CreditNoteRef>;
  /** Credit notes issued against this invoice, in total (positive đồng, VAT included). */
  credited: Scalars['Int']['output'];
  /** A VAT invoice, or a late-payment interest notice (no e-invoice XML, its own series). */
  documentType: DocumentType;
  /**
   * The last day to pay; interest runs from the day after. Null for a draft and a credit
   * note.
   */
  dueOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** The buyer firm's global ID. */
  firmId: Scalars['ID']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The invoice date; null for a draft. */
  issuedOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Invoice or credit note. */
  kind: InvoiceKind;
  /** The lease billed; null when it bills no lease. */
  leaseId?: Maybe<Scalars['ID']['output']>;
  /** Its lines, each with what may still be credited. */
  lines: Array<InvoiceLine>;
  /** For a credit note: why it was issued. */
  note?: Maybe<Scalars['String']['output']>;
  /** Sequential within the series, without gaps; null for a draft. */
  number?: Maybe<Scalars['Int']['output']>;
  /** `C26TAA 00000123`. */
  numberLabel: Scalars['String']['output'];
  /** Still to pay. */
  open: Scalars['Int']['output'];
  /** Allocated from payments so far. */
  paid: Scalars['Int']['output'];
  /** The transfer description that identifies this invoice. */
  paymentPurpose?: Maybe<Scalars['String']['output']>;
  /** Last day of the billed period. */
  periodEnd: Scalars['NaiveDate']['output'];
  /** First day of the billed period (a credit note carries its invoice's). */
  periodStart: Scalars['NaiveDate']['output'];
  /**
   * The reminders sent about it, oldest first (whoever may see the invoice, the enterprise
   * included).
   */
  reminders: Array<Reminder>;
  /** For a REPLACED invoice: its replacement. */
  replacedById?: Maybe<Scalars['ID']['output']>;
  /** The rounding rule printed on the invoice. */
  roundingRule: Scalars['String']['output'];
  /** The seller's address as printed. */
  sellerAddress: Scalars['String']['output'];
  /** The seller as printed: the operator, from its billing settings at issue. */
  sellerName: Scalars['String']['output'];
  /** The seller's tax code as printed. */
  sellerTaxCode: Scalars['String']['output'];
  /** Series symbol, e.g. `C26TAA`. */
  series: Scalars['String']['output'];
  /** Where it stands today (Asia/Ho_Chi_Minh). */
  status: InvoiceStatus;
  /** Before VAT. */
  subtotal: Scalars['Int']['output'];
  /** Template symbol, `1` for a VAT invoice. */
  template: Scalars['String']['output'];
  /** With VAT: what the invoice asks for. */
  total: Scalars['Int']['output'];
  /** The total in Vietnamese words; a decrease adjustment reads "Giảm …". */
  totalInWords: Scalars['String']['output'];
  /** VAT per rate, as the invoice prints it. */
  vatByRate: Array<VatByRate>;
  /** VAT, the sum of the lines' VAT. */
  vatTotal: Scalars['Int']['output'];
  /**
   * A VietQR payload paying what is open, with the invoice number in the purpose; null when
   * nothing is open or the operator has no bank account on file.
   */
  vietqr?: Maybe<Scalars['String']['output']>;
  /** Why it was voided; null unless VOID. */
  voidReason?: Maybe<Scalars['String']['output']>;
};


/**
 * An invoice or a credit note. Once issued it never changes: a credit note corrects it, or
 * it is voided. Operators see every one of the tenant's; an enterprise user only their own
 * firm's. Amounts are whole đồng, negative on a credit note.
 */
export type InvoiceRoundingRuleArgs = {
  english?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Invoices and credit notes, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type InvoiceConnection = {
  /** A list of edges. */
  edges: Array<InvoiceEdge>;
  /** A list of nodes. */
  nodes: Array<Invoice>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which correction of an earlier invoice a document is. */
export type InvoiceCorrection =
  /** An adjustment taking amounts off (a credit note). */
  | 'DECREASE'
  /** An adjustment adding amounts, payable like an invoice. */
  | 'INCREASE'
  /** A whole new invoice replacing the original, payable like an invoice. */
  | 'REPLACEMENT';

/**
 * Which day a billing run dates its invoices (Decree 123/2020 art. 9(2)). Never after the
 * day the run is issued, nor before an invoice with a lower number in the same series.
 */
export type InvoiceDatePolicy =
  /**
   * The last day of the billed period, when the service is complete (billing in arrears);
   * the run's day when the run is issued before the period ends.
   */
  | 'PERIOD_END'
  /** The day the run is issued. */
  | 'RUN_DATE';

/** An edge in a connection. */
export type InvoiceEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Invoice;
};

/** An invoice, or a credit note correcting one. */
export type InvoiceKind =
  /** A credit note (hóa đơn điều chỉnh giảm) correcting an issued invoice: amounts negative. */
  | 'CREDIT_NOTE'
  /** An invoice: amounts positive (a rent-support line is negative). */
  | 'INVOICE';

/** One line of an invoice (or of a previewed one). */
export type InvoiceLine = {
  /** Before VAT, rounded once. */
  amount: Scalars['Int']['output'];
  /**
   * What may still be credited on this line, before VAT (amount less earlier credit
   * notes); 0 for negative lines and previews.
   */
  creditable: Scalars['Int']['output'];
  /** The line in English. */
  descriptionEn: Scalars['String']['output'];
  /** The line as the invoice prints it, in Vietnamese. */
  descriptionVi: Scalars['String']['output'];
  /** Opaque id of the line (used by credit notes). */
  id: Scalars['ID']['output'];
  /** What the line charges for. */
  kind: LineKind;
  /**
   * Quantity in ten-thousandths, four decimals as in the e-invoice XML (15000 = 1.5,
   * 4166667 = 416.6667); `amount` is this × `unitPrice` / 10,000, rounded once.
   */
  quantityE4: Scalars['Int']['output'];
  /**
   * The quantity in thousandths, rounded half away from zero: what this field carried
   * before quantities had four decimals, kept for clients written then.
   * @deprecated use quantityE4: quantities have four decimals now
   */
  quantityMilli: Scalars['Int']['output'];
  /** The unit as printed, e.g. `m²·năm`, `m²·tháng`, `m³`, `lần`. */
  unit: Scalars['String']['output'];
  /**
   * Đồng per unit (rent: per m² a month when the contract's yearly rate divides by 12,
   * per m² a year otherwise).
   */
  unitPrice: Scalars['Int']['output'];
  /** VAT on the line, đồng, rounded once (0 when not subject to VAT). */
  vatAmount: Scalars['Int']['output'];
  /** Null: not subject to VAT. */
  vatBp?: Maybe<Scalars['Int']['output']>;
  /**
   * Taken off `amount` before VAT: the land rent paid to the State on a rent line; 0
   * otherwise. `vatAmount` is on `amount - vatDeduction`.
   */
  vatDeduction: Scalars['Int']['output'];
};

/** Where an invoice stands: PAID and OVERDUE follow from payments and the due date. */
export type InvoiceStatus =
  /** Not issued: no number yet. */
  | 'DRAFT'
  /** Issued, nothing paid, not past due. A credit note is always ISSUED. */
  | 'ISSUED'
  /** Something still open after the due date, whether partly paid or not. */
  | 'OVERDUE'
  /** Nothing left open: paid, or taken off by credit notes. */
  | 'PAID'
  /** Partly paid, not past due. */
  | 'PARTIALLY_PAID'
  /** Replaced by another invoice, which owes instead; its number stays used. */
  | 'REPLACED'
  /** Voided; its number stays used. */
  | 'VOID';

/**
 * A firm's lease (hợp đồng thuê lại đất) of plots in one cluster: its term, rent and fees.
 * Operators see every lease; an enterprise user only their own firm's.
 */
export type Lease = Node & {
  /** Total area of the plots, m². */
  areaM2: Scalars['Int']['output'];
  /** Who changed what, newest first (operators). */
  auditTrail: Array<AuditEntry>;
  /** The cluster the plots are in. */
  cluster: ClusterSummary;
  /** When the lease was entered. */
  createdAt: Scalars['DateTime']['output'];
  /** The State's land lease decision the deductible price comes from. */
  deductibleLandBasis?: Maybe<Scalars['String']['output']>;
  /**
   * The land rent paid to the State, đồng per m² a year, deducted from the rent's VAT base;
   * null: none.
   */
  deductibleLandPricePerM2Year?: Maybe<Scalars['Int']['output']>;
  /** Deposit, đồng. */
  deposit: Scalars['Int']['output'];
  /** Last day of the term as agreed; an early end is `terminatedOn`. */
  endsOn: Scalars['NaiveDate']['output'];
  /** Rent escalation in basis points (1000 = 10%)… */
  escalationBp: Scalars['Int']['output'];
  /** …every this many years. */
  escalationEveryYears?: Maybe<Scalars['Int']['output']>;
  /** The firm leasing the plots. */
  firm: Firm;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /**
   * The contract's late-payment interest, basis points a year; null: the operator's
   * default from the billing settings applies.
   */
  lateInterestBp?: Maybe<Scalars['Int']['output']>;
  /** Whether the operator confirmed a commercial-law basis for a rate above 20% a year. */
  lateInterestCommercial: Scalars['Boolean']['output'];
  /** A maintenance fee fixed by the contract, đồng per m² per month; null: the cluster tariff. */
  maintenanceFeePerM2Month?: Maybe<Scalars['Int']['output']>;
  /** The plots leased. */
  plots: Array<LeasedPlot>;
  /** The lease this one renews. */
  renewedFromId?: Maybe<Scalars['ID']['output']>;
  /** Rent, đồng per m² per year. */
  rentPerM2Year: Scalars['Int']['output'];
  /** How often rent is billed. */
  rentSchedule: RentSchedule;
  /** First day of the term. */
  startsOn: Scalars['NaiveDate']['output'];
  /** Where the lease stands today (Asia/Ho_Chi_Minh). */
  status: LeaseStatus;
  /**
   * The province's rent support programmes this lease qualifies for, latest first: those
   * of its cluster (or of every cluster) when its firm is a small or medium enterprise with
   * fully domestic capital (operators; an enterprise user sees their own).
   */
  supportProgrammes: Array<SupportProgramme>;
  /** The last day of a terminated lease. */
  terminatedOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Why it was terminated; null unless TERMINATED. */
  terminationReason?: Maybe<Scalars['String']['output']>;
};

/** A lease that already holds a plot in the period asked about. */
export type LeaseConflict = {
  /** Last day that lease holds the plot (its termination date, if terminated). */
  endsOn: Scalars['NaiveDate']['output'];
  /** The lease holding the plot. */
  leaseId: Scalars['ID']['output'];
  /** The plot's code. */
  plotCode: Scalars['String']['output'];
  /** First day that lease holds the plot. */
  startsOn: Scalars['NaiveDate']['output'];
};

/** Leases, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type LeaseConnection = {
  /** A list of edges. */
  edges: Array<LeaseEdge>;
  /** A list of nodes. */
  nodes: Array<Lease>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type LeaseEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Lease;
};

/** A lease's terms. */
export type LeaseFields = {
  /** The State's land lease decision that price comes from (number and date). */
  deductibleLandBasis?: InputMaybe<Scalars['String']['input']>;
  /**
   * The land rent the operator pays the State for this land, đồng per m² a year (from its
   * land lease decision): VAT on the rent is computed on the rent less it (Circular
   * 219/2013 art. 7(10)(a.3)). At most the rent (VALIDATION on
   * `input.deductibleLandPricePerM2Year`); needs `deductibleLandBasis`. Omit: no deduction.
   */
  deductibleLandPricePerM2Year?: InputMaybe<Scalars['Int']['input']>;
  /** Deposit, đồng; 0 when omitted. */
  deposit?: Scalars['Int']['input'];
  /** Last day of the term. */
  endsOn: Scalars['NaiveDate']['input'];
  /** Escalation in basis points (1000 = 10%)… */
  escalationBp?: Scalars['Int']['input'];
  /** …every this many years. */
  escalationEveryYears?: InputMaybe<Scalars['Int']['input']>;
  /** The firm leasing the plots. */
  firmId: Scalars['ID']['input'];
  /**
   * The contract's late-payment interest, basis points a year (1000 = 10%); omit to use
   * the operator's default from the billing settings. Above 2000 (the Civil Code's 20%,
   * art. 468) it needs `lateInterestCommercial`.
   */
  lateInterestBp?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Confirms the contract is commercial, so a rate above 20% a year rests on the Commercial
   * Law (art. 306); without it such a rate is VALIDATION on `input.lateInterestBp`.
   */
  lateInterestCommercial?: Scalars['Boolean']['input'];
  /** A fee fixed by the contract, đồng per m² per month; omit to use the cluster tariff. */
  maintenanceFeePerM2Month?: InputMaybe<Scalars['Int']['input']>;
  /** One or more plots of one cluster. */
  plotIds: Array<Scalars['ID']['input']>;
  /** Rent, đồng per m² per year. */
  rentPerM2Year: Scalars['Int']['input'];
  /** How often rent is billed. */
  rentSchedule: RentSchedule;
  /** First day of the term. */
  startsOn: Scalars['NaiveDate']['input'];
};

/**
 * How to sort a list: a field and a direction (ASC unless given). Rows with equal values keep
 * a stable order, so pages neither overlap nor skip.
 */
export type LeaseOrder = {
  /** ASC (the default) or DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: LeaseOrderField;
};

/** What the leases list can be sorted by. */
export type LeaseOrderField =
  /** The end date, or the termination date of a terminated lease. */
  | 'ENDS_ON'
  /** When the lease was entered. */
  | 'REGISTERED'
  | 'RENT'
  | 'STARTS_ON';

/** Where a lease is in its life (EXPIRED: active, past its end date). */
export type LeaseStatus =
  /** Activated and not past its end date; it holds its plots from its start date. */
  | 'ACTIVE'
  /** Entered, not activated: holds no plot and is not billed. */
  | 'DRAFT'
  /** Activated, and its end date has passed. */
  | 'EXPIRED'
  /** Ended early; it held its plots until `terminatedOn`. */
  | 'TERMINATED';

/** A plot as a lease lists it. */
export type LeasedPlot = {
  /** Area, m². */
  areaM2: Scalars['Int']['output'];
  /** The plot's code, unique within the cluster. */
  code: Scalars['String']['output'];
  /** The plot's global ID. */
  id: Scalars['ID']['output'];
};

/** What an invoice line charges for. */
export type LineKind =
  /** Late-payment interest on an earlier invoice's overdue amount; not subject to VAT. */
  | 'LATE_INTEREST'
  /** The infrastructure maintenance fee (phí duy tu, bảo dưỡng hạ tầng). */
  | 'MAINTENANCE_FEE'
  /** Another charge of the cluster's tariff. */
  | 'OTHER'
  /** Land rent for the windows of the lease's rent schedule that start in the period. */
  | 'RENT'
  /** The province's rent support, a negative line. */
  | 'RENT_SUPPORT'
  /** Wastewater treatment, by the m³ metered. */
  | 'WASTEWATER';

/** A language of the product and its emails. */
export type Locale =
  /** English. */
  | 'EN'
  /** Tiếng Việt. */
  | 'VI';

/**
 * An email the product sent, or is trying to send, for the tenant, e.g. an invitation or a
 * notice of issued invoices (operator admins).
 */
export type MailMessage = Node & {
  /** Delivery attempts so far. */
  attempts: Scalars['Int']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The last delivery error, if the last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due (for messages not sent yet). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The recipient's address. */
  recipient: Scalars['String']['output'];
  /** When the mail server accepted it. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Delivery status. */
  status: MailStatus;
  /** Subject line. */
  subject: Scalars['String']['output'];
  /** Which template produced it (invitation, password_reset, …). */
  template: Scalars['String']['output'];
};

/** Outgoing emails, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type MailMessageConnection = {
  /** A list of edges. */
  edges: Array<MailMessageEdge>;
  /** A list of nodes. */
  nodes: Array<MailMessage>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type MailMessageEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: MailMessage;
};

/** Where a message is in its delivery. */
export type MailStatus =
  /** Withdrawn before it went (a reminder whose invoice was settled meanwhile). */
  | 'CANCELLED'
  /** Delivery gave up after repeated failures; retry it by hand. */
  | 'FAILED'
  /** Not delivered yet: waiting for an attempt, or for SMTP to be configured. */
  | 'PENDING'
  /** Accepted by the mail server. */
  | 'SENT';

/** What is broken. */
export type MaintenanceCategory =
  /** Drainage. */
  | 'DRAINAGE'
  /** Fire protection. */
  | 'FIRE_PROTECTION'
  /** Greenery. */
  | 'GREENERY'
  /** Anything else. */
  | 'OTHER'
  /** Power. */
  | 'POWER'
  /** Roads and pavements. */
  | 'ROADS'
  /** Security and fences. */
  | 'SECURITY'
  /** Street lighting. */
  | 'STREET_LIGHTING'
  /** Wastewater collection and treatment. */
  | 'WASTEWATER'
  /** Water supply. */
  | 'WATER_SUPPLY';

/** A comment on a request or a work order. */
export type MaintenanceComment = {
  /** Who wrote it. */
  authorId?: Maybe<Scalars['ID']['output']>;
  /** Their name. */
  authorName?: Maybe<Scalars['String']['output']>;
  /** The text. */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Identifies the comment. */
  id: Scalars['ID']['output'];
  /** An operator's internal note, never shown to the firm. */
  internal: Scalars['Boolean']['output'];
};

/** A transition of a request or a work order. */
export type MaintenanceEvent = {
  /** Who did it; null for the system (the 7-day auto-close, the upkeep schedule). */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** Their name; null for the system. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The state before; null for the filing or creation. */
  fromStatus?: Maybe<Scalars['String']['output']>;
  /** Identifies the event. */
  id: Scalars['ID']['output'];
  /** The priority from this event on. */
  priority: MaintenancePriority;
  /**
   * What a person typed: the question, why it was deferred, reopened, cancelled or put on
   * hold, the rejection message. Never words the server wrote.
   */
  reason?: Maybe<Scalars['String']['output']>;
  /** Why it happened, as a code (null: a plain move nobody explained). */
  reasonCode?: Maybe<MaintenanceEventReason>;
  /**
   * The code's value: a date, a rating, a priority, a reject or hold reason, a name (see
   * MaintenanceEventReason).
   */
  reasonDetail?: Maybe<Scalars['String']['output']>;
  /** The state after (a MaintenanceRequestStatus or WorkOrderStatus name). */
  toStatus: Scalars['String']['output'];
};

/**
 * Why an event happened, as a code to render in the reader's language; `reasonDetail` holds the
 * code's value and `reason` what a person typed.
 */
export type MaintenanceEventReason =
  /** A work order was assigned to the staff member or contractor named in `reasonDetail`. */
  | 'ASSIGNED'
  /** Closed by the system: resolved 7 days earlier, neither confirmed nor reopened. */
  | 'AUTO_CLOSED'
  /** Cancelled; `reason` says why, if given. */
  | 'CANCELLED'
  /** The firm confirmed the resolution with the rating in `reasonDetail` (1 to 5). */
  | 'CONFIRMED'
  /**
   * A corrective work order a failed inspection answer opened; `reasonDetail` is the
   * inspection's reference.
   */
  | 'CORRECTIVE'
  /** Put off until the date in `reasonDetail` (YYYY-MM-DD); `reason` says why. */
  | 'DEFERRED'
  /**
   * A P1 work order an effluent sample over its discharge limit opened; `reasonDetail` is
   * the day it was sampled (YYYY-MM-DD).
   */
  | 'EFFLUENT_OVER_LIMIT'
  /** A work order went on hold for the HoldReason in `reasonDetail`; `reason` adds words. */
  | 'ON_HOLD'
  /** The priority changed from the MaintenancePriority in `reasonDetail` to the event's. */
  | 'PRIORITY_CHANGED'
  /** Staff asked the requester a question (`reason` is the question). */
  | 'QUESTION'
  /** Turned down for the RejectReason in `reasonDetail`; `reason` is the message. */
  | 'REJECTED'
  /** Reopened after a resolution; `reason` says why. */
  | 'REOPENED'
  /** A work order the upkeep schedule opened, due on the date in `reasonDetail` (YYYY-MM-DD). */
  | 'SCHEDULED';

/**
 * A photo or document attached to a maintenance request. Fetch its bytes from `url` (and an
 * image's thumbnail from `thumbnailUrl`) with the same bearer token as the API.
 */
export type MaintenanceFile = {
  /** `image/jpeg`, `image/png` or `application/pdf`. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** The uploader's file name, with the extension of what is stored. */
  fileName: Scalars['String']['output'];
  /** Identifies the file. */
  id: Scalars['ID']['output'];
  /** A photo (it has a thumbnail), not a document. */
  isImage: Scalars['Boolean']['output'];
  /** Its size as stored, in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** The path to fetch a photo's thumbnail (at most 320 px) from; null for a document. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  /** The path to fetch the file from (with the bearer token). */
  url: Scalars['String']['output'];
};

/**
 * A cluster's maintenance fund at a glance. A firm leasing in the cluster sees totals only:
 * `entries` and `plans` are empty for it, since they name invoices, buyers and work orders.
 */
export type MaintenanceFund = {
  /** Đồng in the fund today: fee collected and adjustments, less spending, since the start. */
  balance: Scalars['Int']['output'];
  /**
   * The fee, đồng per m² per month, that with the fund's balance and at the collection rate
   * would just cover the planned upkeep (none: nothing planned, nothing leased, or nothing
   * collected of what fell due).
   */
  breakEvenFeePerM2Month?: Maybe<Scalars['Int']['output']>;
  /** The cluster's global ID. */
  clusterId: Scalars['ID']['output'];
  /** The cluster's name. */
  clusterName: Scalars['String']['output'];
  /** Of which the fund can expect at the collection rate. */
  collectibleFeeNext12Months: Scalars['Int']['output'];
  /**
   * The share of the maintenance fee that fell due over the last 12 months that firms have
   * paid, basis points, at most 10000 (none: nothing fell due yet, and the fee counts in
   * full).
   */
  collectionRateBp?: Maybe<Scalars['Int']['output']>;
  /**
   * (The fund's positive balance + the collectible fee) over planned upkeep, basis points
   * (10000 = covered exactly; none: nothing planned).
   */
  coverageBp?: Maybe<Scalars['Int']['output']>;
  /** The latest movements, newest first (operators; empty for a firm). */
  entries: Array<FundEntry>;
  /** What the fee brings in over 12 months at today's rate and leased area, as billed. */
  expectedFeeNext12Months: Scalars['Int']['output'];
  /** What the fund has received of that fee, whenever it was paid. */
  feeCollectedOfDue: Scalars['Int']['output'];
  /**
   * The maintenance fee (before VAT) of the issued invoices that fell due over the last 12
   * months, with their credit notes and adjustments: the base of the collection rate.
   */
  feeDueLast12Months: Scalars['Int']['output'];
  /** The maintenance fee in effect, đồng per m² per month. */
  feePerM2Month?: Maybe<Scalars['Int']['output']>;
  /** Area held by leases today, m². */
  leasedAreaM2: Scalars['Int']['output'];
  /** The last 12 months, oldest first. */
  months: Array<FundMonth>;
  /** What the fund paid for in each of the last 12 months, oldest first. */
  paidFor: Array<FundPaidForMonth>;
  /** Upkeep planned for each of the next 12 months, from this month, in total. */
  plannedMonths: Array<FundPlannedMonth>;
  /** Upkeep the fund pays planned for the next 12 months: plan lines and preventive schedules. */
  plannedNext12Months: Scalars['Int']['output'];
  /** The plan lines from this month for 12 months (operators; empty for a firm). */
  plans: Array<UpkeepPlan>;
  /** Of which the fund-paid preventive schedules (estimated cost × occurrences). */
  scheduledNext12Months: Scalars['Int']['output'];
};

/** How urgent. */
export type MaintenancePriority =
  /**
   * Emergency (fire protection down, wastewater plant stopped, cluster-wide outage): around
   * the clock, by default 1 h to respond and 24 h to resolve.
   */
  | 'P1'
  /**
   * High (a blocked drain, a section of lights out): by default 4 working hours / 3 working
   * days.
   */
  | 'P2'
  /** Normal, the default: 1 working day / 8 days. */
  | 'P3'
  /** Low (cosmetic, improvements): 2 working days / 30 days. */
  | 'P4';

/**
 * A maintenance request a firm filed: what the firm sees, with its status, SLA and promised
 * date. Operators see every one of their tenant's; an enterprise user only their firm's.
 */
export type MaintenanceRequest = Node & {
  /** The firm may confirm or reopen it now. */
  awaitingConfirmation: Scalars['Boolean']['output'];
  /** What kind of infrastructure. */
  category: MaintenanceCategory;
  /** The cluster (from the plot, else the firm's lease); null when unknown. */
  clusterId?: Maybe<Scalars['ID']['output']>;
  /** That cluster's name. */
  clusterName?: Maybe<Scalars['String']['output']>;
  /** Its thread, oldest first; a firm sees shared comments only. */
  comments: Array<MaintenanceComment>;
  /** When it was filed. */
  createdAt: Scalars['DateTime']['output'];
  /** When a DEFERRED request is taken up again. */
  deferredUntil?: Maybe<Scalars['NaiveDate']['output']>;
  /** The firm's description. */
  description: Scalars['String']['output'];
  /** The original request, for a DUPLICATE. */
  duplicateOfId?: Maybe<Scalars['ID']['output']>;
  /** Its history, oldest first: who moved it from which state to which, why, and when. */
  events: Array<MaintenanceEvent>;
  /** Its photos and documents, oldest first. */
  files: Array<MaintenanceFile>;
  /** The firm it is for. */
  firmId: Scalars['ID']['output'];
  /** That firm's name. */
  firmName: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Where, in the requester's words, when no plot says it. */
  location?: Maybe<Scalars['String']['output']>;
  /** A response or resolution still owed is past due (derived, never stored). */
  overdue: Scalars['Boolean']['output'];
  /** That plot's code. */
  plotCode?: Maybe<Scalars['String']['output']>;
  /** The plot it concerns, if one was named. */
  plotId?: Maybe<Scalars['ID']['output']>;
  /** The priority the operator set (P2 for an urgent filing, else P3, until triage). */
  priority: MaintenancePriority;
  /** The date the operator promised when acknowledging. */
  promisedOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** The firm's rating of the resolution, 1 to 5. */
  rating?: Maybe<Scalars['Int']['output']>;
  /** A short reference people read, e.g. `YC-3F2A1B`. */
  reference: Scalars['String']['output'];
  /** Why it was rejected. */
  rejectReason?: Maybe<RejectReason>;
  /** How many times the firm or staff reopened it. */
  reopenCount: Scalars['Int']['output'];
  /**
   * When it must be resolved by; pauses while waiting on the requester or deferred (then
   * it assumes the clock resumes now).
   */
  resolutionDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The operator's resolution note. */
  resolutionNote?: Maybe<Scalars['String']['output']>;
  /** When it was (last) resolved; the firm has 7 days from then to confirm or reopen. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the operator first responded. */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * When the operator must respond by (from the SLA of its priority); null when the
   * calendar has no working time.
   */
  responseDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The SLA clock stands still now (waiting on the requester, or deferred). */
  slaPaused: Scalars['Boolean']['output'];
  /** Where it stands. */
  status: MaintenanceRequestStatus;
  /** What is broken, in a line. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The requester marked it urgent or a safety matter. */
  urgent: Scalars['Boolean']['output'];
};

/** Maintenance requests, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type MaintenanceRequestConnection = {
  /** A list of edges. */
  edges: Array<MaintenanceRequestEdge>;
  /** A list of nodes. */
  nodes: Array<MaintenanceRequest>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type MaintenanceRequestEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: MaintenanceRequest;
};

/** Where a maintenance request stands. */
export type MaintenanceRequestStatus =
  /** The operator has triaged it and promised a date. */
  | 'ACKNOWLEDGED'
  /** Withdrawn by the requester or cancelled by the operator. */
  | 'CANCELLED'
  /** Finished: confirmed, or closed 7 days after resolution. */
  | 'CLOSED'
  /** Put off until a date, with a reason; the SLA clock is paused. */
  | 'DEFERRED'
  /** Work is under way. */
  | 'IN_PROGRESS'
  /** Turned down with a reason code (DUPLICATE names the original). */
  | 'REJECTED'
  /** Done; the firm confirms with a rating or reopens within 7 days, else it closes itself. */
  | 'RESOLVED'
  /** Filed; the operator has not responded yet (the response clock runs). */
  | 'SUBMITTED'
  /** The operator asked the requester something; the SLA clock is paused until they reply. */
  | 'WAITING_ON_REQUESTER';

/** An operator's maintenance settings in effect. */
export type MaintenanceSettings = {
  /** Work orders costing more than this (đồng) need an operator admin to verify them. */
  approvalThreshold: Scalars['Int']['output'];
  /**
   * Every holiday in effect (the preloaded Vietnamese public holidays of 2026 and 2027
   * unless the operator replaced a year), by day.
   */
  holidays: Array<Holiday>;
  /** Targets for P1 to P4. */
  targets: Array<SlaTarget>;
  /** Working hours, Monday to Sunday, in Asia/Ho_Chi_Minh. */
  workingHours: Array<WorkingDay>;
};

/**
 * A user's role in one tenant; an enterprise membership also names the firm the user acts
 * for. A user with several memberships switches between them.
 */
export type Membership = Node & {
  /** When the membership began. */
  createdAt: Scalars['DateTime']['output'];
  /** For enterprise users, the firm they act for. */
  firm?: Maybe<Firm>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The role held. */
  role: Role;
  /** The tenant the role is held in. */
  tenant: Tenant;
  /** The member. */
  user: UserSummary;
};

/** Members, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type MembershipConnection = {
  /** A list of edges. */
  edges: Array<MembershipEdge>;
  /** A list of nodes. */
  nodes: Array<Membership>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type MembershipEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Membership;
};

/**
 * A month's wastewater meter reading of a lease (operators). A correction adds a reading
 * and supersedes the wrong one, which stays on record.
 */
export type MeterReading = {
  /** Since the previous reading, m³. */
  consumptionM3: Scalars['Int']['output'];
  /** Why this reading replaced an earlier one; null unless it is a correction. */
  correctionReason?: Maybe<Scalars['String']['output']>;
  /** The reading this one corrects. */
  correctsId?: Maybe<Scalars['ID']['output']>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Identifies the reading (what a correction names). */
  id: Scalars['ID']['output'];
  /** The lease's global ID. */
  leaseId: Scalars['ID']['output'];
  /** The cumulative meter value, m³. */
  meterM3: Scalars['Int']['output'];
  /** First day of the month billed. */
  period: Scalars['NaiveDate']['output'];
  /** The day the meter was read. */
  readOn: Scalars['NaiveDate']['output'];
  /** When a correction replaced this reading; null while it is in force. */
  supersededAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A meter reading. */
export type MeterReadingFields = {
  /** The lease whose meter was read. */
  leaseId: Scalars['ID']['input'];
  /** The cumulative meter value, m³. */
  meterM3: Scalars['Int']['input'];
  /** Any day of the month the reading closes. */
  period: Scalars['NaiveDate']['input'];
  /** The day the meter was read. */
  readOn: Scalars['NaiveDate']['input'];
};

/** Every mutation. */
export type Mutation = {
  /**
   * Accept an invitation by setting a password (or, for an existing account, entering
   * its password); signs the user in. The refresh token goes in the httpOnly cookie, or
   * with `tokenDelivery: BODY` in `refreshToken` instead.
   */
  acceptInvitation: AuthPayload;
  /**
   * SUBMITTED → ACKNOWLEDGED (operators): sets priority, category and the promised date;
   * the requester gets an email with the date.
   */
  acknowledgeMaintenanceRequest: MaintenanceRequest;
  /** Activate a draft lease; CONFLICT when another lease holds a plot in its period (operators). */
  activateLease: Lease;
  /**
   * Records a permit of an asset (operators). An expiry before the issue date is VALIDATION
   * on `input.expiresOn`.
   */
  addAssetPermit: AssetPermit;
  /** Adds a checklist step to a work order (operators). */
  addChecklistItem: ChecklistItem;
  /** Adds a cost line to a work order (operators), until it is verified. */
  addCostLine: CostLine;
  /** Adds a version of a tariff charge; the previous version ends the day before (operators). */
  addTariffVersion: Tariff;
  /**
   * Adjusts an issued invoice, whatever its payment status (Decree 123/2020 art. 19 as
   * amended by Decree 70/2025): DECREASE issues a credit note, and what was paid beyond the
   * new total becomes the firm's credit; INCREASE issues an adjustment invoice, payable like
   * any other. Both need the written agreement with the buyer (VALIDATION on
   * input.agreementNumber / input.agreementDate); adjusting a replaced invoice or an
   * adjustment is CONFLICT (operator admins).
   */
  adjustInvoice: Invoice;
  /**
   * Answers a checklist item of an open inspection (operators): YES/NO, PASS/FAIL, a number
   * or text by the item's kind. A number outside its accepted range cannot pass; a failed
   * answer can open a corrective work order (P2, same asset) linked from the item.
   */
  answerChecklistItem: AnswerChecklistItemPayload;
  /**
   * Answers a checklist item of kind PHOTO with a photo of what was inspected (operators;
   * a GraphQL multipart request). The item's answer is the photo's ID and its `photoUrl`
   * shows it. A document or anything not a photo is VALIDATION on `input.photo`; an item of
   * another kind VALIDATION on `input.itemId`.
   */
  answerChecklistPhoto: AnswerChecklistItemPayload;
  /**
   * Applies the compliance template pack to a cluster (operators): the standard schedules it
   * lacks (wastewater daily log, effluent sampling and monitoring calibration when it has a
   * wastewater asset; fire equipment checks; road and drain inspections; the Circular
   * 14/2024 report deadlines), each with its legal basis and checklist. Applying again
   * creates nothing. Another tenant's cluster is NOT_FOUND.
   */
  applyComplianceTemplates: ComplianceTemplatesApplied;
  /**
   * ACKNOWLEDGED/IN_PROGRESS → WAITING_ON_REQUESTER (operators): the question becomes a
   * shared comment and an email; the SLA clock pauses.
   */
  askMaintenanceRequester: MaintenanceRequest;
  /**
   * Assigns a work order to a staff member or an external contractor (operators); the
   * assignee gets an email.
   */
  assignWorkOrder: WorkOrder;
  /**
   * Adds photos or documents to a request (sent as a GraphQL multipart request). An image
   * is stored re-encoded, without its EXIF data, with a thumbnail. NOT_FOUND for a request
   * the caller may not see; CONFLICT once it is closed, cancelled or rejected.
   */
  attachMaintenanceFiles: AttachMaintenanceFilesPayload;
  /** SUBMITTED/ACKNOWLEDGED/WAITING_ON_REQUESTER/DEFERRED → CANCELLED (the firm or staff). */
  cancelMaintenanceRequest: MaintenanceRequest;
  /**
   * Moves a member between OPERATOR_ADMIN and OPERATOR_STAFF (operator admin). Their
   * sessions in this tenant end at once, so the new role applies from their next sign-in.
   * VALIDATION for another role or a member who is not operator admin or staff; CONFLICT
   * when it would leave the tenant without an operator admin.
   */
  changeMemberRole: Membership;
  /**
   * Change the signed-in user's password. Every other session of the user ends and every
   * pending reset link dies; this session stays signed in.
   */
  changePassword: Scalars['Boolean']['output'];
  /** Adds a comment to a request's thread (the firm: shared; operators: shared or internal). */
  commentOnMaintenanceRequest: MaintenanceComment;
  /**
   * Confirms a bank line: records a BANK_TRANSFER payment of its amount for the invoice's
   * firm (the suggested invoice, or `invoiceId` to choose another), allocated to that invoice
   * (or, for a transfer naming several invoices of the firm, to each of them in turn) up to
   * what is open; the rest is the firm's credit. A confirmed or ignored line is CONFLICT
   * (operators).
   */
  confirmBankLine: BankLine;
  /**
   * Confirms, in one step, every suggested line whose amount is exactly what is open on what
   * it names (match NUMBER_AND_AMOUNT, INVOICES_AND_AMOUNT or FIRM_BALANCE); all or, on any
   * error, none. Returns how many were confirmed (operators).
   */
  confirmExactBankMatches: Scalars['Int']['output'];
  /** RESOLVED → CLOSED with a rating of 1 to 5 (the firm, or staff for it). */
  confirmMaintenanceResolution: MaintenanceRequest;
  /** Corrects the latest reading of a lease; the wrong one stays on record (operators). */
  correctMeterReading: MeterReading;
  /**
   * Adds an asset to the upkeep register (operators). A parent from another cluster or
   * tenant, a plot of another cluster or a code the cluster already has is VALIDATION.
   */
  createAsset: Asset;
  /**
   * Creates a private ICS feed of a cluster's compliance calendar and revokes the live one
   * before it (operator admins). The URL is in the answer only. Another tenant's cluster is
   * NOT_FOUND.
   */
  createCalendarFeed: CalendarFeedCreated;
  /** Add a cluster (operators). */
  createCluster: Cluster;
  /** Add a firm to the register (operators). */
  createFirm: Firm;
  /**
   * Create a lease: a draft, or active at once with `activate: true`, which fails with
   * CONFLICT when another lease holds one of the plots in the period (operators).
   */
  createLease: Lease;
  /** Add a plot (operators). */
  createPlot: Plot;
  /** Adds a rent support programme; the next billing runs apply it (operator admins). */
  createSupportProgramme: SupportProgramme;
  /** Creates an operator tenant and invites its first admin (platform admin). */
  createTenant: Tenant;
  /**
   * Creates a preventive schedule (operators). An invalid rule, a rule that fires more than
   * daily, or lead days longer than the interval is VALIDATION.
   */
  createUpkeepSchedule: UpkeepSchedule;
  /** Creates a work order from requests or ad hoc (operators), OPEN. */
  createWorkOrder: WorkOrder;
  /** ACKNOWLEDGED/IN_PROGRESS → DEFERRED until a date (operators); the clock pauses. */
  deferMaintenanceRequest: MaintenanceRequest;
  /**
   * Deletes a programme no invoice has used; one with claims stays on record (CONFLICT
   * `support_programme_in_use`) (operator admins).
   */
  deleteSupportProgramme: Scalars['ID']['output'];
  /** Deletes a plan line (operators); returns its ID. */
  deleteUpkeepPlan: Scalars['ID']['output'];
  /**
   * Files a maintenance request (an enterprise user for their own firm; an operator for a
   * firm, naming `firmId`). The operator's team gets an email.
   */
  fileMaintenanceRequest: FileMaintenanceRequestPayload;
  /**
   * Pause a firm's reminders until a date, or exclude the firm, with a reason (operator
   * admins and staff). A pause without an end date or a reason is VALIDATION.
   */
  holdReminders: ReminderHold;
  /** Sets a line aside (not a payment to us, or handled elsewhere) (operators). */
  ignoreBankLine: BankLine;
  /**
   * Imports assets from CSV (columns: cluster,code,name,category,parent_code,plot,location,
   * quantity,unit,commissioned_on,expected_life_years,condition,replacement_value,
   * warranty_until,notes). Without `commit` it only previews; with it, it writes every row
   * or, if any row has a problem, nothing (operators).
   */
  importAssets: ImportResult;
  /**
   * Imports a bank statement (CSV columns: date,amount,description,reference,payer_tax_code;
   * date as YYYY-MM-DD or DD/MM/YYYY; amount in whole đồng, "." or "," thousands separators
   * allowed; payer_tax_code may be empty). Each line is matched to an open invoice by the
   * invoice number in the description (e.g. "TT HD C26TAA 00000123") and by amount. Without
   * `commit` it only previews; with it, it writes every new line or, if any row has a
   * problem (bad date, amount not positive, unknown payer tax code…), nothing (operators).
   */
  importBankStatement: BankImportResult;
  /**
   * Import firms from CSV (columns: name,tax_code,address,capital_origin,is_sme,vsic_code,
   * workforce,billing_emails,status; emails separated by ";"). Same rules as `importPlots`.
   */
  importFirms: ImportResult;
  /**
   * Imports wastewater meter readings (CSV columns: cluster,plot,month,reading_m3,read_on;
   * month as YYYY-MM; read_on YYYY-MM-DD, may be empty: the month's last day). The reading
   * goes to the lease holding the plot in that month. Same preview-then-commit rules as
   * importPlots (operators).
   */
  importMeterReadings: ImportResult;
  /**
   * Import plots from CSV (columns: cluster,code,area_m2,land_use,cadastral_ref,notes).
   * Without `commit` it only previews; with it, it writes every row or, if any row has a
   * problem, nothing. A wrong header or a file that is not UTF-8 is VALIDATION (operators).
   */
  importPlots: ImportResult;
  /**
   * Invite a person to the current tenant; the email goes out with a single-use link
   * valid for 7 days (operator admin).
   */
  inviteUser: Invitation;
  /** Issues a billing run: the invoices its preview shows, numbered without gaps (operators). */
  issueBillingRun: BillingRun;
  /**
   * Issues a credit note correcting an issued invoice, paid or not: negative lines for the
   * chosen amounts with the original lines' VAT rates, numbered in the invoice's series; what
   * was paid beyond the new total becomes the firm's credit. The same as `adjustInvoice` with
   * direction DECREASE (operator admins).
   */
  issueCreditNote: Invoice;
  /** Lift a pause or exclusion now (operator admins and staff). */
  liftReminderHold: ReminderHold;
  /**
   * Sign in. The refresh token goes in the httpOnly cookie, or with
   * `tokenDelivery: BODY` in `refreshToken` instead. At most one `login` per HTTP request.
   * Errors: UNAUTHENTICATED (wrong email or password), RATE_LIMITED (too many attempts for
   * this account or from this client address: wait 15 minutes).
   */
  login: AuthPayload;
  /**
   * End the session of the refresh token (argument or cookie) and clear the cookie; its
   * access tokens stop working too. FORBIDDEN when the cookie comes with a request from
   * another site.
   */
  logout: Scalars['Boolean']['output'];
  /** Plans upkeep spending for a month of a cluster (operators). */
  planUpkeep: UpkeepPlan;
  /** Lifts a tenant's suspension (platform admin): its users can sign in again. */
  reactivateTenant: Tenant;
  /**
   * Records a sampling result of a plant, judged against the discharge permit in force on
   * the sampling day (operators). A value beyond its limit flags the cluster and opens one
   * P1 work order on the plant. Another tenant's asset is NOT_FOUND; a work that is not a
   * plant or has no discharge permit (`input.assetId`), no permit in force or a date in the
   * future (`input.sampledOn`), a parameter the permit does not limit
   * (`input.values.{i}.code`) are VALIDATION.
   */
  recordEffluentSample: RecordEffluentSamplePayload;
  /**
   * Records spending out of a cluster's maintenance fund or wastewater account (operator
   * admins). Without its supporting document (number and date) it is VALIDATION on
   * `input.documentNumber` / `input.documentDate`.
   */
  recordFundExpense: FundEntry;
  /** Records a month's meter reading of a lease (operators). */
  recordMeterReading: MeterReading;
  /**
   * Records a payment and allocates it; the same idempotency key replays the first result
   * (operators).
   */
  recordPayment: Payment;
  /**
   * Gives part or all of a firm's credit (what its payments left unallocated, e.g. after a
   * decrease on a paid invoice) back to it, oldest payment first (operator admins). More
   * than the credit is VALIDATION on input.amount; a day after today on input.refundedOn.
   */
  recordRefund: Array<Refund>;
  /**
   * Exchange a refresh token for new tokens. Given as the argument, the new refresh token
   * comes back in `refreshToken`; omitted, the httpOnly cookie is used and renewed (and
   * `refreshToken` is null). The presented token is used up; presenting it again ends the
   * session. FORBIDDEN when the cookie comes with a request from another site.
   */
  refresh: AuthPayload;
  /** SUBMITTED/ACKNOWLEDGED → REJECTED with a reason code (operators). */
  rejectMaintenanceRequest: MaintenanceRequest;
  /**
   * Removes a cost line (operators), until the work order is verified; returns the work
   * order.
   */
  removeCostLine: WorkOrder;
  /**
   * Removes a member from the current tenant (operator admin). Their sessions in this
   * tenant end at once: refresh tokens stop working and so do their access tokens. Returns
   * the removed membership's ID. NOT_FOUND for a membership of another tenant; CONFLICT for
   * the tenant's last operator admin.
   */
  removeMember: Scalars['ID']['output'];
  /**
   * Renew an active or expired lease: a linked draft from the day after it ends to
   * `endsOn`, at the old rent unless a new one is given (operators).
   */
  renewLease: Lease;
  /** RESOLVED → IN_PROGRESS (the firm within 7 days of the resolution, or staff). */
  reopenMaintenanceRequest: MaintenanceRequest;
  /**
   * Replaces an issued invoice with a new one that names it, whatever its payment status:
   * the original becomes REPLACED and owes nothing; what was paid on it pays the
   * replacement. Needs the written agreement with the buyer; an invoice with adjustments or
   * already replaced is CONFLICT; a replacement that changes nothing is VALIDATION on
   * input.lines (operator admins).
   */
  replaceInvoice: Invoice;
  /**
   * WAITING_ON_REQUESTER → the state before (the firm, or staff for it): the answer
   * becomes a shared comment; the clock resumes.
   */
  replyToMaintenanceRequest: MaintenanceRequest;
  /**
   * Email a password reset link. Returns true whether or not the email is known (the link
   * is sent within a second when it is). RATE_LIMITED after a few requests for one address
   * or many from one client address within an hour.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /**
   * Set a new password with a reset link's token; every other link of the account dies and
   * every session of the account ends.
   */
  resetPassword: Scalars['Boolean']['output'];
  /**
   * ACKNOWLEDGED/IN_PROGRESS → RESOLVED (operators): the requester gets an email with
   * Confirm and Reopen links.
   */
  resolveMaintenanceRequest: MaintenanceRequest;
  /** DEFERRED → ACKNOWLEDGED (operators). */
  resumeMaintenanceRequest: MaintenanceRequest;
  /**
   * Make a pending or failed message due for delivery now (operator admin). A message
   * already sent is CONFLICT.
   */
  retryMail: MailMessage;
  /**
   * Revokes an ICS feed (operator admins): its URL answers 404 from now on. Another
   * tenant's feed is NOT_FOUND; one already revoked CONFLICT.
   */
  revokeCalendarFeed: CalendarFeed;
  /** Withdraw a pending invitation (operator admin). */
  revokeInvitation: Invitation;
  /** Ticks or unticks a checklist step (operators). */
  setChecklistItem: ChecklistItem;
  /**
   * Sets the limits of a plant's discharge permit, replacing those it had (operators).
   * Another tenant's permit is NOT_FOUND; a permit that is not a wastewater plant's
   * discharge permit is VALIDATION on `input.permitId`; a minimum above the maximum is
   * VALIDATION on `input.limits.{i}.max`.
   */
  setDischargeLimits: Array<DischargeLimit>;
  /**
   * Replaces a year's holidays in the SLA calendar (operator admins); an empty list goes
   * back to the preloaded Vietnamese public holidays of that year.
   */
  setMaintenanceHolidays: MaintenanceSettings;
  /**
   * Changes a request's priority (operators); an event, and the SLA is recomputed from the
   * filing with the new priority.
   */
  setMaintenanceRequestPriority: MaintenanceRequest;
  /**
   * Skips a planned occurrence, with a reason (operators). One already opened, skipped or
   * missed is CONFLICT.
   */
  skipUpkeepOccurrence: UpkeepOccurrence;
  /** ACKNOWLEDGED → IN_PROGRESS (operators; also happens when a linked work order starts). */
  startMaintenanceRequest: MaintenanceRequest;
  /**
   * Suspends an operator tenant (platform admin): its users cannot sign in, and the sessions
   * they hold end at once; its data is kept. Suspending a suspended tenant changes nothing.
   * VALIDATION on `reason` when it is empty; NOT_FOUND for an unknown tenant or an authority.
   */
  suspendTenant: Tenant;
  /**
   * Switch to another membership of the signed-in user; returns tokens for it and ends the
   * current session (the `refreshToken` argument's, or the cookie's). The new refresh token
   * comes back the way the current one came: in `refreshToken` when given as the argument,
   * otherwise in the cookie.
   */
  switchMembership: AuthPayload;
  /** End an active lease early; `on` is its last day (operators). */
  terminateLease: Lease;
  /**
   * Moves a work order (operators). VERIFIED needs cost lines or `noCost`, an operator admin
   * when the costs exceed the approval threshold, and posts the costs exactly once (FUND:
   * the cluster's fund; CHARGEBACK: the firm's next invoice). Starting it starts its
   * acknowledged requests.
   */
  transitionWorkOrder: WorkOrder;
  /**
   * Changes an asset (operators). Making it sit below itself or below one of its own
   * children is VALIDATION on `input.parentId`.
   */
  updateAsset: Asset;
  /** Saves the billing settings (operator admins). */
  updateBillingSettings: BillingSettings;
  /** Change a cluster (operators). */
  updateCluster: Cluster;
  /** Change a firm's register entry (operators). */
  updateFirm: Firm;
  /** Change a draft or active lease; a terminated lease is CONFLICT (operators). */
  updateLease: Lease;
  /** Changes SLA targets, working hours or the approval threshold (operator admins). */
  updateMaintenanceSettings: MaintenanceSettings;
  /** Change a plot (operators). */
  updatePlot: Plot;
  /** Change the signed-in user's name or language. */
  updateProfile: Viewer;
  /**
   * Replace the reminder settings of the operator or of one cluster (operator admins).
   * Duplicate or negative ladder days, a window ending before it starts, a template with an
   * unknown placeholder or unbalanced markup: VALIDATION on each field, nothing written.
   */
  updateReminderSettings: ReminderSettings;
  /**
   * Changes a programme; invoices already issued keep their support and claims (operator
   * admins).
   */
  updateSupportProgramme: SupportProgramme;
  /**
   * Corrects an operator tenant's name and province (platform admin). NOT_FOUND for an
   * unknown tenant or an authority; VALIDATION with field paths under `input.`.
   */
  updateTenant: Tenant;
  /** Changes a plan line (operators). */
  updateUpkeepPlan: UpkeepPlan;
  /**
   * Changes a schedule (operators): its future occurrences that have not opened are
   * generated again from the new rule.
   */
  updateUpkeepSchedule: UpkeepSchedule;
  /** Changes a work order's priority, funding source, cluster or billed firm (operators). */
  updateWorkOrder: WorkOrder;
  /**
   * Voids a draft invoice, or waives an issued late-interest notice nothing was paid on
   * (CONFLICT `paid_notice_not_waived` otherwise; the days it charged are not charged
   * again) (operator admins). An issued invoice is corrected by an adjustment or a
   * replacement, never voided: CONFLICT.
   */
  voidInvoice: Invoice;
};


/** Every mutation. */
export type MutationAcceptInvitationArgs = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
  tokenDelivery?: TokenDelivery;
};


/** Every mutation. */
export type MutationAcknowledgeMaintenanceRequestArgs = {
  input: AcknowledgeMaintenanceRequestInput;
};


/** Every mutation. */
export type MutationActivateLeaseArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationAddAssetPermitArgs = {
  input: PermitFields;
};


/** Every mutation. */
export type MutationAddChecklistItemArgs = {
  input: AddChecklistItemInput;
};


/** Every mutation. */
export type MutationAddCostLineArgs = {
  input: AddCostLineInput;
};


/** Every mutation. */
export type MutationAddTariffVersionArgs = {
  input: TariffFields;
};


/** Every mutation. */
export type MutationAdjustInvoiceArgs = {
  input: AdjustmentFields;
};


/** Every mutation. */
export type MutationAnswerChecklistItemArgs = {
  input: AnswerChecklistItemInput;
};


/** Every mutation. */
export type MutationAnswerChecklistPhotoArgs = {
  input: AnswerChecklistPhotoInput;
};


/** Every mutation. */
export type MutationApplyComplianceTemplatesArgs = {
  clusterId: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['NaiveDate']['input']>;
};


/** Every mutation. */
export type MutationAskMaintenanceRequesterArgs = {
  input: AskMaintenanceRequesterInput;
};


/** Every mutation. */
export type MutationAssignWorkOrderArgs = {
  input: AssignWorkOrderInput;
};


/** Every mutation. */
export type MutationAttachMaintenanceFilesArgs = {
  input: AttachMaintenanceFilesInput;
};


/** Every mutation. */
export type MutationCancelMaintenanceRequestArgs = {
  input: CancelMaintenanceRequestInput;
};


/** Every mutation. */
export type MutationChangeMemberRoleArgs = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};


/** Every mutation. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationCommentOnMaintenanceRequestArgs = {
  input: CommentOnMaintenanceRequestInput;
};


/** Every mutation. */
export type MutationConfirmBankLineArgs = {
  id: Scalars['ID']['input'];
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
};


/** Every mutation. */
export type MutationConfirmMaintenanceResolutionArgs = {
  input: ConfirmMaintenanceResolutionInput;
};


/** Every mutation. */
export type MutationCorrectMeterReadingArgs = {
  meterM3: Scalars['Int']['input'];
  readOn: Scalars['NaiveDate']['input'];
  readingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationCreateAssetArgs = {
  input: AssetFields;
};


/** Every mutation. */
export type MutationCreateCalendarFeedArgs = {
  clusterId: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationCreateClusterArgs = {
  input: ClusterFields;
};


/** Every mutation. */
export type MutationCreateFirmArgs = {
  input: FirmFields;
};


/** Every mutation. */
export type MutationCreateLeaseArgs = {
  activate?: InputMaybe<Scalars['Boolean']['input']>;
  input: LeaseFields;
};


/** Every mutation. */
export type MutationCreatePlotArgs = {
  input: PlotFields;
};


/** Every mutation. */
export type MutationCreateSupportProgrammeArgs = {
  input: SupportProgrammeFields;
};


/** Every mutation. */
export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


/** Every mutation. */
export type MutationCreateUpkeepScheduleArgs = {
  input: ScheduleFields;
};


/** Every mutation. */
export type MutationCreateWorkOrderArgs = {
  input: CreateWorkOrderInput;
};


/** Every mutation. */
export type MutationDeferMaintenanceRequestArgs = {
  input: DeferMaintenanceRequestInput;
};


/** Every mutation. */
export type MutationDeleteSupportProgrammeArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationDeleteUpkeepPlanArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationFileMaintenanceRequestArgs = {
  input: FileMaintenanceRequestInput;
};


/** Every mutation. */
export type MutationHoldRemindersArgs = {
  input: ReminderHoldFields;
};


/** Every mutation. */
export type MutationIgnoreBankLineArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationImportAssetsArgs = {
  commit?: InputMaybe<Scalars['Boolean']['input']>;
  csv: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationImportBankStatementArgs = {
  commit?: InputMaybe<Scalars['Boolean']['input']>;
  csv: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationImportFirmsArgs = {
  commit?: InputMaybe<Scalars['Boolean']['input']>;
  csv: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationImportMeterReadingsArgs = {
  commit?: InputMaybe<Scalars['Boolean']['input']>;
  csv: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationImportPlotsArgs = {
  commit?: InputMaybe<Scalars['Boolean']['input']>;
  csv: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


/** Every mutation. */
export type MutationIssueBillingRunArgs = {
  input: BillingRunInput;
};


/** Every mutation. */
export type MutationIssueCreditNoteArgs = {
  input: CreditNoteFields;
};


/** Every mutation. */
export type MutationLiftReminderHoldArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  tokenDelivery?: TokenDelivery;
};


/** Every mutation. */
export type MutationLogoutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


/** Every mutation. */
export type MutationPlanUpkeepArgs = {
  account?: InputMaybe<FundAccount>;
  amount: Scalars['Int']['input'];
  category?: InputMaybe<AssetCategory>;
  clusterId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  month: Scalars['NaiveDate']['input'];
};


/** Every mutation. */
export type MutationReactivateTenantArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationRecordEffluentSampleArgs = {
  input: EffluentSampleFields;
};


/** Every mutation. */
export type MutationRecordFundExpenseArgs = {
  account?: InputMaybe<FundAccount>;
  amount: Scalars['Int']['input'];
  category?: InputMaybe<AssetCategory>;
  clusterId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  documentDate?: InputMaybe<Scalars['NaiveDate']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  spentOn: Scalars['NaiveDate']['input'];
  workOrderId?: InputMaybe<Scalars['ID']['input']>;
};


/** Every mutation. */
export type MutationRecordMeterReadingArgs = {
  input: MeterReadingFields;
};


/** Every mutation. */
export type MutationRecordPaymentArgs = {
  input: PaymentFields;
};


/** Every mutation. */
export type MutationRecordRefundArgs = {
  input: RefundFields;
};


/** Every mutation. */
export type MutationRefreshArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


/** Every mutation. */
export type MutationRejectMaintenanceRequestArgs = {
  input: RejectMaintenanceRequestInput;
};


/** Every mutation. */
export type MutationRemoveCostLineArgs = {
  costLineId: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationRemoveMemberArgs = {
  membershipId: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationRenewLeaseArgs = {
  endsOn: Scalars['NaiveDate']['input'];
  id: Scalars['ID']['input'];
  rentPerM2Year?: InputMaybe<Scalars['Int']['input']>;
};


/** Every mutation. */
export type MutationReopenMaintenanceRequestArgs = {
  input: ReopenMaintenanceRequestInput;
};


/** Every mutation. */
export type MutationReplaceInvoiceArgs = {
  input: ReplacementFields;
};


/** Every mutation. */
export type MutationReplyToMaintenanceRequestArgs = {
  input: ReplyToMaintenanceRequestInput;
};


/** Every mutation. */
export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationResolveMaintenanceRequestArgs = {
  input: ResolveMaintenanceRequestInput;
};


/** Every mutation. */
export type MutationResumeMaintenanceRequestArgs = {
  requestId: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationRetryMailArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationRevokeCalendarFeedArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationSetChecklistItemArgs = {
  input: SetChecklistItemInput;
};


/** Every mutation. */
export type MutationSetDischargeLimitsArgs = {
  input: DischargeLimitsFields;
};


/** Every mutation. */
export type MutationSetMaintenanceHolidaysArgs = {
  input: SetMaintenanceHolidaysInput;
};


/** Every mutation. */
export type MutationSetMaintenanceRequestPriorityArgs = {
  input: SetMaintenanceRequestPriorityInput;
};


/** Every mutation. */
export type MutationSkipUpkeepOccurrenceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationStartMaintenanceRequestArgs = {
  requestId: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationSuspendTenantArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationSwitchMembershipArgs = {
  membershipId: Scalars['ID']['input'];
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


/** Every mutation. */
export type MutationTerminateLeaseArgs = {
  id: Scalars['ID']['input'];
  on: Scalars['NaiveDate']['input'];
  reason: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationTransitionWorkOrderArgs = {
  input: TransitionWorkOrderInput;
};


/** Every mutation. */
export type MutationUpdateAssetArgs = {
  id: Scalars['ID']['input'];
  input: AssetFields;
};


/** Every mutation. */
export type MutationUpdateBillingSettingsArgs = {
  input: BillingSettingsFields;
};


/** Every mutation. */
export type MutationUpdateClusterArgs = {
  id: Scalars['ID']['input'];
  input: ClusterFields;
};


/** Every mutation. */
export type MutationUpdateFirmArgs = {
  id: Scalars['ID']['input'];
  input: FirmFields;
};


/** Every mutation. */
export type MutationUpdateLeaseArgs = {
  id: Scalars['ID']['input'];
  input: LeaseFields;
};


/** Every mutation. */
export type MutationUpdateMaintenanceSettingsArgs = {
  input: UpdateMaintenanceSettingsInput;
};


/** Every mutation. */
export type MutationUpdatePlotArgs = {
  id: Scalars['ID']['input'];
  input: PlotFields;
};


/** Every mutation. */
export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


/** Every mutation. */
export type MutationUpdateReminderSettingsArgs = {
  input: ReminderSettingsFields;
};


/** Every mutation. */
export type MutationUpdateSupportProgrammeArgs = {
  id: Scalars['ID']['input'];
  input: SupportProgrammeFields;
};


/** Every mutation. */
export type MutationUpdateTenantArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTenantInput;
};


/** Every mutation. */
export type MutationUpdateUpkeepPlanArgs = {
  account?: InputMaybe<FundAccount>;
  amount: Scalars['Int']['input'];
  category?: InputMaybe<AssetCategory>;
  clusterId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  month: Scalars['NaiveDate']['input'];
};


/** Every mutation. */
export type MutationUpdateUpkeepScheduleArgs = {
  id: Scalars['ID']['input'];
  input: ScheduleFields;
};


/** Every mutation. */
export type MutationUpdateWorkOrderArgs = {
  input: UpdateWorkOrderInput;
};


/** Every mutation. */
export type MutationVoidInvoiceArgs = {
  invoiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** An object with a globally unique, opaque ID. */
export type Node = {
  /** The opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Occupancy figures (tỷ lệ lấp đầy) on one date. */
export type Occupancy = {
  /** Firms holding a lease on the date. */
  firms: Scalars['Int']['output'];
  /** Leasable industrial area, m². */
  leasableAreaM2: Scalars['Int']['output'];
  /** Area of the plots held by a lease on the date, m². */
  leasedAreaM2: Scalars['Int']['output'];
  /** The date the figures are for. */
  on: Scalars['NaiveDate']['output'];
  /** Plots no lease holds on the date. */
  plotsFree: Scalars['Int']['output'];
  /** Plots in the cluster (or clusters). */
  plotsTotal: Scalars['Int']['output'];
  /** Leased over leasable area, in basis points (10000 = 100%). */
  rateBp: Scalars['Int']['output'];
  /** Their declared workforce. */
  workforce: Scalars['Int']['output'];
};

/** Where an occurrence of a schedule stands. */
export type OccurrenceStatus =
  /** Its time passed while nothing ran; a later occurrence was opened instead. */
  | 'MISSED'
  /** Its work order is open. */
  | 'OPEN'
  /** Generated ahead; its work order opens at the due date less the lead days. */
  | 'PLANNED'
  /** Skipped on purpose, with a reason. */
  | 'SKIPPED';

/** What is waiting for an operator today; each count links to its filtered list. */
export type OperatorTodo = {
  /** Bank statement lines not yet confirmed or ignored. */
  bankLinesWaiting: Scalars['Int']['output'];
  /** Wastewater plants whose newest effluent sample is over a discharge limit. */
  effluentOverLimit: Scalars['Int']['output'];
  /**
   * Emails given up on after their last attempt; null for staff (the mail log is the
   * admins').
   */
  failedEmails?: Maybe<Scalars['Int']['output']>;
  /** Active leases ending within 90 days. */
  leasesEnding: Scalars['Int']['output'];
  /** Issued invoices still open whose due date passed in the last 7 days. */
  newlyOverdue: Scalars['Int']['output'];
  /** The day counted (Asia/Ho_Chi_Minh). */
  on: Scalars['NaiveDate']['output'];
  /** Issued invoices still open past their due date. */
  overdue: Scalars['Int']['output'];
  /** Permits of shared works expired or expiring within 90 days. */
  permitsExpiring: Scalars['Int']['output'];
  /** Maintenance requests filed and not yet acknowledged. */
  requestsToTriage: Scalars['Int']['output'];
  /**
   * The clusters with active leases that no billing run covers today, by name (empty when
   * all are billed).
   */
  unbilledClusters: Array<UnbilledCluster>;
  /**
   * The first day of this month when a cluster with active leases has no billing run
   * covering today; null when every such cluster is billed.
   */
  unbilledPeriod?: Maybe<Scalars['NaiveDate']['output']>;
};

/** Information about pagination in a connection */
export type PageInfo = {
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The operator's bank account, as a banking app shows it. */
export type Payee = {
  /** The account number. */
  account: Scalars['String']['output'];
  /** The bank's NAPAS BIN (six digits), as VietQR carries it. */
  bankBin: Scalars['String']['output'];
  /** The bank's short name (e.g. Vietcombank); null for a BIN not in the NAPAS list. */
  bankName?: Maybe<Scalars['String']['output']>;
  /** The account holder's name. */
  holder: Scalars['String']['output'];
};

/** Money received from a firm. */
export type Payment = Node & {
  /** How it was applied to invoices, oldest first. */
  allocations: Array<Allocation>;
  /** Đồng received, more than 0. */
  amount: Scalars['Int']['output'];
  /** The bank's transaction reference, for a transfer; null when none was given. */
  bankReference?: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The paying firm. */
  firmId: Scalars['ID']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** How it arrived. */
  method: PaymentMethod;
  /** The day the money arrived. */
  receivedOn: Scalars['NaiveDate']['output'];
  /** True when this call replayed an earlier payment with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** Not allocated to any invoice: the firm's credit. */
  unallocated: Scalars['Int']['output'];
  /**
   * What the operator should know about this payment (it is recorded regardless): a CASH
   * payment of 5,000,000 đồng or more gets `CASH_VAT_NOT_DEDUCTIBLE`, because the buyer
   * cannot deduct the VAT of what it paid without a non-cash payment document.
   */
  warnings: Array<PaymentWarning>;
};

/** Payments, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type PaymentConnection = {
  /** A list of edges. */
  edges: Array<PaymentEdge>;
  /** A list of nodes. */
  nodes: Array<Payment>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type PaymentEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Payment;
};

/** A payment received. */
export type PaymentFields = {
  /** Invoices to settle and how much of each; omitted: the oldest open invoices first. */
  allocations?: InputMaybe<Array<AllocationFields>>;
  /** Đồng, more than 0. */
  amount: Scalars['Int']['input'];
  /** The bank's transaction reference, for a transfer (at most 200 characters). */
  bankReference?: InputMaybe<Scalars['String']['input']>;
  /** The paying firm. */
  firmId: Scalars['ID']['input'];
  /** A key unique to this payment: sending it again replays the first result. */
  idempotencyKey: Scalars['String']['input'];
  /** How it arrived. */
  method: PaymentMethod;
  /** The day the money arrived. */
  receivedOn: Scalars['NaiveDate']['input'];
};

/** How a payment arrived. */
export type PaymentMethod =
  /**
   * A bank transfer: the norm, as a buyer deducts the VAT of a purchase of 5,000,000 đ or
   * more only when it was not paid in cash.
   */
  | 'BANK_TRANSFER'
  /** Cash. */
  | 'CASH'
  /** A transfer made by scanning an invoice's VietQR code. */
  | 'VIETQR';

/** Something the operator should know about a recorded payment. */
export type PaymentWarning = {
  /** What kind of warning, for a client to translate. */
  code: PaymentWarningCode;
  /** The warning, for a person (English text). */
  message: Scalars['String']['output'];
};

/** The kind of a payment warning. */
export type PaymentWarningCode =
  /**
   * Cash of 5,000,000 đồng or more: the buyer cannot deduct its VAT without a non-cash
   * payment document (VAT Law 2024, art. 14(2)(b)).
   */
  | 'CASH_VAT_NOT_DEDUCTIBLE';

/** A month or a quarter. */
export type PeriodKind =
  | 'MONTH'
  | 'QUARTER';

/** A permit of an asset. */
export type PermitFields = {
  /** The asset. */
  assetId: Scalars['ID']['input'];
  /** The day it expires (not before it was issued); null when it does not. */
  expiresOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** The day it was issued. */
  issuedOn: Scalars['NaiveDate']['input'];
  /** Who issued it. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** What it allows. */
  kind: PermitKind;
  /** Its number. */
  number: Scalars['String']['input'];
};

/** What a permit allows. */
export type PermitKind =
  /** The environmental permit to discharge treated wastewater. */
  | 'DISCHARGE'
  /** The fire safety design approval and acceptance. */
  | 'FIRE_SAFETY'
  /** Any other permit or licence. */
  | 'OTHER';

/** A plot (lô đất) of a cluster, leased to firms (operators). */
export type Plot = Node & {
  /** Area, m². */
  areaM2: Scalars['Int']['output'];
  /** Who changed what, newest first. */
  auditTrail: Array<AuditEntry>;
  /** Cadastral reference (số thửa, tờ bản đồ). */
  cadastralRef?: Maybe<Scalars['String']['output']>;
  /** The cluster it is in. */
  cluster: ClusterSummary;
  /** Code, unique within the cluster. */
  code: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Land-use purpose. */
  landUse: Scalars['String']['output'];
  /** The operator's notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Free or leased on the date the query asked for (null where not computed). */
  status?: Maybe<PlotStatus>;
};

/** Plots, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type PlotConnection = {
  /** A list of edges. */
  edges: Array<PlotEdge>;
  /** A list of nodes. */
  nodes: Array<Plot>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type PlotEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Plot;
};

/** A plot's facts. */
export type PlotFields = {
  /** Area, m², more than 0. */
  areaM2: Scalars['Int']['input'];
  /** Cadastral reference (số thửa, tờ bản đồ). */
  cadastralRef?: InputMaybe<Scalars['String']['input']>;
  /** The cluster it is in. */
  clusterId: Scalars['ID']['input'];
  /** Unique within the cluster. */
  code: Scalars['String']['input'];
  /** Land-use purpose; not empty. */
  landUse: Scalars['String']['input'];
  /** The operator's notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/**
 * How to sort a list: a field and a direction (ASC unless given). Rows with equal values keep
 * a stable order, so pages neither overlap nor skip.
 */
export type PlotOrder = {
  /** ASC (the default) or DESC. */
  direction?: SortDirection;
  /** What to sort by. */
  field: PlotOrderField;
};

/** What the plots list can be sorted by. */
export type PlotOrderField =
  | 'AREA'
  /** Cluster, then plot code. */
  | 'CODE'
  | 'LAND_USE';

/** Whether a plot is held by a lease on the date asked about. */
export type PlotStatus =
  | 'FREE'
  | 'LEASED';

/**
 * One cluster of the province as the authority sees it: aggregates only, no rents, invoices
 * or firm contacts.
 */
export type ProvinceCluster = {
  /** The cluster's name. */
  clusterName: Scalars['String']['output'];
  /** The commune or ward (or, in older records, the district), as the operator's records name it. */
  district: Scalars['String']['output'];
  /** Leased area, plots, firms and workforce on the overview's date. */
  occupancy: Occupancy;
  /** The infrastructure investor running it. */
  operatorName: Scalars['String']['output'];
  /** Planned, under construction or operating. */
  status: ClusterStatus;
  /** Total area, m² (1 ha = 10 000 m²). */
  totalAreaM2: Scalars['Int']['output'];
  /** Its plant, effluent, urgent work and upkeep done against plan. */
  upkeep: ProvinceUpkeep;
  /** Its wastewater treatment plant. */
  wastewater: Wastewater;
};

/** The province's clusters on one date (authority viewers). */
export type ProvinceOverview = {
  /** Every operator's clusters in the province. */
  clusters: Array<ProvinceCluster>;
  /** The date the figures are for. */
  on: Scalars['NaiveDate']['output'];
  /** The authority's province. */
  province: Scalars['String']['output'];
  /** The figures over all of them. */
  total: Occupancy;
};

/**
 * A cluster's upkeep as the province's authority sees it: its plant in the register, the
 * newest effluent result against the discharge permit, urgent work open, and upkeep done
 * against plan. No money, no firm.
 */
export type ProvinceUpkeep = {
  /** The registered plants' design capacity, m³/day. */
  capacityM3PerDay?: Maybe<Scalars['Int']['output']>;
  /** When the plant's discharge permit in force expires (the newest one's when none is). */
  dischargePermitExpiresOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Done against due, in basis points (10,000 = all); null when nothing was due. */
  doneRateBp?: Maybe<Scalars['Int']['output']>;
  /** The firms' metered wastewater over that month, per day (m³/day): the plant's inflow. */
  inflowM3PerDay?: Maybe<Scalars['Int']['output']>;
  /**
   * The newest month (its first day) of metered wastewater in the three months up to the
   * day; null when the firms' discharge is not metered.
   */
  inflowMonth?: Maybe<Scalars['NaiveDate']['output']>;
  /**
   * That inflow over the plants' capacity (the register's, else the cluster's declared
   * one), in basis points (10,000 = the plant is full); null without both.
   */
  inflowOfCapacityBp?: Maybe<Scalars['Int']['output']>;
  /** Whether the newest sample of every plant met the discharge permit; null without any. */
  lastSampleCompliant?: Maybe<Scalars['Boolean']['output']>;
  /** The day of the newest effluent sample. */
  lastSampleOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Of those, the ones whose work order was done or verified. */
  occurrencesDone: Scalars['Int']['output'];
  /** Upkeep occurrences due in the last 12 months (skipped ones excepted). */
  occurrencesDue: Scalars['Int']['output'];
  /** P1 (urgent) work orders not yet done, verified or cancelled. */
  openP1WorkOrders: Scalars['Int']['output'];
  /** Whether the operator's register holds a wastewater treatment plant. */
  plantRegistered: Scalars['Boolean']['output'];
};

/** Every query. */
export type Query = {
  /**
   * What a firm owes today (Asia/Ho_Chi_Minh) and the one VietQR that pays all of it: an
   * enterprise user's own firm (firmId may be omitted), an operator's chosen firm.
   */
  amountDue: AmountDue;
  /**
   * The upkeep register, optionally of one cluster or category, by cluster and code
   * (operators).
   */
  assets: Array<Asset>;
  /** How many imported bank lines stand in each status (operators). */
  bankLineCounts: BankLineCounts;
  /** Imported bank lines, newest booking first, optionally by status (operators). */
  bankLines: BankLineConnection;
  /** The banks of the NAPAS network by BIN, for choosing the operator's bank by name. */
  banks: Array<Bank>;
  /** What a billing run would issue; nothing is written (operators). */
  billingRunPreview: BillingRunPreview;
  /** The operator's billing settings (defaults until saved) (operators). */
  billingSettings: BillingSettings;
  /** The live ICS feeds of a cluster (operator admins); at most one after any change. */
  calendarFeeds: Array<CalendarFeed>;
  /** The tenant's clusters by name, with occupancy on `on` (default today) (operators). */
  clusters: ClusterConnection;
  /**
   * Invoiced and collected per month, the last `months` months up to this one, oldest first
   * (operators).
   */
  collections: Array<CollectionMonth>;
  /**
   * A month of a cluster's compliance calendar (operators): schedule occurrences (stored,
   * and foreseen by the rule beyond them), permit expiries and report deadlines. Another
   * tenant's cluster is NOT_FOUND; a year outside 2000–2100 or a month outside 1–12 is
   * VALIDATION on `year` or `month`.
   */
  complianceMonth: ComplianceMonth;
  /** The template keys of the compliance pack, in the order they are applied. */
  complianceTemplateKeys: Array<Scalars['String']['output']>;
  /** The operator's clusters and totals on `on` (default today) (operators). */
  estateOverview: EstateOverview;
  /**
   * A firm's statement of account for [from, to] (operators; an enterprise user gets their
   * own firm's and may omit firmId).
   */
  firmStatement: FirmStatement;
  /** Firms of the tenant by name, searched by name or tax code and filtered (operators). */
  firms: FirmConnection;
  /**
   * The statement of a cluster's maintenance fund (or wastewater account) for a period
   * (operators). Also as CSV at `/export/fund-statement.csv` and PDF at
   * `/documents/fund-statement.pdf`, with `cluster`, `from`, `to` and `account`.
   */
  fundStatement: FundStatement;
  /**
   * Public: what an invitation link is for. NOT_FOUND when the token is unknown, used,
   * revoked or expired.
   */
  invitationPreview: InvitationPreview;
  /** Invitations of the current tenant, newest first (operator admin). */
  invitations: InvitationConnection;
  /**
   * Invoices, newest first, filtered on the server: an operator's all, an enterprise user's
   * own firm's.
   */
  invoices: InvoiceConnection;
  /**
   * Leases that already hold any of the plots during the period: what the lease form
   * checks before saving (operators).
   */
  leaseConflicts: Array<LeaseConflict>;
  /**
   * Leases, newest start first: an operator's all, an enterprise user's own firm's
   * ("my leases"). Firms, clusters and plots load in a fixed number of statements.
   */
  leases: LeaseConnection;
  /** Outgoing mail of the current tenant, newest first (operator admin). */
  mailLog: MailMessageConnection;
  /**
   * A cluster's maintenance fund: balance, months, plan, coverage and the latest movements
   * (its operator; a firm leasing in the cluster sees its totals only, no movement or plan
   * line).
   */
  maintenanceFund: MaintenanceFund;
  /**
   * Maintenance requests, newest first: an operator's all, an enterprise user's own firm's.
   * Narrow by status (any of), priority, cluster, the staff member a linked work order is
   * assigned to, and overdue (derived from the SLA).
   */
  maintenanceRequests: MaintenanceRequestConnection;
  /** The operator's SLA targets, working hours, holidays and approval threshold (operators). */
  maintenanceSettings: MaintenanceSettings;
  /**
   * The operator's admins and staff, who work orders can be assigned to, by name
   * (operators).
   */
  maintenanceStaff: Array<StaffMember>;
  /** The signed-in user and current membership. UNAUTHENTICATED without a valid token. */
  me: Viewer;
  /** Members of the current tenant, oldest first (operator admin). */
  members: MembershipConnection;
  /** A lease's meter readings, corrections included, newest month first (operators). */
  meterReadings: Array<MeterReading>;
  /**
   * Fetches any object by its global ID. NOT_FOUND when it does not exist or the caller may
   * not see it.
   */
  node: Node;
  /**
   * What is waiting for the operator today: bank lines, billing, overdue invoices, failed
   * emails, leases ending, permits expiring, requests to triage (operator admins and staff).
   */
  operatorTodo: OperatorTodo;
  /** Payments, newest first: an operator's all (or one firm's), an enterprise user's own. */
  payments: PaymentConnection;
  /**
   * Plots by cluster and code, with their status on `on` (default today), filtered on the
   * server (operators).
   */
  plots: PlotConnection;
  /**
   * Per cluster of the province: open and resolved requests and the median time to resolve
   * (authority viewers; no names of firms or requests).
   */
  provinceMaintenance: Array<ClusterMaintenanceStatistics>;
  /**
   * Every operator's clusters in the province on `on` (default today): area, occupancy,
   * firms, workforce, wastewater status, effluent against the permit, urgent work and
   * upkeep done against plan; never rents, invoices, money or contacts (authority viewers).
   */
  provinceOverview: ProvinceOverview;
  /**
   * Open receivables by days past due on `asOf` (default today), per cluster and firm
   * (operators).
   */
  receivablesAging: ReceivablesAging;
  /**
   * What a sweep at `at` (default: tomorrow 08:00, Vietnam time) would send, computed by
   * the sweep's selection without claiming anything (operators).
   */
  reminderForecast: ReminderForecast;
  /**
   * Firms whose reminders are paused or excluded today; with a firm, all its holds
   * (operator admins and staff).
   */
  reminderHolds: Array<ReminderHold>;
  /**
   * The reminder email for a real invoice as its firm would read it, with the settings in
   * force or with a draft subject and opening (operators; checked like a saved override).
   */
  reminderPreview: ReminderPreview;
  /**
   * The reminder settings of the operator, or of one cluster with what it inherits
   * (operator admins and staff).
   */
  reminderSettings: ReminderSettings;
  /**
   * The reminders sent, newest first, filtered by kind, firm and when they were claimed
   * (operators; an enterprise user sees its own firm's invoice reminders).
   */
  remindersLog: ReminderConnection;
  /**
   * A programme's claim report for `from`–`to` (default: the programme's period); `to`
   * before `from` is VALIDATION on `to` (operators).
   */
  supportClaimReport: SupportClaimReport;
  /** The operator's rent support programmes, latest first (operators). */
  supportProgrammes: Array<SupportProgramme>;
  /** Every version of a cluster's tariff, current first within each charge (operators). */
  tariffs: Array<Tariff>;
  /** Operator tenants, by name (platform admin). */
  tenants: TenantConnection;
  /**
   * The first due dates of a rule anchored on `startsOn` (for the rule editor), at most
   * `count` (up to 50). After the last completion (`anchor`), the dates if each occurrence
   * is done on its due date. An invalid rule, one that fires more than daily, lead days
   * longer than the interval, or a rule that is not an interval after the last completion
   * is VALIDATION on `rule` or `leadDays`.
   */
  upkeepRulePreview: Array<Scalars['NaiveDate']['output']>;
  /** Preventive schedules, optionally of one cluster or asset, by title (operators). */
  upkeepSchedules: Array<UpkeepSchedule>;
  /**
   * Work orders, newest first (operators). Narrow by status (any of), priority, cluster,
   * assignee, linked request and overdue.
   */
  workOrders: WorkOrderConnection;
};


/** Every query. */
export type QueryAmountDueArgs = {
  firmId?: InputMaybe<Scalars['ID']['input']>;
};


/** Every query. */
export type QueryAssetsArgs = {
  category?: InputMaybe<AssetCategory>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
};


/** Every query. */
export type QueryBankLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BankLineStatus>;
};


/** Every query. */
export type QueryBillingRunPreviewArgs = {
  input: BillingRunInput;
};


/** Every query. */
export type QueryCalendarFeedsArgs = {
  clusterId: Scalars['ID']['input'];
};


/** Every query. */
export type QueryClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['NaiveDate']['input']>;
  orderBy?: InputMaybe<ClusterOrder>;
};


/** Every query. */
export type QueryCollectionsArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  months?: Scalars['Int']['input'];
};


/** Every query. */
export type QueryComplianceMonthArgs = {
  clusterId: Scalars['ID']['input'];
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


/** Every query. */
export type QueryEstateOverviewArgs = {
  on?: InputMaybe<Scalars['NaiveDate']['input']>;
};


/** Every query. */
export type QueryFirmStatementArgs = {
  firmId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['NaiveDate']['input'];
  to: Scalars['NaiveDate']['input'];
};


/** Every query. */
export type QueryFirmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  capitalOrigin?: InputMaybe<CapitalOrigin>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FirmOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FirmStatus>;
};


/** Every query. */
export type QueryFundStatementArgs = {
  account?: InputMaybe<FundAccount>;
  clusterId: Scalars['ID']['input'];
  from: Scalars['NaiveDate']['input'];
  to: Scalars['NaiveDate']['input'];
};


/** Every query. */
export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


/** Every query. */
export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvitationStatus>;
};


/** Every query. */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  periodFrom?: InputMaybe<Scalars['NaiveDate']['input']>;
  periodTo?: InputMaybe<Scalars['NaiveDate']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};


/** Every query. */
export type QueryLeaseConflictsArgs = {
  endsOn: Scalars['NaiveDate']['input'];
  exceptLeaseId?: InputMaybe<Scalars['ID']['input']>;
  plotIds: Array<Scalars['ID']['input']>;
  startsOn: Scalars['NaiveDate']['input'];
};


/** Every query. */
export type QueryLeasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeaseOrder>;
  status?: InputMaybe<LeaseStatus>;
};


/** Every query. */
export type QueryMailLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MailStatus>;
};


/** Every query. */
export type QueryMaintenanceFundArgs = {
  clusterId: Scalars['ID']['input'];
  entries?: Scalars['Int']['input'];
};


/** Every query. */
export type QueryMaintenanceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priority?: InputMaybe<MaintenancePriority>;
  status?: InputMaybe<Array<MaintenanceRequestStatus>>;
};


/** Every query. */
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every query. */
export type QueryMeterReadingsArgs = {
  leaseId: Scalars['ID']['input'];
};


/** Every query. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Every query. */
export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every query. */
export type QueryPlotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['NaiveDate']['input']>;
  orderBy?: InputMaybe<PlotOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PlotStatus>;
};


/** Every query. */
export type QueryProvinceOverviewArgs = {
  on?: InputMaybe<Scalars['NaiveDate']['input']>;
};


/** Every query. */
export type QueryReceivablesAgingArgs = {
  asOf?: InputMaybe<Scalars['NaiveDate']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
};


/** Every query. */
export type QueryReminderForecastArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Every query. */
export type QueryReminderHoldsArgs = {
  firmId?: InputMaybe<Scalars['ID']['input']>;
};


/** Every query. */
export type QueryReminderPreviewArgs = {
  body?: InputMaybe<Scalars['String']['input']>;
  invoiceId: Scalars['ID']['input'];
  kind: ReminderKind;
  locale: ReminderLocale;
  on?: InputMaybe<Scalars['NaiveDate']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};


/** Every query. */
export type QueryReminderSettingsArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
};


/** Every query. */
export type QueryRemindersLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<ReminderKind>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Every query. */
export type QuerySupportClaimReportArgs = {
  from?: InputMaybe<Scalars['NaiveDate']['input']>;
  programmeId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['NaiveDate']['input']>;
};


/** Every query. */
export type QueryTariffsArgs = {
  clusterId: Scalars['ID']['input'];
};


/** Every query. */
export type QueryTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every query. */
export type QueryUpkeepRulePreviewArgs = {
  anchor?: InputMaybe<ScheduleAnchor>;
  count?: Scalars['Int']['input'];
  leadDays?: Scalars['Int']['input'];
  rule: Scalars['String']['input'];
  startsOn: Scalars['NaiveDate']['input'];
};


/** Every query. */
export type QueryUpkeepSchedulesArgs = {
  assetId?: InputMaybe<Scalars['ID']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
};


/** Every query. */
export type QueryWorkOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priority?: InputMaybe<MaintenancePriority>;
  requestId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<WorkOrderStatus>>;
};

/**
 * What the server says to a person, as a stable code with typed parameters, so a client can
 * say it in its reader's language; `message` is the English default.
 */
export type Reason = {
  /**
   * The stable code, e.g. `no_cluster_with_name` (the list, with each English template:
   * `frontend/src/i18n/server-codes.json`).
   */
  code: Scalars['String']['output'];
  /** The sentence in English. */
  message: Scalars['String']['output'];
  /** The parameters the sentence names. */
  params: Array<ReasonParam>;
};

/** One parameter of a [`Reason`]. */
export type ReasonParam = {
  /** How to write the value. */
  kind: ReasonParamKind;
  /** Its name in the sentence's template, e.g. `plot`. */
  name: Scalars['String']['output'];
  /** Text as is, a number in plain digits, a day as YYYY-MM-DD. */
  value: Scalars['String']['output'];
};

/** How to write a parameter of a [`Reason`]. */
export type ReasonParamKind =
  /** A day, written in the reader's date form. */
  | 'DATE'
  /** A whole number, written with the reader's digit grouping. */
  | 'NUMBER'
  /** Shown as it is (a name, a code). */
  | 'TEXT';

/** Receivables by days past due. */
export type ReceivablesAging = {
  /** The report's date: what was open at the end of that day. */
  asOf: Scalars['NaiveDate']['output'];
  /** Clusters with anything open, by name. */
  clusters: Array<AgingRow>;
  /** Firms with anything open, largest total first. */
  firms: Array<AgingRow>;
  /** Everything open (in the cluster, when one was asked for). */
  total: AgingBuckets;
};

/** What recording a sample did. */
export type RecordEffluentSamplePayload = {
  /** The result, judged. */
  sample: EffluentSample;
  /** The P1 work order it opened when over a limit. */
  workOrderId?: Maybe<Scalars['ID']['output']>;
};

/** A refund as recorded: one row per payment whose credit it drew on. */
export type Refund = {
  /** Đồng. */
  amount: Scalars['Int']['output'];
  /** The bank's reference of the transfer. */
  bankReference: Scalars['String']['output'];
  /** The refund row's global ID. */
  id: Scalars['ID']['output'];
  /** The payment whose credit it gave back. */
  paymentId: Scalars['ID']['output'];
  /** The day the money left. */
  refundedOn: Scalars['NaiveDate']['output'];
};

/** Money given back to a firm out of its credit. */
export type RefundFields = {
  /** Đồng, positive, at most the firm's credit. */
  amount: Scalars['Int']['input'];
  /**
   * The bank's reference of the transfer (or the cash voucher's number), at most 200
   * characters.
   */
  bankReference: Scalars['String']['input'];
  /** The firm to refund. */
  firmId: Scalars['ID']['input'];
  /** A note for the statement. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day the money left; not after today. */
  refundedOn: Scalars['NaiveDate']['input'];
};

/** Reject a request. */
export type RejectMaintenanceRequestInput = {
  /** For DUPLICATE: the original request. */
  duplicateOf?: InputMaybe<Scalars['ID']['input']>;
  /** What the firm reads. */
  message: Scalars['String']['input'];
  /** The reason code. */
  reason: RejectReason;
  /** The request, SUBMITTED or ACKNOWLEDGED. */
  requestId: Scalars['ID']['input'];
};

/** Why a request was turned down. */
export type RejectReason =
  /** Already reported: `duplicateOf` names the original. */
  | 'DUPLICATE'
  /** Not the operator's to fix (inside the firm's own plot, say). */
  | 'NOT_OPERATOR_RESPONSIBILITY'
  /** Could not be found or reproduced. */
  | 'NOT_REPRODUCIBLE'
  /** Another reason, in the message. */
  | 'OTHER';

/**
 * A reminder the sweep claimed in the send ledger: each (kind, subject, step, anchor date) is
 * claimed once, whatever the number of servers, and its messages go through the outbox.
 */
export type Reminder = {
  /** The amount it asked for, in đồng, if any. */
  amount?: Maybe<Scalars['Int']['output']>;
  /** The date the step counts from (the due date, the lease's end, the statement day). */
  anchorOn: Scalars['NaiveDate']['output'];
  /** When the sweep claimed it. */
  claimedAt: Scalars['DateTime']['output'];
  /** The cluster it is about, if any. */
  clusterId?: Maybe<Scalars['ID']['output']>;
  /** The firm it is about, if any. */
  firmId?: Maybe<Scalars['ID']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Its kind. */
  kind: ReminderKind;
  /** When its messages may leave (the send window). */
  notBefore: Scalars['DateTime']['output'];
  /** Whether it is queued. */
  queued: Scalars['Boolean']['output'];
  /** How many messages it wrote (addresses, with the copy). */
  recipients: Scalars['Int']['output'];
  /** Queued, or nobody to send it to. */
  status: ReminderStatus;
  /**
   * Which step: `-3`, `0`, `+7` (days from the due date), `-90` (days before a lease's
   * end), `2026-12` (a statement's month).
   */
  step: Scalars['String']['output'];
  /** What it is about, in a line: the invoice number, the firm and the lease's end, the month. */
  summary?: Maybe<Scalars['String']['output']>;
};

/** Reminders sent, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type ReminderConnection = {
  /** A list of edges. */
  edges: Array<ReminderEdge>;
  /** A list of nodes. */
  nodes: Array<Reminder>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ReminderEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Reminder;
};

/**
 * What a sweep at `at` would send ("tomorrow 08:00: 14 overdue reminders to 9 firms"),
 * computed by the sweep's own selection without claiming anything.
 */
export type ReminderForecast = {
  /** The moment forecast. */
  at: Scalars['DateTime']['output'];
  /** Per kind. */
  byKind: Array<ForecastKind>;
  /** Distinct firms. */
  firms: Scalars['Int']['output'];
  /** The first 100 reminders, in claiming order. */
  items: Array<ForecastItem>;
  /** Reminders in all. */
  reminders: Scalars['Int']['output'];
};

/**
 * A firm's reminders paused until a date (a dispute, a payment plan) or the firm excluded
 * until lifted, with the reason.
 */
export type ReminderHold = {
  /** When it was set. */
  createdAt: Scalars['DateTime']['output'];
  /** The last paused day, for a pause. */
  endsOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Excluded until lifted (true), or paused until `endsOn` (false). */
  excluded: Scalars['Boolean']['output'];
  /** The firm held. */
  firmId: Scalars['ID']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** When it was lifted early, if it was. */
  liftedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why (a dispute, a payment plan). */
  reason: Scalars['String']['output'];
};

/** A pause (with its end date) or an exclusion of a firm's reminders. */
export type ReminderHoldFields = {
  /** The last paused day (required for a pause). */
  endsOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** Exclude the firm until lifted, instead of pausing until a date. */
  exclude?: Scalars['Boolean']['input'];
  /** The firm. */
  firmId: Scalars['ID']['input'];
  /** Why: a dispute, a payment plan. */
  reason: Scalars['String']['input'];
};

/** What a reminder is about. */
export type ReminderKind =
  /** A cluster's fee covers less than the next 12 months' upkeep plan (to the admins, monthly). */
  | 'FUND_COVERAGE'
  /** An invoice falls due in three days (to the firm's billing addresses). */
  | 'INVOICE_DUE_SOON'
  /** An invoice falls due today. */
  | 'INVOICE_DUE_TODAY'
  /** An invoice is overdue: one step of the overdue ladder. */
  | 'INVOICE_OVERDUE'
  /** A draft lease was not activated 14 days after it was written (to the operator). */
  | 'LEASE_DRAFT'
  /** A lease ends in 90, 60 or 30 days (to the operator and the firm). */
  | 'LEASE_EXPIRY'
  /** Last three days of the month: metered leases without this month's reading (to staff). */
  | 'METER_READINGS'
  /** An SLA is 75% used or breached (to the operator admins; P1 at once, outside the window). */
  | 'SLA'
  /** The monthly statement of account (first working day) to firms with an open balance. */
  | 'STATEMENT'
  /** Upkeep opened from a schedule falls due in three days, then is overdue (to its assignee). */
  | 'UPKEEP_DUE'
  /** A work order falls due in three days, then is overdue (to its assignee). */
  | 'WORK_ORDER_DUE';

/** A language of emails. */
export type ReminderLocale =
  /** English. */
  | 'EN'
  /** Vietnamese. */
  | 'VI';

/** A rendered reminder email. */
export type ReminderPreview = {
  /** HTML body (the VietQR image shows as `cid:vietqr` in a mail client). */
  html: Scalars['String']['output'];
  /** Subject line. */
  subject: Scalars['String']['output'];
  /** Plain-text body. */
  text: Scalars['String']['output'];
};

/** Reminder settings in force. */
export type ReminderRules = {
  /** Where a copy of every firm reminder goes. */
  cc?: Maybe<Scalars['String']['output']>;
  /** The kinds that are sent. */
  enabledKinds: Array<ReminderKind>;
  /** Days after the due date the overdue reminders go. */
  ladderDays: Array<Scalars['Int']['output']>;
  /** After the last step, every this many days until paid (0: no repeats). */
  repeatDays: Scalars['Int']['output'];
  /** When messages may leave. */
  sendWindow: SendWindowView;
  /** The operator's subject and opening overrides. */
  templates: Array<ReminderTemplate>;
};

/**
 * The reminder settings of the operator, or of one cluster with what it inherits: which kinds
 * go, the overdue ladder, the send window, the copy address and the template overrides.
 */
export type ReminderSettings = {
  /** The cluster these settings are for; null for the operator's own. */
  clusterId?: Maybe<Scalars['ID']['output']>;
  /** Whether this scope sets anything itself (a cluster without overrides inherits all). */
  customised: Scalars['Boolean']['output'];
  /** What is in force here, inherited settings included. */
  effective: ReminderRules;
  /** The copy address this scope sets itself; null inherits. */
  ownCc?: Maybe<Scalars['String']['output']>;
  /** Kinds this scope switches off itself; null inherits. */
  ownDisabledKinds?: Maybe<Array<ReminderKind>>;
  /** The ladder this scope sets itself; null inherits. */
  ownLadderDays?: Maybe<Array<Scalars['Int']['output']>>;
  /** The repeat interval this scope sets itself; null inherits. */
  ownRepeatDays?: Maybe<Scalars['Int']['output']>;
  /** The send window this scope sets itself; null inherits. */
  ownSendWindow?: Maybe<SendWindowView>;
  /** The template overrides this scope sets itself; null inherits. */
  ownTemplates?: Maybe<Array<ReminderTemplate>>;
  /** The placeholders a template may use. */
  placeholders: Array<Scalars['String']['output']>;
};

/** New reminder settings for the operator (no cluster) or a cluster; a field left out inherits. */
export type ReminderSettingsFields = {
  /** A copy of every firm reminder goes here. */
  cc?: InputMaybe<Scalars['String']['input']>;
  /** The cluster to override; omit for the operator's settings. */
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  /** Kinds switched off (an empty list: all on). */
  disabledKinds?: InputMaybe<Array<ReminderKind>>;
  /** Days after the due date, positive and distinct, e.g. `[1, 7, 15, 30]`. */
  ladderDays?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** After the last step, every this many days until paid (0 to 90; 0: no repeats). */
  repeatDays?: InputMaybe<Scalars['Int']['input']>;
  /** When messages may leave. */
  sendWindow?: InputMaybe<SendWindowFields>;
  /** Subject and opening overrides, checked by rendering against a sample. */
  templates?: InputMaybe<Array<ReminderTemplateFields>>;
};

/** What became of a claimed reminder. */
export type ReminderStatus =
  /** Nobody to send it to: no address on file, or every recipient refused the kind. */
  | 'NO_RECIPIENT'
  /** Its messages are in the outbox (see the mail log for delivery). */
  | 'QUEUED';

/** A subject and opening paragraph written by the operator for one kind and language. */
export type ReminderTemplate = {
  /** The opening paragraph; the product adds the invoices, amount, interest rule, QR and link. */
  body: Scalars['String']['output'];
  /** The kind it replaces the product's text for. */
  kind: ReminderKind;
  /** The language. */
  locale: ReminderLocale;
  /** The subject; placeholders such as `{{ invoice_number }}`. */
  subject: Scalars['String']['output'];
};

/** A subject and opening paragraph written by the operator for one kind and language. */
export type ReminderTemplateFields = {
  /** The opening paragraph; the product adds the invoices, amount, interest rule, QR and link. */
  body: Scalars['String']['input'];
  /** The kind it replaces the product's text for. */
  kind: ReminderKind;
  /** The language. */
  locale: ReminderLocale;
  /** The subject; placeholders such as `{{ invoice_number }}`. */
  subject: Scalars['String']['input'];
};

/** How rent is paid. */
export type RentSchedule =
  | 'MONTHLY'
  | 'QUARTERLY'
  /** The whole term at the start. */
  | 'UPFRONT'
  | 'YEARLY';

/** Reopen a resolution. */
export type ReopenMaintenanceRequestInput = {
  /** What is still wrong. */
  reason: Scalars['String']['input'];
  /** The request, RESOLVED (a firm within 7 days). */
  requestId: Scalars['ID']['input'];
};

/** A replacement of an issued invoice. */
export type ReplacementFields = {
  /** The date of that agreement: not before the invoice, not after today. */
  agreementDate?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** The number of the written agreement with the buyer. */
  agreementNumber: Scalars['String']['input'];
  /** The issued invoice to replace. */
  invoiceId: Scalars['ID']['input'];
  /**
   * Lines whose description or price change; the buyer is taken from the firm's register
   * entry as it is now.
   */
  lines: Array<ReplacementLineFields>;
  /** Why it is replaced (printed on the replacement). */
  reason: Scalars['String']['input'];
};

/** A line of the original as its replacement should say it; what is not given is copied. */
export type ReplacementLineFields = {
  /** The corrected description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A line of the invoice (`InvoiceLine.id`). */
  lineId: Scalars['ID']['input'];
  /** The corrected unit price before VAT, đồng; the amount becomes quantity × unit price. */
  unitPrice?: InputMaybe<Scalars['Int']['input']>;
};

/** A reply of the requester. */
export type ReplyToMaintenanceRequestInput = {
  /** The answer. */
  message: Scalars['String']['input'];
  /** The request, WAITING_ON_REQUESTER. */
  requestId: Scalars['ID']['input'];
};

/** Resolve a request. */
export type ResolveMaintenanceRequestInput = {
  /** What was done; the firm reads it and confirms or reopens within 7 days. */
  note: Scalars['String']['input'];
  /** The request, ACKNOWLEDGED or IN_PROGRESS. */
  requestId: Scalars['ID']['input'];
};

/** What a user may do in a tenant. */
export type Role =
  /** Reads the province's aggregate statistics (Department of Industry and Trade). */
  | 'AUTHORITY_VIEWER'
  /** Acts for one firm that leases plots (secondary investor). */
  | 'ENTERPRISE'
  /** Runs an operator tenant (infrastructure investor) and invites its users. */
  | 'OPERATOR_ADMIN'
  /** Works in an operator tenant. */
  | 'OPERATOR_STAFF'
  /** Creates operator tenants; sees no operator's business data. */
  | 'PLATFORM_ADMIN';

/** What a schedule's due dates are counted from. */
export type ScheduleAnchor =
  /**
   * After the last completion: each due date is the rule's interval (FREQ and INTERVAL only)
   * after the day the previous occurrence's work order was done; one occurrence ahead at a
   * time, the first on the start date.
   */
  | 'AFTER_COMPLETION'
  /** Fixed dates: the rule anchored on the start date. */
  | 'FIXED';

/** A preventive schedule. */
export type ScheduleFields = {
  /** The account its costs are planned on; the maintenance fund when omitted. */
  account?: InputMaybe<FundAccount>;
  /** False to pause it; true when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * FIXED when omitted. AFTER_COMPLETION needs an interval-only rule (FREQ and INTERVAL):
   * another is VALIDATION on `input.rule`.
   */
  anchor?: InputMaybe<ScheduleAnchor>;
  /** The asset it keeps; null: the cluster as a whole. */
  assetId?: InputMaybe<Scalars['ID']['input']>;
  /** Who its work orders are assigned to (one of the operator's staff). */
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  /** The checklist copied into each work order. */
  checklist?: Array<ChecklistTemplateItemFields>;
  /** The cluster; the asset's when omitted. */
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  /** Đồng each occurrence is expected to cost. */
  estimatedCost?: Scalars['Int']['input'];
  /** Who pays the work orders; FUND when omitted. */
  fundingSource?: InputMaybe<FundingSource>;
  /**
   * Days before the due date its work order opens (not more than the days between two
   * occurrences).
   */
  leadDays?: Scalars['Int']['input'];
  /** The legal basis. */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** An RFC 5545 rule, at most daily, e.g. `FREQ=MONTHLY;BYMONTHDAY=5`. */
  rule: Scalars['String']['input'];
  /** The date the rule is anchored on; after the last completion, the first due date. */
  startsOn: Scalars['NaiveDate']['input'];
  /** What is done, in a line. */
  title: Scalars['String']['input'];
};

/** A send window as typed. */
export type SendWindowFields = {
  /** Send at any time (start, end and days are then ignored). */
  always?: Scalars['Boolean']['input'];
  /** The days it opens. */
  days?: Array<DayOfWeek>;
  /** Closes at `HH:MM`; must be after the start. */
  end?: Scalars['String']['input'];
  /** Opens at `HH:MM`, Vietnam time. */
  start?: Scalars['String']['input'];
};

/** When reminders may leave the outbox, in Vietnam time. */
export type SendWindowView = {
  /** At any time (the other fields are then empty). */
  always: Scalars['Boolean']['output'];
  /** The days it opens. */
  days: Array<DayOfWeek>;
  /** Closes at, `17:30`. */
  end?: Maybe<Scalars['String']['output']>;
  /** Opens at, `08:00`. */
  start?: Maybe<Scalars['String']['output']>;
};

/** Tick or untick a checklist step. */
export type SetChecklistItemInput = {
  /** Done or not. */
  done: Scalars['Boolean']['input'];
  /** The step. */
  itemId: Scalars['ID']['input'];
};

/** A year's holidays. */
export type SetMaintenanceHolidaysInput = {
  /** Its holidays; empty goes back to the preloaded list. */
  days: Array<HolidayInput>;
  /** The year. */
  year: Scalars['Int']['input'];
};

/** Change a request's priority. */
export type SetMaintenanceRequestPriorityInput = {
  /** The new priority. */
  priority: MaintenancePriority;
  /** The request, not final. */
  requestId: Scalars['ID']['input'];
};

/** Which minutes an SLA target counts. */
export type SlaClock =
  /** Every minute, day and night. */
  | 'ALWAYS'
  /** Minutes inside working hours, holidays excluded (a working day is 570 minutes). */
  | 'WORKING';

/** The response and resolution targets of one priority. */
export type SlaTarget = {
  /** The priority. */
  priority: MaintenancePriority;
  /** Which minutes the resolution target counts. */
  resolutionClock: SlaClock;
  /** Minutes to resolve. */
  resolutionMinutes: Scalars['Int']['output'];
  /** Which minutes the response target counts. */
  responseClock: SlaClock;
  /** Minutes to respond. */
  responseMinutes: Scalars['Int']['output'];
};

/** The response and resolution targets of one priority. */
export type SlaTargetInput = {
  /** The priority. */
  priority: MaintenancePriority;
  /** Which minutes the resolution target counts. */
  resolutionClock: SlaClock;
  /** Minutes to resolve. */
  resolutionMinutes: Scalars['Int']['input'];
  /** Which minutes the response target counts. */
  responseClock: SlaClock;
  /** Minutes to respond. */
  responseMinutes: Scalars['Int']['input'];
};

/** Which way a list runs. */
export type SortDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** One of the operator's people a work order can be assigned to. */
export type StaffMember = {
  /** Their name. */
  name: Scalars['String']['output'];
  /** Their user id (for `assignWorkOrder(input: { userId })`). */
  userId: Scalars['ID']['output'];
};

/** One line of a statement of account. */
export type StatementEntry = {
  /** Running balance after this entry (positive: the firm owes). */
  balance: Scalars['Int']['output'];
  /** What the firm owes less (credit notes, payments). */
  credit: Scalars['Int']['output'];
  /** What the firm owes more (invoices, refunds). */
  debit: Scalars['Int']['output'];
  /**
   * What it is, in Vietnamese: the billed period, the credit note's reason or the payment
   * method. Kept for tools that read it; a reader in another language words the line from
   * `kind`, `periodStart`, `periodEnd`, `note` and `paymentMethod`.
   */
  description: Scalars['String']['output'];
  /** The invoice, payment or refund (global id). */
  documentId: Scalars['ID']['output'];
  /** Invoice, credit note or payment. */
  kind: StatementEntryKind;
  /** Credit notes: the reason given (may be empty). */
  note?: Maybe<Scalars['String']['output']>;
  /** The document's date: an invoice's or credit note's issue date, a payment's receipt date. */
  on: Scalars['NaiveDate']['output'];
  /** Payments: how the money arrived. */
  paymentMethod?: Maybe<PaymentMethod>;
  /** Invoices and credit notes: the last day of the period billed. */
  periodEnd?: Maybe<Scalars['NaiveDate']['output']>;
  /** Invoices and credit notes: the first day of the period billed. */
  periodStart?: Maybe<Scalars['NaiveDate']['output']>;
  /** Invoice or credit-note number label, or the payment's bank reference. */
  reference: Scalars['String']['output'];
};

/** What a statement line is. */
export type StatementEntryKind =
  | 'CREDIT_NOTE'
  | 'INVOICE'
  | 'PAYMENT'
  /** Money given back to the firm out of its credit. */
  | 'REFUND';

/** One claim of the report: the support one invoice's rent is due under the programme. */
export type SupportClaim = {
  /** The support due, đồng (`rent × rateBp / 10000`, rounded). */
  amount: Scalars['Int']['output'];
  /** The cluster of the lease. */
  clusterName: Scalars['String']['output'];
  /** The first day of rent the programme covers on the invoice. */
  coveredFrom: Scalars['NaiveDate']['output'];
  /** The last day of rent the programme covers on the invoice. */
  coveredTo: Scalars['NaiveDate']['output'];
  /** The firm's global ID. */
  firmId: Scalars['ID']['output'];
  /** The firm as invoiced. */
  firmName: Scalars['String']['output'];
  /** Its tax code. */
  firmTaxCode: Scalars['String']['output'];
  /** The invoice's date. */
  invoiceDate?: Maybe<Scalars['NaiveDate']['output']>;
  /** The invoice's global ID. */
  invoiceId: Scalars['ID']['output'];
  /** The invoice's number ("C26TDS 00000123"). */
  invoiceNumber: Scalars['String']['output'];
  /** How it was given: a discount on the invoice, or a claim on the budget. */
  mechanism: SupportMechanism;
  /** The programme's rate when the invoice was issued, basis points. */
  rateBp: Scalars['Int']['output'];
  /** The rent billed for those days, before VAT, đồng. */
  rent: Scalars['Int']['output'];
};

/**
 * A programme's claim report for a range: the claims whose first covered day is in it (so
 * consecutive reports never count a claim twice), by firm. Download it as CSV at
 * `/export/support-claims.csv` and as PDF at `/documents/support-claims.pdf`, with
 * `?programme=<id>&from=…&to=…`.
 */
export type SupportClaimReport = {
  /** The support due in all, đồng. */
  amount: Scalars['Int']['output'];
  /** One per invoice, by firm then covered days. */
  claims: Array<SupportClaim>;
  /** One per firm, by name. */
  firms: Array<SupportFirmTotal>;
  /** The range's first day. */
  from: Scalars['NaiveDate']['output'];
  /** The programme. */
  programme: SupportProgramme;
  /** The rent billed for the days supported, đồng. */
  rent: Scalars['Int']['output'];
  /** The range's last day. */
  to: Scalars['NaiveDate']['output'];
};

/** What one firm is due in the report. */
export type SupportFirmTotal = {
  /** The support due, đồng. */
  amount: Scalars['Int']['output'];
  /** The firm's global ID. */
  firmId: Scalars['ID']['output'];
  /** The firm as invoiced. */
  firmName: Scalars['String']['output'];
  /** Its tax code. */
  firmTaxCode: Scalars['String']['output'];
  /** The rent billed for the days supported, đồng. */
  rent: Scalars['Int']['output'];
};

/** How a support programme gives its support. */
export type SupportMechanism =
  /**
   * The provincial budget pays it to the firm: the invoice carries the full rent and VAT,
   * and the claim report lists the support due for the province.
   */
  | 'BUDGET_FUNDED'
  /**
   * The operator grants it on its own invoice: a discount line citing the decision (a
   * commercial discount in the e-invoice) that lowers the rent and its VAT.
   */
  | 'OPERATOR_DISCOUNT';

/**
 * A province's rent support programme: its decision, the period of rent it supports, the
 * clusters, the share and the mechanism. It supports small and medium enterprises with fully
 * domestic capital (by the firm register: SME, domestic, an enterprise's tax code); household
 * businesses and individuals are not eligible.
 */
export type SupportProgramme = {
  /** The decision as invoices and the claim report cite it, in Vietnamese. */
  citation: Scalars['String']['output'];
  /** The cluster it covers; null: every cluster of the operator. */
  clusterId?: Maybe<Scalars['ID']['output']>;
  /** When the programme was entered. */
  createdAt: Scalars['DateTime']['output'];
  /** The decision's date. */
  decisionDate: Scalars['NaiveDate']['output'];
  /** The decision's number ("15/2026/QĐ-UBND"). */
  decisionNumber: Scalars['String']['output'];
  /** The last day of rent it supports. */
  endsOn: Scalars['NaiveDate']['output'];
  /** Identifies the programme. */
  id: Scalars['ID']['output'];
  /** Who decided ("UBND tỉnh Phú Thọ"), if given. */
  issuedBy?: Maybe<Scalars['String']['output']>;
  /** How the support is given. */
  mechanism: SupportMechanism;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The share of the rent supported, basis points (1000 = 10%). */
  rateBp: Scalars['Int']['output'];
  /** The first day of rent it supports. */
  startsOn: Scalars['NaiveDate']['output'];
};

/** A support programme as entered. */
export type SupportProgrammeFields = {
  /** The cluster it covers; omit for every cluster of the operator. */
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  /** The decision's date. */
  decisionDate: Scalars['NaiveDate']['input'];
  /** The decision's number. */
  decisionNumber: Scalars['String']['input'];
  /**
   * The last day of rent it supports; not before `startsOn` (VALIDATION
   * `support_period_ends_before_start` on `input.endsOn`). Programmes of the same clusters
   * may not overlap (VALIDATION `support_programmes_overlap` on `input.startsOn`).
   */
  endsOn: Scalars['NaiveDate']['input'];
  /** Who decided, e.g. "UBND tỉnh Phú Thọ". */
  issuedBy?: InputMaybe<Scalars['String']['input']>;
  /** How the support is given. */
  mechanism: SupportMechanism;
  /** Its name, e.g. "Hỗ trợ 10% tiền thuê mặt bằng cho DNNVV". */
  name: Scalars['String']['input'];
  /** The share of the rent supported, basis points, 1 to 10000 (1000 = 10%). */
  rateBp: Scalars['Int']['input'];
  /** The first day of rent it supports. */
  startsOn: Scalars['NaiveDate']['input'];
};

/**
 * One version of a charge of a cluster's tariff, in effect from `effectiveFrom` to
 * `effectiveTo` (operators). Issued invoices keep the rate they were billed at.
 */
export type Tariff = {
  /** Which charge it prices. */
  charge: Charge;
  /** The cluster's global ID. */
  clusterId: Scalars['ID']['output'];
  /** When the version was entered. */
  createdAt: Scalars['DateTime']['output'];
  /** First day in effect. */
  effectiveFrom: Scalars['NaiveDate']['output'];
  /** Last day in effect; null while current. */
  effectiveTo?: Maybe<Scalars['NaiveDate']['output']>;
  /** Identifies the version. */
  id: Scalars['ID']['output'];
  /** The contract or the province's decision the rate rests on. */
  legalBasis: Scalars['String']['output'];
  /** The charge's name on invoice lines, in English. */
  nameEn: Scalars['String']['output'];
  /** The charge's name on invoice lines, in Vietnamese. */
  nameVi: Scalars['String']['output'];
  /** Đồng per unit. */
  rate: Scalars['Int']['output'];
  /** What the rate is per. */
  unit: TariffUnit;
  /** Why that VAT rate applies (the law or decision). */
  vatBasis: Scalars['String']['output'];
  /** VAT on the charge, basis points (1000 = 10%). */
  vatBp: Scalars['Int']['output'];
};

/** A new version of a tariff charge. */
export type TariffFields = {
  /** Which charge it prices. */
  charge: Charge;
  /** The cluster whose tariff it is. */
  clusterId: Scalars['ID']['input'];
  /** First day in effect; the version in effect before it ends the day before. */
  effectiveFrom: Scalars['NaiveDate']['input'];
  /** The contract or decision the rate rests on. */
  legalBasis: Scalars['String']['input'];
  /** The charge's name on invoice lines, in English; not empty. */
  nameEn: Scalars['String']['input'];
  /** The charge's name on invoice lines, in Vietnamese; not empty. */
  nameVi: Scalars['String']['input'];
  /** Đồng per unit, 0 or more. */
  rate: Scalars['Int']['input'];
  /**
   * What the rate is per: M2_MONTH or M2_YEAR for the maintenance fee, M3 for
   * wastewater, any but M3 for other charges.
   */
  unit: TariffUnit;
  /** Why that VAT rate applies (the law or decision); not empty. */
  vatBasis: Scalars['String']['input'];
  /** VAT, basis points (1000 = 10%). */
  vatBp: Scalars['Int']['input'];
};

/** What a rate is per. */
export type TariffUnit =
  /** A fixed amount each period. */
  | 'FIXED_PERIOD'
  /** Per m² of leased area, each period. */
  | 'M2'
  /** Per m² of leased area per month, prorated by the days held. */
  | 'M2_MONTH'
  /** Per m² of leased area per year, prorated by the days held. */
  | 'M2_YEAR'
  /** Per m³ metered (wastewater). */
  | 'M3'
  /** Per m², once, on a lease's first invoice. */
  | 'ONE_OFF';

/**
 * An organisation with its own isolated space: an operator (infrastructure investor) or a
 * provincial authority. Members see their own; the platform admin sees every tenant.
 */
export type Tenant = Node & {
  /** When the tenant was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Operator or authority. */
  kind: TenantKind;
  /** The organisation's name. */
  name: Scalars['String']['output'];
  /** The province, as text (administrative units change). */
  province: Scalars['String']['output'];
  /**
   * Since when the platform admin has suspended the tenant (its users cannot sign in; its
   * data is kept); null while it is active.
   */
  suspendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the tenant was suspended, as the platform admin wrote it; null while it is active. */
  suspensionReason?: Maybe<Scalars['String']['output']>;
};

/** Tenants, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type TenantConnection = {
  /** A list of edges. */
  edges: Array<TenantEdge>;
  /** A list of nodes. */
  nodes: Array<Tenant>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type TenantEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Tenant;
};

/** The kind of organisation a tenant is. */
export type TenantKind =
  /** A provincial authority. */
  | 'AUTHORITY'
  /** An infrastructure investor running clusters. */
  | 'OPERATOR';

/** How a new refresh token reaches the client. */
export type TokenDelivery =
  /** In `AuthPayload.refreshToken` only, and no cookie (programs that keep the token). */
  | 'BODY'
  /** In the httpOnly `ck_refresh` cookie only (browsers; scripts cannot read it). */
  | 'COOKIE';

/** Move a work order. */
export type TransitionWorkOrderInput = {
  /** Required for ON_HOLD. */
  holdReason?: InputMaybe<HoldReason>;
  /** For VERIFIED without cost lines: the work cost nothing. */
  noCost?: Scalars['Boolean']['input'];
  /** A note for the history. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /**
   * The state to move to (OPEN/ON_HOLD/DONE → IN_PROGRESS; IN_PROGRESS → ON_HOLD, DONE;
   * DONE → VERIFIED; OPEN, IN_PROGRESS, ON_HOLD → CANCELLED).
   */
  to: WorkOrderStatus;
  /** The work order. */
  workOrderId: Scalars['ID']['input'];
};

/** A cluster whose current period is not billed yet. */
export type UnbilledCluster = {
  /** The cluster's global ID (to start its billing run). */
  id: Scalars['ID']['output'];
  /** The cluster's name. */
  name: Scalars['String']['output'];
};

/** A firm a billing run could not email (it has no valid billing address). */
export type UnreachableFirm = {
  /** The firm (link to its register entry to add an address). */
  id: Scalars['ID']['output'];
  /** The firm's name. */
  name: Scalars['String']['output'];
};

/** New SLA settings; omitted parts stay. */
export type UpdateMaintenanceSettingsInput = {
  /** Đồng above which verifying needs an operator admin. */
  approvalThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** All four priorities' targets. */
  targets?: InputMaybe<Array<SlaTargetInput>>;
  /** All seven weekdays. */
  workingHours?: InputMaybe<Array<WorkingDayInput>>;
};

/** Changes to the signed-in user's profile. */
export type UpdateProfileInput = {
  /** Name shown in the product. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Preferred language. */
  locale?: InputMaybe<Locale>;
};

/** An operator tenant's corrected name and province. */
export type UpdateTenantInput = {
  /** The operator's name. */
  name: Scalars['String']['input'];
  /** The province, as text. */
  province: Scalars['String']['input'];
};

/** Change a work order's terms. */
export type UpdateWorkOrderInput = {
  /** New cluster. */
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  /** New billed firm (for CHARGEBACK). */
  firmId?: InputMaybe<Scalars['ID']['input']>;
  /** New funding source. */
  fundingSource?: InputMaybe<FundingSource>;
  /** New priority (an event; the SLA is recomputed). */
  priority?: InputMaybe<MaintenancePriority>;
  /** The work order, not verified or cancelled. */
  workOrderId: Scalars['ID']['input'];
};

/** One due date of a schedule. */
export type UpkeepOccurrence = {
  /** The day it is due. */
  dueOn: Scalars['NaiveDate']['output'];
  /** Identifies the occurrence. */
  id: Scalars['ID']['output'];
  /** Why it was skipped or missed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: OccurrenceStatus;
  /** The work order it opened. */
  workOrderId?: Maybe<Scalars['ID']['output']>;
};

/** Upkeep planned for a month. */
export type UpkeepPlan = {
  /** The account that will pay. */
  account: FundAccount;
  /** Đồng planned. */
  amount: Scalars['Int']['output'];
  /** What kind of infrastructure it keeps. */
  category?: Maybe<AssetCategory>;
  /** What upkeep is planned. */
  description: Scalars['String']['output'];
  /** Identifies the plan entry. */
  id: Scalars['ID']['output'];
  /** First day of the month. */
  month: Scalars['NaiveDate']['output'];
};

/**
 * Preventive upkeep of an asset or a cluster, repeating by an RFC 5545 rule anchored on a
 * fixed start date, or by an interval counted from the last completion (operators).
 */
export type UpkeepSchedule = Node & {
  /** The account its costs are planned on. */
  account: FundAccount;
  /** False when paused: nothing is generated. */
  active: Scalars['Boolean']['output'];
  /** Whether its due dates are fixed or counted from the last completion. */
  anchor: ScheduleAnchor;
  /** The asset it keeps; null: the cluster as a whole. */
  assetId?: Maybe<Scalars['ID']['output']>;
  /** Who its work orders are assigned to. */
  assigneeUserId?: Maybe<Scalars['ID']['output']>;
  /** The checklist copied into each work order it opens. */
  checklist: Array<ChecklistTemplateItemView>;
  /** The cluster it belongs to. */
  clusterId: Scalars['ID']['output'];
  /** Đồng each occurrence is expected to cost (it feeds the 12-month plan). */
  estimatedCost: Scalars['Int']['output'];
  /** Who pays the work orders it opens. */
  fundingSource: FundingSource;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Days before the due date its work order opens. */
  leadDays: Scalars['Int']['output'];
  /** The legal basis, e.g. "TCVN 3890:2023, kiểm tra định kỳ". */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /**
   * The next due dates from today, at most `count` (up to 50). After the last completion
   * they are a forecast: one interval apart from the newest occurrence, as if each were done
   * on its due date.
   */
  nextDates: Array<Scalars['NaiveDate']['output']>;
  /** Its occurrences generated so far, by due date. */
  occurrences: Array<UpkeepOccurrence>;
  /** The RFC 5545 recurrence rule, e.g. `FREQ=MONTHLY;BYMONTHDAY=5`. */
  rule: Scalars['String']['output'];
  /** The date the rule is anchored on (after the last completion: the first due date). */
  startsOn: Scalars['NaiveDate']['output'];
  /**
   * The compliance template it was made from (e.g. `FIRE_EQUIPMENT_MONTHLY`); null when
   * made by hand.
   */
  templateKey?: Maybe<Scalars['String']['output']>;
  /** What is done, in a line. */
  title: Scalars['String']['output'];
};


/**
 * Preventive upkeep of an asset or a cluster, repeating by an RFC 5545 rule anchored on a
 * fixed start date, or by an interval counted from the last completion (operators).
 */
export type UpkeepScheduleNextDatesArgs = {
  count?: Scalars['Int']['input'];
};

/** A person, as others in the tenant see them. */
export type UserSummary = {
  /** Name shown in the product. */
  displayName: Scalars['String']['output'];
  /** Sign-in email. */
  email: Scalars['String']['output'];
};

/** VAT of an invoice at one rate. */
export type VatByRate = {
  /** The lines' amounts before VAT at this rate, đồng. */
  base: Scalars['Int']['output'];
  /**
   * What the rate applies to: `base` less what was deducted from it (the land rent paid
   * to the State on rent lines), đồng; equal to `base` when nothing was.
   */
  taxable: Scalars['Int']['output'];
  /** VAT at that rate, đồng. */
  vat: Scalars['Int']['output'];
  /** Null: not subject to VAT. */
  vatBp?: Maybe<Scalars['Int']['output']>;
};

/** The signed-in user and the membership they currently act under. */
export type Viewer = {
  /** Name shown in the product. */
  displayName: Scalars['String']['output'];
  /** Sign-in email. */
  email: Scalars['String']['output'];
  /** The firm of the current membership, for enterprise users. */
  firm?: Maybe<Firm>;
  /** Global ID of the user. */
  id: Scalars['ID']['output'];
  /** Whether the user is the platform admin. */
  isPlatformAdmin: Scalars['Boolean']['output'];
  /** Preferred language. */
  locale: Locale;
  /** Global ID of the current membership. */
  membershipId?: Maybe<Scalars['ID']['output']>;
  /** Every membership the user can switch to. */
  memberships: Array<Membership>;
  /** The role of the current membership (PLATFORM_ADMIN when signed in as platform admin). */
  role: Role;
  /** The tenant of the current membership; null for the platform admin. */
  tenant?: Maybe<Tenant>;
};

/**
 * A cluster's wastewater treatment. Many clusters operate without the plant the rules
 * require; this makes it visible.
 */
export type Wastewater = {
  /** Design capacity, m³/day. */
  capacityM3PerDay?: Maybe<Scalars['Int']['output']>;
  /** A plant that operates with a permit valid today. */
  compliant: Scalars['Boolean']['output'];
  /** When the discharge permit expires. */
  permitExpiresOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Whether a plant exists. */
  present: Scalars['Boolean']['output'];
  /** The plant's state; NONE when there is none although the rules require one. */
  status: WwtpStatus;
};

/**
 * The operator's job: linked requests (or none, ad hoc), assignee, priority, checklist, cost
 * lines, funding source and status. Operators only; firms never see work orders.
 */
export type WorkOrder = Node & {
  /** The asset of the upkeep register the work is on, if any. */
  assetId?: Maybe<Scalars['ID']['output']>;
  /** The assignee's name: the staff member's, or the contractor's. */
  assigneeName?: Maybe<Scalars['String']['output']>;
  /** The staff member assigned. */
  assigneeUserId?: Maybe<Scalars['ID']['output']>;
  /** The checklist, in order. */
  checklist: Array<ChecklistItem>;
  /** The cluster it is in (a FUND work order posts to this cluster's fund). */
  clusterId?: Maybe<Scalars['ID']['output']>;
  /** That cluster's name. */
  clusterName?: Maybe<Scalars['String']['output']>;
  /** The contractor's email (it gets the assignment email). */
  contractorEmail?: Maybe<Scalars['String']['output']>;
  /** An external contractor's name. */
  contractorName?: Maybe<Scalars['String']['output']>;
  /** The contractor's phone. */
  contractorPhone?: Maybe<Scalars['String']['output']>;
  /** The cost lines, oldest first. */
  costLines: Array<CostLine>;
  /** The sum of the cost lines now, đồng. */
  costTotal: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The details. */
  description: Scalars['String']['output'];
  /** Its history, oldest first. */
  events: Array<MaintenanceEvent>;
  /** The photos and documents of the requests it was created from, oldest first. */
  files: Array<MaintenanceFile>;
  /** The firm a CHARGEBACK bills (from the linked request unless set). */
  firmId?: Maybe<Scalars['ID']['output']>;
  /** Who pays. */
  fundingSource: FundingSource;
  /** Why it is on hold. */
  holdReason?: Maybe<HoldReason>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Verified with no cost lines (the "no cost" tick). */
  noCost: Scalars['Boolean']['output'];
  /** Past a due time it still owes (derived, never stored). */
  overdue: Scalars['Boolean']['output'];
  /** How urgent. */
  priority: MaintenancePriority;
  /** A short reference people read, e.g. `WO-3F2A1B`. */
  reference: Scalars['String']['output'];
  /** The requests it works on; empty for an ad hoc work order. */
  requestIds: Array<Scalars['ID']['output']>;
  /** When it must be done by; pauses while on hold. */
  resolutionDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** When work must have started by (the response target of its priority). */
  responseDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: WorkOrderStatus;
  /** What to do, in a line. */
  title: Scalars['String']['output'];
  /** When it was verified. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The costs locked at verification, đồng; 0 before. */
  verifiedCostTotal: Scalars['Int']['output'];
};

/** Work orders, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` (pass `endCursor` as `after` for the next page) and `totalCount` over all pages. */
export type WorkOrderConnection = {
  /** A list of edges. */
  edges: Array<WorkOrderEdge>;
  /** A list of nodes. */
  nodes: Array<WorkOrder>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** How many items the whole list has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WorkOrderEdge = {
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: WorkOrder;
};

/** Where a work order stands. */
export type WorkOrderStatus =
  /** Not done. Final. */
  | 'CANCELLED'
  /** The work is finished; a supervisor verifies it (or sends it back to IN_PROGRESS). */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Stopped for a reason (parts, contractor, access…); the SLA clock is paused. */
  | 'ON_HOLD'
  /** Created, not started. */
  | 'OPEN'
  /** Checked, costs locked and posted (to the fund or the firm's next invoice). Final. */
  | 'VERIFIED';

/** The working window of one weekday. */
export type WorkingDay = {
  /** Closing, minutes after midnight (1020 = 17:00). */
  closesAtMinute?: Maybe<Scalars['Int']['output']>;
  /** Opening, minutes after midnight (450 = 07:30); null: closed all day. */
  opensAtMinute?: Maybe<Scalars['Int']['output']>;
  /** 1 = Monday … 7 = Sunday. */
  weekday: Scalars['Int']['output'];
};

/** The working window of one weekday. */
export type WorkingDayInput = {
  /** Closing, minutes after midnight (1020 = 17:00). */
  closesAtMinute?: InputMaybe<Scalars['Int']['input']>;
  /** Opening, minutes after midnight (450 = 07:30); null: closed all day. */
  opensAtMinute?: InputMaybe<Scalars['Int']['input']>;
  /** 1 = Monday … 7 = Sunday. */
  weekday: Scalars['Int']['input'];
};

/** The state of a wastewater treatment plant. */
export type WwtpStatus =
  /** No plant although the rules require one. */
  | 'NONE'
  | 'OPERATING'
  | 'UNDER_CONSTRUCTION';

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { login: { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string, suspendedAt?: string | null }, firm?: { id: string, name: string } | null }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type SwitchMembershipMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
}>;


export type SwitchMembershipMutation = { switchMembership: { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string, suspendedAt?: string | null }, firm?: { id: string, name: string } | null }> } } };

export type AmountDueQueryVariables = Exact<{
  firmId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AmountDueQuery = { amountDue: { firmId: string, firmName: string, open: number, overdue: number, nextDueOn?: string | null, purpose?: string | null, vietqr?: string | null, payee?: { bankBin: string, bankName?: string | null, account: string, holder: string } | null, invoices: Array<{ id: string, numberLabel: string, clusterName: string, dueOn?: string | null, open: number, status: InvoiceStatus }> } };

export type BankLineDataFragment = { id: string, bookedOn: string, amount: number, description: string, reference: string, payerTaxCode?: string | null, status: BankLineStatus, match?: BankMatch | null, invoiceId?: string | null, invoiceLabel?: string | null, invoiceOpen?: number | null, firmId?: string | null, firmName?: string | null, paymentId?: string | null, ignoreReason?: string | null, importedAt: string };

export type BankLinesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BankLineStatus>;
}>;


export type BankLinesQuery = { bankLines: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, bookedOn: string, amount: number, description: string, reference: string, payerTaxCode?: string | null, status: BankLineStatus, match?: BankMatch | null, invoiceId?: string | null, invoiceLabel?: string | null, invoiceOpen?: number | null, firmId?: string | null, firmName?: string | null, paymentId?: string | null, ignoreReason?: string | null, importedAt: string }> } };

export type BankLineCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type BankLineCountsQuery = { bankLineCounts: { unmatched: number, suggested: number, confirmed: number, ignored: number, total: number } };

export type ImportBankStatementMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  commit: Scalars['Boolean']['input'];
}>;


export type ImportBankStatementMutation = { importBankStatement: { rows: number, valid: boolean, created: number, duplicates: number, matched: number, problems: Array<{ row: number, column: string, message: string, reason: { code: string, params: Array<{ name: string, kind: ReasonParamKind, value: string }> } }>, lines: Array<{ row: number, bookedOn: string, amount: number, description: string, reference: string, duplicate: boolean, match?: BankMatch | null, invoiceLabel?: string | null, firmName?: string | null }> } };

export type ConfirmBankLineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConfirmBankLineMutation = { confirmBankLine: { id: string, bookedOn: string, amount: number, description: string, reference: string, payerTaxCode?: string | null, status: BankLineStatus, match?: BankMatch | null, invoiceId?: string | null, invoiceLabel?: string | null, invoiceOpen?: number | null, firmId?: string | null, firmName?: string | null, paymentId?: string | null, ignoreReason?: string | null, importedAt: string } };

export type IgnoreBankLineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type IgnoreBankLineMutation = { ignoreBankLine: { id: string, bookedOn: string, amount: number, description: string, reference: string, payerTaxCode?: string | null, status: BankLineStatus, match?: BankMatch | null, invoiceId?: string | null, invoiceLabel?: string | null, invoiceOpen?: number | null, firmId?: string | null, firmName?: string | null, paymentId?: string | null, ignoreReason?: string | null, importedAt: string } };

export type ConfirmExactBankMatchesMutationVariables = Exact<{ [key: string]: never; }>;


export type ConfirmExactBankMatchesMutation = { confirmExactBankMatches: number };

export type InvoicePickerQueryVariables = Exact<{
  status: InvoiceStatus;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type InvoicePickerQuery = { invoices: { nodes: Array<{ id: string, kind: InvoiceKind, numberLabel: string, buyerName: string, clusterName: string, dueOn?: string | null, total: number, open: number, status: InvoiceStatus }> } };

export type AdjustInvoiceMutationVariables = Exact<{
  input: AdjustmentFields;
}>;


export type AdjustInvoiceMutation = { adjustInvoice: { id: string, kind: InvoiceKind, documentType: DocumentType, status: InvoiceStatus, template: string, series: string, number?: number | null, numberLabel: string, issuedOn?: string | null, dueOn?: string | null, periodStart: string, periodEnd: string, firmId: string, clusterId: string, clusterName: string, leaseId?: string | null, sellerName: string, sellerAddress: string, sellerTaxCode: string, buyerName: string, buyerAddress: string, buyerTaxCode: string, subtotal: number, vatTotal: number, total: number, paid: number, open: number, totalInWords: string, voidReason?: string | null, paymentPurpose?: string | null, vietqr?: string | null, credited: number, correctsId?: string | null, correctsLabel?: string | null, correction?: InvoiceCorrection | null, correctsReference?: string | null, agreementNumber?: string | null, agreementDate?: string | null, replacedById?: string | null, note?: string | null, roundingRuleVi: string, roundingRuleEn: string, corrections: Array<{ id: string, correction?: InvoiceCorrection | null, numberLabel: string, issuedOn?: string | null, total: number }>, lines: Array<{ id: string, creditable: number, vatDeduction: number, kind: LineKind, descriptionVi: string, descriptionEn: string, quantityE4: number, unit: string, unitPrice: number, amount: number, vatBp?: number | null, vatAmount: number }>, vatByRate: Array<{ vatBp?: number | null, base: number, vat: number }>, allocations: Array<{ paymentId: string, amount: number, allocatedOn: string }>, reminders: Array<{ id: string, kind: ReminderKind, step: string, status: ReminderStatus, recipients: number, claimedAt: string, notBefore: string }> } };

export type ReplaceInvoiceMutationVariables = Exact<{
  input: ReplacementFields;
}>;


export type ReplaceInvoiceMutation = { replaceInvoice: { id: string, kind: InvoiceKind, documentType: DocumentType, status: InvoiceStatus, template: string, series: string, number?: number | null, numberLabel: string, issuedOn?: string | null, dueOn?: string | null, periodStart: string, periodEnd: string, firmId: string, clusterId: string, clusterName: string, leaseId?: string | null, sellerName: string, sellerAddress: string, sellerTaxCode: string, buyerName: string, buyerAddress: string, buyerTaxCode: string, subtotal: number, vatTotal: number, total: number, paid: number, open: number, totalInWords: string, voidReason?: string | null, paymentPurpose?: string | null, vietqr?: string | null, credited: number, correctsId?: string | null, correctsLabel?: string | null, correction?: InvoiceCorrection | null, correctsReference?: string | null, agreementNumber?: string | null, agreementDate?: string | null, replacedById?: string | null, note?: string | null, roundingRuleVi: string, roundingRuleEn: string, corrections: Array<{ id: string, correction?: InvoiceCorrection | null, numberLabel: string, issuedOn?: string | null, total: number }>, lines: Array<{ id: string, creditable: number, vatDeduction: number, kind: LineKind, descriptionVi: string, descriptionEn: string, quantityE4: number, unit: string, unitPrice: number, amount: number, vatBp?: number | null, vatAmount: number }>, vatByRate: Array<{ vatBp?: number | null, base: number, vat: number }>, allocations: Array<{ paymentId: string, amount: number, allocatedOn: string }>, reminders: Array<{ id: string, kind: ReminderKind, step: string, status: ReminderStatus, recipients: number, claimedAt: string, notBefore: string }> } };

export type IssueCreditNoteMutationVariables = Exact<{
  input: CreditNoteFields;
}>;


export type IssueCreditNoteMutation = { issueCreditNote: { id: string, kind: InvoiceKind, documentType: DocumentType, status: InvoiceStatus, template: string, series: string, number?: number | null, numberLabel: string, issuedOn?: string | null, dueOn?: string | null, periodStart: string, periodEnd: string, firmId: string, clusterId: string, clusterName: string, leaseId?: string | null, sellerName: string, sellerAddress: string, sellerTaxCode: string, buyerName: string, buyerAddress: string, buyerTaxCode: string, subtotal: number, vatTotal: number, total: number, paid: number, open: number, totalInWords: string, voidReason?: string | null, paymentPurpose?: string | null, vietqr?: string | null, credited: number, correctsId?: string | null, correctsLabel?: string | null, correction?: InvoiceCorrection | null, correctsReference?: string | null, agreementNumber?: string | null, agreementDate?: string | null, replacedById?: string | null, note?: string | null, roundingRuleVi: string, roundingRuleEn: string, corrections: Array<{ id: string, correction?: InvoiceCorrection | null, numberLabel: string, issuedOn?: string | null, total: number }>, lines: Array<{ id: string, creditable: number, vatDeduction: number, kind: LineKind, descriptionVi: string, descriptionEn: string, quantityE4: number, unit: string, unitPrice: number, amount: number, vatBp?: number | null, vatAmount: number }>, vatByRate: Array<{ vatBp?: number | null, base: number, vat: number }>, allocations: Array<{ paymentId: string, amount: number, allocatedOn: string }>, reminders: Array<{ id: string, kind: ReminderKind, step: string, status: ReminderStatus, recipients: number, claimedAt: string, notBefore: string }> } };

export type MaintenanceFundQueryVariables = Exact<{
  clusterId: Scalars['ID']['input'];
  entries: Scalars['Int']['input'];
}>;


export type MaintenanceFundQuery = { maintenanceFund: { clusterId: string, clusterName: string, balance: number, plannedNext12Months: number, feePerM2Month?: number | null, leasedAreaM2: number, expectedFeeNext12Months: number, collectibleFeeNext12Months: number, collectionRateBp?: number | null, coverageBp?: number | null, breakEvenFeePerM2Month?: number | null, months: Array<{ month: string, moneyIn: number, moneyOut: number }>, paidFor: Array<{ month: string, workOrders: number, cost: number }>, plannedMonths: Array<{ month: string, amount: number }>, plans: Array<{ id: string, month: string, amount: number, description: string }>, entries: Array<{ id: string, entryOn: string, kind: FundEntryKind, amount: number, description: string, invoiceNumber?: string | null, firmName?: string | null, documentNumber?: string | null, documentDate?: string | null }> } };

export type RecordFundExpenseMutationVariables = Exact<{
  clusterId: Scalars['ID']['input'];
  spentOn: Scalars['NaiveDate']['input'];
  amount: Scalars['Int']['input'];
  description: Scalars['String']['input'];
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  documentDate?: InputMaybe<Scalars['NaiveDate']['input']>;
}>;


export type RecordFundExpenseMutation = { recordFundExpense: { id: string } };

export type PlanUpkeepMutationVariables = Exact<{
  clusterId: Scalars['ID']['input'];
  month: Scalars['NaiveDate']['input'];
  amount: Scalars['Int']['input'];
  description: Scalars['String']['input'];
}>;


export type PlanUpkeepMutation = { planUpkeep: { id: string } };

export type FundClustersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FundClustersQuery = { leases: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, cluster: { id: string, name: string } }> } };

export type InvoicesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InvoiceStatus>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  periodFrom?: InputMaybe<Scalars['NaiveDate']['input']>;
  periodTo?: InputMaybe<Scalars['NaiveDate']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvoicesQuery = { invoices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, kind: InvoiceKind, documentType: DocumentType, numberLabel: string, buyerName: string, firmId: string, clusterId: string, clusterName: string, periodStart: string, periodEnd: string, issuedOn?: string | null, dueOn?: string | null, total: number, paid: number, open: number, status: InvoiceStatus }> } };

export type InvoiceDetailDataFragment = { id: string, kind: InvoiceKind, documentType: DocumentType, status: InvoiceStatus, template: string, series: string, number?: number | null, numberLabel: string, issuedOn?: string | null, dueOn?: string | null, periodStart: string, periodEnd: string, firmId: string, clusterId: string, clusterName: string, leaseId?: string | null, sellerName: string, sellerAddress: string, sellerTaxCode: string, buyerName: string, buyerAddress: string, buyerTaxCode: string, subtotal: number, vatTotal: number, total: number, paid: number, open: number, totalInWords: string, voidReason?: string | null, paymentPurpose?: string | null, vietqr?: string | null, credited: number, correctsId?: string | null, correctsLabel?: string | null, correction?: InvoiceCorrection | null, correctsReference?: string | null, agreementNumber?: string | null, agreementDate?: string | null, replacedById?: string | null, note?: string | null, roundingRuleVi: string, roundingRuleEn: string, corrections: Array<{ id: string, correction?: InvoiceCorrection | null, numberLabel: string, issuedOn?: string | null, total: number }>, lines: Array<{ id: string, creditable: number, vatDeduction: number, kind: LineKind, descriptionVi: string, descriptionEn: string, quantityE4: number, unit: string, unitPrice: number, amount: number, vatBp?: number | null, vatAmount: number }>, vatByRate: Array<{ vatBp?: number | null, base: number, vat: number }>, allocations: Array<{ paymentId: string, amount: number, allocatedOn: string }>, reminders: Array<{ id: string, kind: ReminderKind, step: string, status: ReminderStatus, recipients: number, claimedAt: string, notBefore: string }> };

export type InvoiceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceDetailQuery = { node:
    | { __typename: 'Asset' }
    | { __typename: 'BankLine' }
    | { __typename: 'Cluster' }
    | { __typename: 'Firm' }
    | { __typename: 'Invitation' }
    | { __typename: 'Invoice', id: string, kind: InvoiceKind, documentType: DocumentType, status: InvoiceStatus, template: string, series: string, number?: number | null, numberLabel: string, issuedOn?: string | null, dueOn?: string | null, periodStart: string, periodEnd: string, firmId: string, clusterId: string, clusterName: string, leaseId?: string | null, sellerName: string, sellerAddress: string, sellerTaxCode: string, buyerName: string, buyerAddress: string, buyerTaxCode: string, subtotal: number, vatTotal: number, total: number, paid: number, open: number, totalInWords: string, voidReason?: string | null, paymentPurpose?: string | null, vietqr?: string | null, credited: number, correctsId?: string | null, correctsLabel?: string | null, correction?: InvoiceCorrection | null, correctsReference?: string | null, agreementNumber?: string | null, agreementDate?: string | null, replacedById?: string | null, note?: string | null, roundingRuleVi: string, roundingRuleEn: string, corrections: Array<{ id: string, correction?: InvoiceCorrection | null, numberLabel: string, issuedOn?: string | null, total: number }>, lines: Array<{ id: string, creditable: number, vatDeduction: number, kind: LineKind, descriptionVi: string, descriptionEn: string, quantityE4: number, unit: string, unitPrice: number, amount: number, vatBp?: number | null, vatAmount: number }>, vatByRate: Array<{ vatBp?: number | null, base: number, vat: number }>, allocations: Array<{ paymentId: string, amount: number, allocatedOn: string }>, reminders: Array<{ id: string, kind: ReminderKind, step: string, status: ReminderStatus, recipients: number, claimedAt: string, notBefore: string }> }
    | { __typename: 'Lease' }
    | { __typename: 'MailMessage' }
    | { __typename: 'MaintenanceRequest' }
    | { __typename: 'Membership' }
    | { __typename: 'Payment' }
    | { __typename: 'Plot' }
    | { __typename: 'Tenant' }
    | { __typename: 'UpkeepSchedule' }
    | { __typename: 'WorkOrder' }
   };

export type VoidInvoiceMutationVariables = Exact<{
  invoiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type VoidInvoiceMutation = { voidInvoice: { id: string, kind: InvoiceKind, documentType: DocumentType, status: InvoiceStatus, template: string, series: string, number?: number | null, numberLabel: string, issuedOn?: string | null, dueOn?: string | null, periodStart: string, periodEnd: string, firmId: string, clusterId: string, clusterName: string, leaseId?: string | null, sellerName: string, sellerAddress: string, sellerTaxCode: string, buyerName: string, buyerAddress: string, buyerTaxCode: string, subtotal: number, vatTotal: number, total: number, paid: number, open: number, totalInWords: string, voidReason?: string | null, paymentPurpose?: string | null, vietqr?: string | null, credited: number, correctsId?: string | null, correctsLabel?: string | null, correction?: InvoiceCorrection | null, correctsReference?: string | null, agreementNumber?: string | null, agreementDate?: string | null, replacedById?: string | null, note?: string | null, roundingRuleVi: string, roundingRuleEn: string, corrections: Array<{ id: string, correction?: InvoiceCorrection | null, numberLabel: string, issuedOn?: string | null, total: number }>, lines: Array<{ id: string, creditable: number, vatDeduction: number, kind: LineKind, descriptionVi: string, descriptionEn: string, quantityE4: number, unit: string, unitPrice: number, amount: number, vatBp?: number | null, vatAmount: number }>, vatByRate: Array<{ vatBp?: number | null, base: number, vat: number }>, allocations: Array<{ paymentId: string, amount: number, allocatedOn: string }>, reminders: Array<{ id: string, kind: ReminderKind, step: string, status: ReminderStatus, recipients: number, claimedAt: string, notBefore: string }> } };

export type OpenInvoicesQueryVariables = Exact<{
  firmId: Scalars['ID']['input'];
  status: InvoiceStatus;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OpenInvoicesQuery = { invoices: { nodes: Array<{ id: string, kind: InvoiceKind, numberLabel: string, clusterName: string, periodStart: string, periodEnd: string, issuedOn?: string | null, dueOn?: string | null, number?: number | null, total: number, open: number, status: InvoiceStatus }> } };

export type ImportMeterReadingsMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  commit: Scalars['Boolean']['input'];
}>;


export type ImportMeterReadingsMutation = { importMeterReadings: { rows: number, valid: boolean, created: number, problems: Array<{ row: number, column: string, message: string, reason: { code: string, params: Array<{ name: string, kind: ReasonParamKind, value: string }> } }> } };

export type MeterReadingDataFragment = { id: string, leaseId: string, period: string, readOn: string, meterM3: number, consumptionM3: number, correctsId?: string | null, correctionReason?: string | null, supersededAt?: string | null, createdAt: string };

export type MeterReadingsQueryVariables = Exact<{
  leaseId: Scalars['ID']['input'];
}>;


export type MeterReadingsQuery = { meterReadings: Array<{ id: string, leaseId: string, period: string, readOn: string, meterM3: number, consumptionM3: number, correctsId?: string | null, correctionReason?: string | null, supersededAt?: string | null, createdAt: string }> };

export type RecordMeterReadingMutationVariables = Exact<{
  input: MeterReadingFields;
}>;


export type RecordMeterReadingMutation = { recordMeterReading: { id: string, leaseId: string, period: string, readOn: string, meterM3: number, consumptionM3: number, correctsId?: string | null, correctionReason?: string | null, supersededAt?: string | null, createdAt: string } };

export type CorrectMeterReadingMutationVariables = Exact<{
  readingId: Scalars['ID']['input'];
  meterM3: Scalars['Int']['input'];
  readOn: Scalars['NaiveDate']['input'];
  reason: Scalars['String']['input'];
}>;


export type CorrectMeterReadingMutation = { correctMeterReading: { id: string, leaseId: string, period: string, readOn: string, meterM3: number, consumptionM3: number, correctsId?: string | null, correctionReason?: string | null, supersededAt?: string | null, createdAt: string } };

export type PaymentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PaymentsQuery = { payments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, firmId: string, amount: number, receivedOn: string, method: PaymentMethod, bankReference?: string | null, unallocated: number, allocations: Array<{ invoiceId: string, amount: number }> }> } };

export type RecordPaymentMutationVariables = Exact<{
  input: PaymentFields;
}>;


export type RecordPaymentMutation = { recordPayment: { id: string, firmId: string, amount: number, receivedOn: string, method: PaymentMethod, bankReference?: string | null, unallocated: number, replayed: boolean, warnings: Array<{ code: PaymentWarningCode }>, allocations: Array<{ invoiceId: string, amount: number }> } };

export type RecordRefundMutationVariables = Exact<{
  input: RefundFields;
}>;


export type RecordRefundMutation = { recordRefund: Array<{ id: string, paymentId: string, amount: number, refundedOn: string, bankReference: string }> };

export type AgingBucketsDataFragment = { current: number, days1To30: number, days31To60: number, days61To90: number, over90: number, total: number };

export type ReceivablesAgingQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['NaiveDate']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ReceivablesAgingQuery = { receivablesAging: { asOf: string, total: { current: number, days1To30: number, days31To60: number, days61To90: number, over90: number, total: number }, clusters: Array<{ id: string, name: string, buckets: { current: number, days1To30: number, days31To60: number, days61To90: number, over90: number, total: number } }>, firms: Array<{ id: string, name: string, buckets: { current: number, days1To30: number, days31To60: number, days61To90: number, over90: number, total: number } }> } };

export type CollectionsQueryVariables = Exact<{
  months: Scalars['Int']['input'];
  clusterId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CollectionsQuery = { collections: Array<{ month: string, invoiced: number, collected: number }> };

export type FirmStatementQueryVariables = Exact<{
  firmId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['NaiveDate']['input'];
  to: Scalars['NaiveDate']['input'];
}>;


export type FirmStatementQuery = { firmStatement: { firmId: string, firmName: string, firmTaxCode: string, from: string, to: string, openingBalance: number, invoiced: number, credited: number, paid: number, refunded: number, closingBalance: number, unallocatedCredit: number, csvPath: string, pdfPath: string, entries: Array<{ on: string, kind: StatementEntryKind, reference: string, description: string, periodStart?: string | null, periodEnd?: string | null, note?: string | null, paymentMethod?: PaymentMethod | null, debit: number, credit: number, balance: number, documentId: string }> } };

export type InvoiceLineDataFragment = { kind: LineKind, descriptionVi: string, descriptionEn: string, quantityE4: number, unit: string, unitPrice: number, amount: number, vatBp?: number | null, vatAmount: number };

export type BillingRunPreviewQueryVariables = Exact<{
  input: BillingRunInput;
}>;


export type BillingRunPreviewQuery = { billingRunPreview: { periodLabel: string, periodStart: string, periodEnd: string, invoiceCount: number, lineCount: number, alreadyBilled: number, warnings: Array<string>, subtotal: number, vatTotal: number, total: number, warningReasons: Array<{ code: string, message: string, params: Array<{ name: string, kind: ReasonParamKind, value: string }> }>, blocking: Array<{ firmId?: string | null, name: string, problem: BillingRunProblem }>, invoices: Array<{ documentType: DocumentType, leaseId: string, firmId: string, firmName: string, clusterName: string, subtotal: number, vatTotal: number, total: number, lines: Array<{ kind: LineKind, descriptionVi: string, descriptionEn: string, quantityE4: number, unit: string, unitPrice: number, amount: number, vatBp?: number | null, vatAmount: number }> }> } };

export type IssueBillingRunMutationVariables = Exact<{
  input: BillingRunInput;
}>;


export type IssueBillingRunMutation = { issueBillingRun: { id: string, periodKind: PeriodKind, periodStart: string, periodEnd: string, invoiceCount: number, lineCount: number, total: number, firstNumber?: string | null, lastNumber?: string | null, noticeCount: number, firstNoticeNumber?: string | null, lastNoticeNumber?: string | null, emailsQueued: number, createdAt: string, firmsWithoutEmail: Array<{ id: string, name: string }> } };

export type BillingSettingsDataFragment = { invoiceTemplate: string, invoiceSeries: string, currentSeries: string, dueDays: number, lateInterestBp: number, lateInterestCommercial: boolean, lateInterestBasis: string, interestOnInvoice: boolean, rentVatBp: number, invoiceDatePolicy: InvoiceDatePolicy, sellerName: string, sellerAddress: string, sellerTaxCode: string, bankBin: string, bankAccount: string, bankAccountName: string };

export type BillingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingSettingsQuery = { billingSettings: { invoiceTemplate: string, invoiceSeries: string, currentSeries: string, dueDays: number, lateInterestBp: number, lateInterestCommercial: boolean, lateInterestBasis: string, interestOnInvoice: boolean, rentVatBp: number, invoiceDatePolicy: InvoiceDatePolicy, sellerName: string, sellerAddress: string, sellerTaxCode: string, bankBin: string, bankAccount: string, bankAccountName: string } };

export type UpdateBillingSettingsMutationVariables = Exact<{
  input: BillingSettingsFields;
}>;


export type UpdateBillingSettingsMutation = { updateBillingSettings: { invoiceTemplate: string, invoiceSeries: string, currentSeries: string, dueDays: number, lateInterestBp: number, lateInterestCommercial: boolean, lateInterestBasis: string, interestOnInvoice: boolean, rentVatBp: number, invoiceDatePolicy: InvoiceDatePolicy, sellerName: string, sellerAddress: string, sellerTaxCode: string, bankBin: string, bankAccount: string, bankAccountName: string } };

export type BanksQueryVariables = Exact<{ [key: string]: never; }>;


export type BanksQuery = { banks: Array<{ bin: string, shortName: string, name: string }> };

export type SupportProgrammeDataFragment = { id: string, name: string, citation: string, decisionNumber: string, decisionDate: string, issuedBy?: string | null, clusterId?: string | null, startsOn: string, endsOn: string, rateBp: number, mechanism: SupportMechanism };

export type SupportProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportProgrammesQuery = { supportProgrammes: Array<{ id: string, name: string, citation: string, decisionNumber: string, decisionDate: string, issuedBy?: string | null, clusterId?: string | null, startsOn: string, endsOn: string, rateBp: number, mechanism: SupportMechanism }> };

export type SupportClaimReportQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['NaiveDate']['input']>;
  to?: InputMaybe<Scalars['NaiveDate']['input']>;
}>;


export type SupportClaimReportQuery = { supportClaimReport: { from: string, to: string, rent: number, amount: number, programme: { id: string, name: string, citation: string, decisionNumber: string, decisionDate: string, issuedBy?: string | null, clusterId?: string | null, startsOn: string, endsOn: string, rateBp: number, mechanism: SupportMechanism }, firms: Array<{ firmId: string, firmName: string, firmTaxCode: string, rent: number, amount: number }>, claims: Array<{ firmId: string, firmName: string, firmTaxCode: string, clusterName: string, invoiceId: string, invoiceNumber: string, invoiceDate?: string | null, coveredFrom: string, coveredTo: string, rent: number, rateBp: number, amount: number, mechanism: SupportMechanism }> } };

export type CreateSupportProgrammeMutationVariables = Exact<{
  input: SupportProgrammeFields;
}>;


export type CreateSupportProgrammeMutation = { createSupportProgramme: { id: string, name: string, citation: string, decisionNumber: string, decisionDate: string, issuedBy?: string | null, clusterId?: string | null, startsOn: string, endsOn: string, rateBp: number, mechanism: SupportMechanism } };

export type UpdateSupportProgrammeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SupportProgrammeFields;
}>;


export type UpdateSupportProgrammeMutation = { updateSupportProgramme: { id: string, name: string, citation: string, decisionNumber: string, decisionDate: string, issuedBy?: string | null, clusterId?: string | null, startsOn: string, endsOn: string, rateBp: number, mechanism: SupportMechanism } };

export type DeleteSupportProgrammeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSupportProgrammeMutation = { deleteSupportProgramme: string };

export type TariffDataFragment = { id: string, clusterId: string, charge: Charge, nameVi: string, nameEn: string, unit: TariffUnit, rate: number, vatBp: number, vatBasis: string, effectiveFrom: string, effectiveTo?: string | null, legalBasis: string };

export type TariffsQueryVariables = Exact<{
  clusterId: Scalars['ID']['input'];
}>;


export type TariffsQuery = { tariffs: Array<{ id: string, clusterId: string, charge: Charge, nameVi: string, nameEn: string, unit: TariffUnit, rate: number, vatBp: number, vatBasis: string, effectiveFrom: string, effectiveTo?: string | null, legalBasis: string }> };

export type AddTariffVersionMutationVariables = Exact<{
  input: TariffFields;
}>;


export type AddTariffVersionMutation = { addTariffVersion: { id: string, clusterId: string, charge: Charge, nameVi: string, nameEn: string, unit: TariffUnit, rate: number, vatBp: number, vatBasis: string, effectiveFrom: string, effectiveTo?: string | null, legalBasis: string } };

export type AuditFieldsFragment = { action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null };

export type ClustersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<ClusterOrder>;
}>;


export type ClustersQuery = { clusters: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string, province: string, district: string, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, status: ClusterStatus, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number } }> } };

export type ClusterDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterDetailQuery = { node:
    | { __typename: 'Asset' }
    | { __typename: 'BankLine' }
    | { __typename: 'Cluster', id: string, name: string, province: string, provinceCode?: string | null, district: string, districtCode?: string | null, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, decisionNumber?: string | null, status: ClusterStatus, effluentOverLimit: boolean, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number }, auditTrail: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> }
    | { __typename: 'Firm' }
    | { __typename: 'Invitation' }
    | { __typename: 'Invoice' }
    | { __typename: 'Lease' }
    | { __typename: 'MailMessage' }
    | { __typename: 'MaintenanceRequest' }
    | { __typename: 'Membership' }
    | { __typename: 'Payment' }
    | { __typename: 'Plot' }
    | { __typename: 'Tenant' }
    | { __typename: 'UpkeepSchedule' }
    | { __typename: 'WorkOrder' }
   };

export type ClusterDetailFieldsFragment = { id: string, name: string, province: string, provinceCode?: string | null, district: string, districtCode?: string | null, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, decisionNumber?: string | null, status: ClusterStatus, effluentOverLimit: boolean, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number }, auditTrail: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> };

export type CreateClusterMutationVariables = Exact<{
  input: ClusterFields;
}>;


export type CreateClusterMutation = { createCluster: { id: string, name: string, province: string, provinceCode?: string | null, district: string, districtCode?: string | null, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, decisionNumber?: string | null, status: ClusterStatus, effluentOverLimit: boolean, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number }, auditTrail: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> } };

export type UpdateClusterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClusterFields;
}>;


export type UpdateClusterMutation = { updateCluster: { id: string, name: string, province: string, provinceCode?: string | null, district: string, districtCode?: string | null, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, decisionNumber?: string | null, status: ClusterStatus, effluentOverLimit: boolean, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number }, auditTrail: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> } };

export type FirmRowFieldsFragment = { id: string, name: string, taxCode?: string | null, address?: string | null, capitalOrigin: CapitalOrigin, isSme: boolean, vsicCode?: string | null, workforce: number, billingEmails: Array<string>, status: FirmStatus };

export type FirmsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FirmStatus>;
  capitalOrigin?: InputMaybe<CapitalOrigin>;
  orderBy?: InputMaybe<FirmOrder>;
}>;


export type FirmsQuery = { firms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string, taxCode?: string | null, address?: string | null, capitalOrigin: CapitalOrigin, isSme: boolean, vsicCode?: string | null, workforce: number, billingEmails: Array<string>, status: FirmStatus }> } };

export type CreateFirmMutationVariables = Exact<{
  input: FirmFields;
}>;


export type CreateFirmMutation = { createFirm: { id: string, name: string, taxCode?: string | null, address?: string | null, capitalOrigin: CapitalOrigin, isSme: boolean, vsicCode?: string | null, workforce: number, billingEmails: Array<string>, status: FirmStatus } };

export type UpdateFirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FirmFields;
}>;


export type UpdateFirmMutation = { updateFirm: { id: string, name: string, taxCode?: string | null, address?: string | null, capitalOrigin: CapitalOrigin, isSme: boolean, vsicCode?: string | null, workforce: number, billingEmails: Array<string>, status: FirmStatus } };

export type ImportResultFieldsFragment = { rows: number, valid: boolean, created: number, problems: Array<{ row: number, column: string, message: string, reason: { code: string, params: Array<{ name: string, kind: ReasonParamKind, value: string }> } }> };

export type ImportPlotsMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  commit: Scalars['Boolean']['input'];
}>;


export type ImportPlotsMutation = { importPlots: { rows: number, valid: boolean, created: number, problems: Array<{ row: number, column: string, message: string, reason: { code: string, params: Array<{ name: string, kind: ReasonParamKind, value: string }> } }> } };

export type ImportFirmsMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  commit: Scalars['Boolean']['input'];
}>;


export type ImportFirmsMutation = { importFirms: { rows: number, valid: boolean, created: number, problems: Array<{ row: number, column: string, message: string, reason: { code: string, params: Array<{ name: string, kind: ReasonParamKind, value: string }> } }> } };

export type LeasesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LeaseStatus>;
  orderBy?: InputMaybe<LeaseOrder>;
}>;


export type LeasesQuery = { leases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, areaM2: number, startsOn: string, endsOn: string, rentPerM2Year: number, status: LeaseStatus, firm: { id: string, name: string }, cluster: { id: string, name: string }, plots: Array<{ id: string, code: string }> }> } };

export type LeaseDetailFieldsFragment = { id: string, areaM2: number, startsOn: string, endsOn: string, rentPerM2Year: number, rentSchedule: RentSchedule, maintenanceFeePerM2Month?: number | null, deposit: number, escalationBp: number, escalationEveryYears?: number | null, lateInterestBp?: number | null, lateInterestCommercial: boolean, deductibleLandPricePerM2Year?: number | null, deductibleLandBasis?: string | null, status: LeaseStatus, terminatedOn?: string | null, terminationReason?: string | null, renewedFromId?: string | null, createdAt: string, firm: { id: string, name: string, taxCode?: string | null }, cluster: { id: string, name: string }, plots: Array<{ id: string, code: string, areaM2: number }>, supportProgrammes: Array<{ id: string, name: string, citation: string, rateBp: number, startsOn: string, endsOn: string, mechanism: SupportMechanism }>, auditTrail?: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> };

export type LeaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  withAudit: Scalars['Boolean']['input'];
}>;


export type LeaseDetailQuery = { node:
    | { __typename: 'Asset' }
    | { __typename: 'BankLine' }
    | { __typename: 'Cluster' }
    | { __typename: 'Firm' }
    | { __typename: 'Invitation' }
    | { __typename: 'Invoice' }
    | { __typename: 'Lease', id: string, areaM2: number, startsOn: string, endsOn: string, rentPerM2Year: number, rentSchedule: RentSchedule, maintenanceFeePerM2Month?: number | null, deposit: number, escalationBp: number, escalationEveryYears?: number | null, lateInterestBp?: number | null, lateInterestCommercial: boolean, deductibleLandPricePerM2Year?: number | null, deductibleLandBasis?: string | null, status: LeaseStatus, terminatedOn?: string | null, terminationReason?: string | null, renewedFromId?: string | null, createdAt: string, firm: { id: string, name: string, taxCode?: string | null }, cluster: { id: string, name: string }, plots: Array<{ id: string, code: string, areaM2: number }>, supportProgrammes: Array<{ id: string, name: string, citation: string, rateBp: number, startsOn: string, endsOn: string, mechanism: SupportMechanism }>, auditTrail?: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> }
    | { __typename: 'MailMessage' }
    | { __typename: 'MaintenanceRequest' }
    | { __typename: 'Membership' }
    | { __typename: 'Payment' }
    | { __typename: 'Plot' }
    | { __typename: 'Tenant' }
    | { __typename: 'UpkeepSchedule' }
    | { __typename: 'WorkOrder' }
   };

export type LeaseConflictsQueryVariables = Exact<{
  plotIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  startsOn: Scalars['NaiveDate']['input'];
  endsOn: Scalars['NaiveDate']['input'];
  exceptLeaseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LeaseConflictsQuery = { leaseConflicts: Array<{ leaseId: string, plotCode: string, startsOn: string, endsOn: string }> };

export type CreateLeaseMutationVariables = Exact<{
  input: LeaseFields;
  activate: Scalars['Boolean']['input'];
}>;


export type CreateLeaseMutation = { createLease: { id: string, status: LeaseStatus } };

export type UpdateLeaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: LeaseFields;
}>;


export type UpdateLeaseMutation = { updateLease: { id: string, status: LeaseStatus } };

export type ActivateLeaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivateLeaseMutation = { activateLease: { id: string, status: LeaseStatus } };

export type TerminateLeaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  on: Scalars['NaiveDate']['input'];
  reason: Scalars['String']['input'];
}>;


export type TerminateLeaseMutation = { terminateLease: { id: string, status: LeaseStatus } };

export type RenewLeaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  endsOn: Scalars['NaiveDate']['input'];
  rentPerM2Year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RenewLeaseMutation = { renewLease: { id: string, status: LeaseStatus } };

export type OccupancyFieldsFragment = { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number };

export type WastewaterFieldsFragment = { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean };

export type EstateOverviewQueryVariables = Exact<{
  on?: InputMaybe<Scalars['NaiveDate']['input']>;
}>;


export type EstateOverviewQuery = { estateOverview: { on: string, clusters: Array<{ cluster: { id: string, name: string }, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number } }>, total: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number } } };

export type ProvinceOverviewQueryVariables = Exact<{
  on?: InputMaybe<Scalars['NaiveDate']['input']>;
}>;


export type ProvinceOverviewQuery = { provinceOverview: { province: string, on: string, clusters: Array<{ operatorName: string, clusterName: string, district: string, status: ClusterStatus, totalAreaM2: number, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, upkeep: { plantRegistered: boolean, capacityM3PerDay?: number | null, dischargePermitExpiresOn?: string | null, lastSampleOn?: string | null, lastSampleCompliant?: boolean | null, inflowMonth?: string | null, inflowM3PerDay?: number | null, inflowOfCapacityBp?: number | null, openP1WorkOrders: number, occurrencesDue: number, occurrencesDone: number, doneRateBp?: number | null }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number } }>, total: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number } } };

export type PlotRowFieldsFragment = { id: string, code: string, areaM2: number, landUse: string, cadastralRef?: string | null, notes?: string | null, status?: PlotStatus | null, cluster: { id: string, name: string } };

export type PlotsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PlotStatus>;
  orderBy?: InputMaybe<PlotOrder>;
}>;


export type PlotsQuery = { plots: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, code: string, areaM2: number, landUse: string, cadastralRef?: string | null, notes?: string | null, status?: PlotStatus | null, cluster: { id: string, name: string } }> } };

export type CreatePlotMutationVariables = Exact<{
  input: PlotFields;
}>;


export type CreatePlotMutation = { createPlot: { id: string, code: string, areaM2: number, landUse: string, cadastralRef?: string | null, notes?: string | null, status?: PlotStatus | null, cluster: { id: string, name: string } } };

export type UpdatePlotMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PlotFields;
}>;


export type UpdatePlotMutation = { updatePlot: { id: string, code: string, areaM2: number, landUse: string, cadastralRef?: string | null, notes?: string | null, status?: PlotStatus | null, cluster: { id: string, name: string } } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
  displayName?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string, suspendedAt?: string | null }, firm?: { id: string, name: string } | null }> } } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { invitationPreview: { email: string, existingAccount: boolean, role: Role, tenantName: string, firmName?: string | null, expiresAt: string } };

export type InvitationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvitationsQuery = { invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, createdAt: string, firm?: { id: string, name: string } | null, invitedBy?: { displayName: string, email: string } | null }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { id: string, email: string, status: InvitationStatus } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, email: string, status: InvitationStatus } };

export type MailLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MailStatus>;
}>;


export type MailLogQuery = { mailLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, recipient: string, subject: string, template: string, status: MailStatus, attempts: number, lastError?: string | null, createdAt: string, sentAt?: string | null, nextAttemptAt?: string | null }> } };

export type RetryMailMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryMailMutation = { retryMail: { id: string, recipient: string, status: MailStatus, attempts: number, nextAttemptAt?: string | null } };

export type MyLeasedPlotsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyLeasedPlotsQuery = { leases: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, cluster: { id: string, name: string }, plots: Array<{ id: string, code: string }> }> } };

export type MaintenanceRequestRowFragment = { id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean };

export type MaintenanceRequestsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<MaintenanceRequestStatus> | MaintenanceRequestStatus>;
  priority?: InputMaybe<MaintenancePriority>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MaintenanceRequestsQuery = { maintenanceRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean }> } };

export type MaintenanceEventDataFragment = { id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null };

export type MaintenanceFileDataFragment = { id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null };

export type MaintenanceRequestDetailFragment = { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> };

export type MaintenanceRequestDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MaintenanceRequestDetailQuery = { node:
    | { __typename: 'Asset' }
    | { __typename: 'BankLine' }
    | { __typename: 'Cluster' }
    | { __typename: 'Firm' }
    | { __typename: 'Invitation' }
    | { __typename: 'Invoice' }
    | { __typename: 'Lease' }
    | { __typename: 'MailMessage' }
    | { __typename: 'MaintenanceRequest', description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> }
    | { __typename: 'Membership' }
    | { __typename: 'Payment' }
    | { __typename: 'Plot' }
    | { __typename: 'Tenant' }
    | { __typename: 'UpkeepSchedule' }
    | { __typename: 'WorkOrder' }
   };

export type FileMaintenanceRequestMutationVariables = Exact<{
  input: FileMaintenanceRequestInput;
}>;


export type FileMaintenanceRequestMutation = { fileMaintenanceRequest: { request: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } } };

export type AttachMaintenanceFilesMutationVariables = Exact<{
  input: AttachMaintenanceFilesInput;
}>;


export type AttachMaintenanceFilesMutation = { attachMaintenanceFiles: { request: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> }, files: Array<{ id: string }> } };

export type AcknowledgeMaintenanceRequestMutationVariables = Exact<{
  input: AcknowledgeMaintenanceRequestInput;
}>;


export type AcknowledgeMaintenanceRequestMutation = { acknowledgeMaintenanceRequest: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type AskMaintenanceRequesterMutationVariables = Exact<{
  input: AskMaintenanceRequesterInput;
}>;


export type AskMaintenanceRequesterMutation = { askMaintenanceRequester: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type DeferMaintenanceRequestMutationVariables = Exact<{
  input: DeferMaintenanceRequestInput;
}>;


export type DeferMaintenanceRequestMutation = { deferMaintenanceRequest: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type RejectMaintenanceRequestMutationVariables = Exact<{
  input: RejectMaintenanceRequestInput;
}>;


export type RejectMaintenanceRequestMutation = { rejectMaintenanceRequest: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type ResolveMaintenanceRequestMutationVariables = Exact<{
  input: ResolveMaintenanceRequestInput;
}>;


export type ResolveMaintenanceRequestMutation = { resolveMaintenanceRequest: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type CancelMaintenanceRequestMutationVariables = Exact<{
  input: CancelMaintenanceRequestInput;
}>;


export type CancelMaintenanceRequestMutation = { cancelMaintenanceRequest: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type StartMaintenanceRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type StartMaintenanceRequestMutation = { startMaintenanceRequest: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type ResumeMaintenanceRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type ResumeMaintenanceRequestMutation = { resumeMaintenanceRequest: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type ReplyToMaintenanceRequestMutationVariables = Exact<{
  input: ReplyToMaintenanceRequestInput;
}>;


export type ReplyToMaintenanceRequestMutation = { replyToMaintenanceRequest: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type ConfirmMaintenanceResolutionMutationVariables = Exact<{
  input: ConfirmMaintenanceResolutionInput;
}>;


export type ConfirmMaintenanceResolutionMutation = { confirmMaintenanceResolution: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type ReopenMaintenanceRequestMutationVariables = Exact<{
  input: ReopenMaintenanceRequestInput;
}>;


export type ReopenMaintenanceRequestMutation = { reopenMaintenanceRequest: { description: string, firmId: string, clusterId?: string | null, plotId?: string | null, rating?: number | null, rejectReason?: RejectReason | null, duplicateOfId?: string | null, reopenCount: number, resolutionNote?: string | null, resolvedAt?: string | null, updatedAt: string, id: string, reference: string, title: string, category: MaintenanceCategory, status: MaintenanceRequestStatus, priority: MaintenancePriority, urgent: boolean, firmName: string, clusterName?: string | null, plotCode?: string | null, location?: string | null, promisedOn?: string | null, deferredUntil?: string | null, createdAt: string, respondedAt?: string | null, responseDueAt?: string | null, resolutionDueAt?: string | null, overdue: boolean, slaPaused: boolean, awaitingConfirmation: boolean, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, comments: Array<{ id: string, authorId?: string | null, authorName?: string | null, body: string, internal: boolean, createdAt: string }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type CommentOnMaintenanceRequestMutationVariables = Exact<{
  input: CommentOnMaintenanceRequestInput;
}>;


export type CommentOnMaintenanceRequestMutation = { commentOnMaintenanceRequest: { id: string } };

export type WorkOrderRowFragment = { id: string, reference: string, title: string, status: WorkOrderStatus, priority: MaintenancePriority, fundingSource: FundingSource, clusterName?: string | null, assigneeName?: string | null, costTotal: number, overdue: boolean, responseDueAt?: string | null, resolutionDueAt?: string | null, createdAt: string };

export type WorkOrderDetailFragment = { description: string, clusterId?: string | null, firmId?: string | null, requestIds: Array<string>, assigneeUserId?: string | null, contractorName?: string | null, contractorPhone?: string | null, contractorEmail?: string | null, holdReason?: HoldReason | null, noCost: boolean, verifiedAt?: string | null, verifiedCostTotal: number, id: string, reference: string, title: string, status: WorkOrderStatus, priority: MaintenancePriority, fundingSource: FundingSource, clusterName?: string | null, assigneeName?: string | null, costTotal: number, overdue: boolean, responseDueAt?: string | null, resolutionDueAt?: string | null, createdAt: string, checklist: Array<{ id: string, label: string, done: boolean, position: number, kind?: ChecklistKind | null, unit?: string | null, min?: number | null, max?: number | null, answer?: string | null, passed?: boolean | null, correctiveWorkOrderId?: string | null, photoThumbnailUrl?: string | null }>, costLines: Array<{ id: string, kind: CostKind, description: string, amount: number, minutes?: number | null, hourlyRate?: number | null, supplier?: string | null, supplierInvoice?: string | null }>, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> };

export type RequestWorkOrdersQueryVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type RequestWorkOrdersQuery = { workOrders: { nodes: Array<{ id: string, reference: string, title: string, status: WorkOrderStatus, priority: MaintenancePriority, fundingSource: FundingSource, clusterName?: string | null, assigneeName?: string | null, costTotal: number, overdue: boolean, responseDueAt?: string | null, resolutionDueAt?: string | null, createdAt: string }> } };

export type WorkOrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkOrderDetailQuery = { node:
    | { __typename: 'Asset' }
    | { __typename: 'BankLine' }
    | { __typename: 'Cluster' }
    | { __typename: 'Firm' }
    | { __typename: 'Invitation' }
    | { __typename: 'Invoice' }
    | { __typename: 'Lease' }
    | { __typename: 'MailMessage' }
    | { __typename: 'MaintenanceRequest' }
    | { __typename: 'Membership' }
    | { __typename: 'Payment' }
    | { __typename: 'Plot' }
    | { __typename: 'Tenant' }
    | { __typename: 'UpkeepSchedule' }
    | { __typename: 'WorkOrder', description: string, clusterId?: string | null, firmId?: string | null, requestIds: Array<string>, assigneeUserId?: string | null, contractorName?: string | null, contractorPhone?: string | null, contractorEmail?: string | null, holdReason?: HoldReason | null, noCost: boolean, verifiedAt?: string | null, verifiedCostTotal: number, id: string, reference: string, title: string, status: WorkOrderStatus, priority: MaintenancePriority, fundingSource: FundingSource, clusterName?: string | null, assigneeName?: string | null, costTotal: number, overdue: boolean, responseDueAt?: string | null, resolutionDueAt?: string | null, createdAt: string, checklist: Array<{ id: string, label: string, done: boolean, position: number, kind?: ChecklistKind | null, unit?: string | null, min?: number | null, max?: number | null, answer?: string | null, passed?: boolean | null, correctiveWorkOrderId?: string | null, photoThumbnailUrl?: string | null }>, costLines: Array<{ id: string, kind: CostKind, description: string, amount: number, minutes?: number | null, hourlyRate?: number | null, supplier?: string | null, supplierInvoice?: string | null }>, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> }
   };

export type CreateWorkOrderMutationVariables = Exact<{
  input: CreateWorkOrderInput;
}>;


export type CreateWorkOrderMutation = { createWorkOrder: { description: string, clusterId?: string | null, firmId?: string | null, requestIds: Array<string>, assigneeUserId?: string | null, contractorName?: string | null, contractorPhone?: string | null, contractorEmail?: string | null, holdReason?: HoldReason | null, noCost: boolean, verifiedAt?: string | null, verifiedCostTotal: number, id: string, reference: string, title: string, status: WorkOrderStatus, priority: MaintenancePriority, fundingSource: FundingSource, clusterName?: string | null, assigneeName?: string | null, costTotal: number, overdue: boolean, responseDueAt?: string | null, resolutionDueAt?: string | null, createdAt: string, checklist: Array<{ id: string, label: string, done: boolean, position: number, kind?: ChecklistKind | null, unit?: string | null, min?: number | null, max?: number | null, answer?: string | null, passed?: boolean | null, correctiveWorkOrderId?: string | null, photoThumbnailUrl?: string | null }>, costLines: Array<{ id: string, kind: CostKind, description: string, amount: number, minutes?: number | null, hourlyRate?: number | null, supplier?: string | null, supplierInvoice?: string | null }>, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type AssignWorkOrderMutationVariables = Exact<{
  input: AssignWorkOrderInput;
}>;


export type AssignWorkOrderMutation = { assignWorkOrder: { description: string, clusterId?: string | null, firmId?: string | null, requestIds: Array<string>, assigneeUserId?: string | null, contractorName?: string | null, contractorPhone?: string | null, contractorEmail?: string | null, holdReason?: HoldReason | null, noCost: boolean, verifiedAt?: string | null, verifiedCostTotal: number, id: string, reference: string, title: string, status: WorkOrderStatus, priority: MaintenancePriority, fundingSource: FundingSource, clusterName?: string | null, assigneeName?: string | null, costTotal: number, overdue: boolean, responseDueAt?: string | null, resolutionDueAt?: string | null, createdAt: string, checklist: Array<{ id: string, label: string, done: boolean, position: number, kind?: ChecklistKind | null, unit?: string | null, min?: number | null, max?: number | null, answer?: string | null, passed?: boolean | null, correctiveWorkOrderId?: string | null, photoThumbnailUrl?: string | null }>, costLines: Array<{ id: string, kind: CostKind, description: string, amount: number, minutes?: number | null, hourlyRate?: number | null, supplier?: string | null, supplierInvoice?: string | null }>, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type UpdateWorkOrderMutationVariables = Exact<{
  input: UpdateWorkOrderInput;
}>;


export type UpdateWorkOrderMutation = { updateWorkOrder: { description: string, clusterId?: string | null, firmId?: string | null, requestIds: Array<string>, assigneeUserId?: string | null, contractorName?: string | null, contractorPhone?: string | null, contractorEmail?: string | null, holdReason?: HoldReason | null, noCost: boolean, verifiedAt?: string | null, verifiedCostTotal: number, id: string, reference: string, title: string, status: WorkOrderStatus, priority: MaintenancePriority, fundingSource: FundingSource, clusterName?: string | null, assigneeName?: string | null, costTotal: number, overdue: boolean, responseDueAt?: string | null, resolutionDueAt?: string | null, createdAt: string, checklist: Array<{ id: string, label: string, done: boolean, position: number, kind?: ChecklistKind | null, unit?: string | null, min?: number | null, max?: number | null, answer?: string | null, passed?: boolean | null, correctiveWorkOrderId?: string | null, photoThumbnailUrl?: string | null }>, costLines: Array<{ id: string, kind: CostKind, description: string, amount: number, minutes?: number | null, hourlyRate?: number | null, supplier?: string | null, supplierInvoice?: string | null }>, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type TransitionWorkOrderMutationVariables = Exact<{
  input: TransitionWorkOrderInput;
}>;


export type TransitionWorkOrderMutation = { transitionWorkOrder: { description: string, clusterId?: string | null, firmId?: string | null, requestIds: Array<string>, assigneeUserId?: string | null, contractorName?: string | null, contractorPhone?: string | null, contractorEmail?: string | null, holdReason?: HoldReason | null, noCost: boolean, verifiedAt?: string | null, verifiedCostTotal: number, id: string, reference: string, title: string, status: WorkOrderStatus, priority: MaintenancePriority, fundingSource: FundingSource, clusterName?: string | null, assigneeName?: string | null, costTotal: number, overdue: boolean, responseDueAt?: string | null, resolutionDueAt?: string | null, createdAt: string, checklist: Array<{ id: string, label: string, done: boolean, position: number, kind?: ChecklistKind | null, unit?: string | null, min?: number | null, max?: number | null, answer?: string | null, passed?: boolean | null, correctiveWorkOrderId?: string | null, photoThumbnailUrl?: string | null }>, costLines: Array<{ id: string, kind: CostKind, description: string, amount: number, minutes?: number | null, hourlyRate?: number | null, supplier?: string | null, supplierInvoice?: string | null }>, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type RemoveCostLineMutationVariables = Exact<{
  costLineId: Scalars['ID']['input'];
}>;


export type RemoveCostLineMutation = { removeCostLine: { description: string, clusterId?: string | null, firmId?: string | null, requestIds: Array<string>, assigneeUserId?: string | null, contractorName?: string | null, contractorPhone?: string | null, contractorEmail?: string | null, holdReason?: HoldReason | null, noCost: boolean, verifiedAt?: string | null, verifiedCostTotal: number, id: string, reference: string, title: string, status: WorkOrderStatus, priority: MaintenancePriority, fundingSource: FundingSource, clusterName?: string | null, assigneeName?: string | null, costTotal: number, overdue: boolean, responseDueAt?: string | null, resolutionDueAt?: string | null, createdAt: string, checklist: Array<{ id: string, label: string, done: boolean, position: number, kind?: ChecklistKind | null, unit?: string | null, min?: number | null, max?: number | null, answer?: string | null, passed?: boolean | null, correctiveWorkOrderId?: string | null, photoThumbnailUrl?: string | null }>, costLines: Array<{ id: string, kind: CostKind, description: string, amount: number, minutes?: number | null, hourlyRate?: number | null, supplier?: string | null, supplierInvoice?: string | null }>, events: Array<{ id: string, at: string, actorId?: string | null, actorName?: string | null, fromStatus?: string | null, toStatus: string, priority: MaintenancePriority, reasonCode?: MaintenanceEventReason | null, reasonDetail?: string | null, reason?: string | null }>, files: Array<{ id: string, fileName: string, contentType: string, isImage: boolean, sizeBytes: number, url: string, thumbnailUrl?: string | null }> } };

export type AddChecklistItemMutationVariables = Exact<{
  input: AddChecklistItemInput;
}>;


export type AddChecklistItemMutation = { addChecklistItem: { id: string } };

export type SetChecklistItemMutationVariables = Exact<{
  input: SetChecklistItemInput;
}>;


export type SetChecklistItemMutation = { setChecklistItem: { id: string, done: boolean } };

export type AddCostLineMutationVariables = Exact<{
  input: AddCostLineInput;
}>;


export type AddCostLineMutation = { addCostLine: { id: string } };

export type MaintenanceStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type MaintenanceStaffQuery = { maintenanceStaff: Array<{ userId: string, name: string }> };

export type AnswerChecklistItemMutationVariables = Exact<{
  input: AnswerChecklistItemInput;
}>;


export type AnswerChecklistItemMutation = { answerChecklistItem: { correctiveWorkOrderId?: string | null, item: { id: string, answer?: string | null, passed?: boolean | null, done: boolean, correctiveWorkOrderId?: string | null } } };

export type AnswerChecklistPhotoMutationVariables = Exact<{
  input: AnswerChecklistPhotoInput;
}>;


export type AnswerChecklistPhotoMutation = { answerChecklistPhoto: { correctiveWorkOrderId?: string | null, item: { id: string, answer?: string | null, passed?: boolean | null, done: boolean, correctiveWorkOrderId?: string | null, photoThumbnailUrl?: string | null } } };

export type FundCoverageQueryVariables = Exact<{
  clusterId: Scalars['ID']['input'];
}>;


export type FundCoverageQuery = { maintenanceFund: { clusterId: string, clusterName: string, balance: number, plannedNext12Months: number, coverageBp?: number | null } };

export type OperatorTodoQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorTodoQuery = { operatorTodo: { on: string, bankLinesWaiting: number, unbilledPeriod?: string | null, newlyOverdue: number, overdue: number, failedEmails?: number | null, leasesEnding: number, permitsExpiring: number, effluentOverLimit: number, requestsToTriage: number, unbilledClusters: Array<{ id: string, name: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string, suspendedAt?: string | null }, firm?: { id: string, name: string } | null }> } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string, suspendedAt?: string | null }, firm?: { id: string, name: string } | null }> } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type ReminderSettingsDataFragment = { clusterId?: string | null, customised: boolean, ownDisabledKinds?: Array<ReminderKind> | null, ownLadderDays?: Array<number> | null, ownRepeatDays?: number | null, ownCc?: string | null, placeholders: Array<string>, ownSendWindow?: { always: boolean } | null, ownTemplates?: Array<{ kind: ReminderKind }> | null, effective: { enabledKinds: Array<ReminderKind>, ladderDays: Array<number>, repeatDays: number, cc?: string | null, sendWindow: { always: boolean, start?: string | null, end?: string | null, days: Array<DayOfWeek> }, templates: Array<{ kind: ReminderKind, locale: ReminderLocale, subject: string, body: string }> } };

export type ReminderSettingsQueryVariables = Exact<{
  clusterId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ReminderSettingsQuery = { reminderSettings: { clusterId?: string | null, customised: boolean, ownDisabledKinds?: Array<ReminderKind> | null, ownLadderDays?: Array<number> | null, ownRepeatDays?: number | null, ownCc?: string | null, placeholders: Array<string>, ownSendWindow?: { always: boolean } | null, ownTemplates?: Array<{ kind: ReminderKind }> | null, effective: { enabledKinds: Array<ReminderKind>, ladderDays: Array<number>, repeatDays: number, cc?: string | null, sendWindow: { always: boolean, start?: string | null, end?: string | null, days: Array<DayOfWeek> }, templates: Array<{ kind: ReminderKind, locale: ReminderLocale, subject: string, body: string }> } } };

export type UpdateReminderSettingsMutationVariables = Exact<{
  input: ReminderSettingsFields;
}>;


export type UpdateReminderSettingsMutation = { updateReminderSettings: { clusterId?: string | null, customised: boolean, ownDisabledKinds?: Array<ReminderKind> | null, ownLadderDays?: Array<number> | null, ownRepeatDays?: number | null, ownCc?: string | null, placeholders: Array<string>, ownSendWindow?: { always: boolean } | null, ownTemplates?: Array<{ kind: ReminderKind }> | null, effective: { enabledKinds: Array<ReminderKind>, ladderDays: Array<number>, repeatDays: number, cc?: string | null, sendWindow: { always: boolean, start?: string | null, end?: string | null, days: Array<DayOfWeek> }, templates: Array<{ kind: ReminderKind, locale: ReminderLocale, subject: string, body: string }> } } };

export type ReminderClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderClustersQuery = { clusters: { nodes: Array<{ id: string, name: string }> } };

export type RemindersLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ReminderKind>;
}>;


export type RemindersLogQuery = { remindersLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, kind: ReminderKind, step: string, anchorOn: string, summary?: string | null, status: ReminderStatus, recipients: number, amount?: number | null, claimedAt: string, notBefore: string }> } };

export type ReminderForecastQueryVariables = Exact<{
  at?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ReminderForecastQuery = { reminderForecast: { at: string, reminders: number, firms: number, byKind: Array<{ kind: ReminderKind, reminders: number, firms: number }>, items: Array<{ kind: ReminderKind, step: string, summary: string, firmName: string, amount?: number | null, recipients: number }> } };

export type ReminderPreviewQueryVariables = Exact<{
  invoiceId: Scalars['ID']['input'];
  kind: ReminderKind;
  locale: ReminderLocale;
  subject?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReminderPreviewQuery = { reminderPreview: { subject: string, text: string } };

export type ReminderPreviewInvoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderPreviewInvoicesQuery = { invoices: { nodes: Array<{ id: string, numberLabel: string, buyerName: string, dueOn?: string | null, open: number }> } };

export type GlobalSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type GlobalSearchQuery = { firms: { totalCount: number, nodes: Array<{ id: string, name: string, taxCode?: string | null }> }, invoices: { totalCount: number, nodes: Array<{ id: string, numberLabel: string, buyerName: string, clusterName: string, status: InvoiceStatus }> }, plots: { totalCount: number, nodes: Array<{ id: string, code: string, status?: PlotStatus | null, cluster: { id: string, name: string } }> } };

export type GlobalSearchLeasesQueryVariables = Exact<{
  firmId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type GlobalSearchLeasesQuery = { leases: { nodes: Array<{ id: string, status: LeaseStatus, startsOn: string, endsOn: string, firm: { id: string, name: string }, cluster: { id: string, name: string }, plots: Array<{ code: string }> }> } };

export type TenantsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TenantsQuery = { tenants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string, kind: TenantKind, province: string, createdAt: string, suspendedAt?: string | null, suspensionReason?: string | null }> } };

export type UpdateTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTenantInput;
}>;


export type UpdateTenantMutation = { updateTenant: { id: string, name: string, province: string } };

export type SuspendTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type SuspendTenantMutation = { suspendTenant: { id: string, suspendedAt?: string | null, suspensionReason?: string | null } };

export type ReactivateTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateTenantMutation = { reactivateTenant: { id: string, suspendedAt?: string | null } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { id: string, name: string, kind: TenantKind, province: string } };

export type AssetRowFieldsFragment = { id: string, clusterId: string, parentId?: string | null, plotId?: string | null, code: string, name: string, category: AssetCategory, location?: string | null, quantity?: number | null, unit?: string | null, commissionedOn?: string | null, expectedLifeYears?: number | null, condition?: number | null, replacementValue?: number | null, warrantyUntil?: string | null, notes?: string | null, permits: Array<{ id: string, kind: PermitKind, number: string, issuer?: string | null, issuedOn: string, expiresOn?: string | null, expired: boolean }> };

export type AssetsQueryVariables = Exact<{
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<AssetCategory>;
}>;


export type AssetsQuery = { assets: Array<{ id: string, clusterId: string, parentId?: string | null, plotId?: string | null, code: string, name: string, category: AssetCategory, location?: string | null, quantity?: number | null, unit?: string | null, commissionedOn?: string | null, expectedLifeYears?: number | null, condition?: number | null, replacementValue?: number | null, warrantyUntil?: string | null, notes?: string | null, permits: Array<{ id: string, kind: PermitKind, number: string, issuer?: string | null, issuedOn: string, expiresOn?: string | null, expired: boolean }> }> };

export type AssetDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssetDetailQuery = { node:
    | { __typename: 'Asset', isPlant: boolean, id: string, clusterId: string, parentId?: string | null, plotId?: string | null, code: string, name: string, category: AssetCategory, location?: string | null, quantity?: number | null, unit?: string | null, commissionedOn?: string | null, expectedLifeYears?: number | null, condition?: number | null, replacementValue?: number | null, warrantyUntil?: string | null, notes?: string | null, permits: Array<{ id: string, kind: PermitKind, number: string, issuer?: string | null, issuedOn: string, expiresOn?: string | null, expired: boolean, limits: Array<{ code: string, name: string, unit?: string | null, min?: number | null, max?: number | null }> }>, effluentSamples: Array<{ id: string, sampledOn: string, reportNumber: string, compliant: boolean, workOrderId?: string | null, values: Array<{ code: string, name: string, unit?: string | null, value: number, min?: number | null, max?: number | null, over: boolean }> }>, children: Array<{ id: string, code: string, name: string, category: AssetCategory, condition?: number | null }>, workOrders: Array<{ id: string, reference: string, title: string, status: WorkOrderStatus, createdAt: string, costTotal: number }>, costs: Array<{ id: string, entryOn: string, amount: number, account: FundAccount, description: string, documentNumber?: string | null, documentDate?: string | null, workOrderId?: string | null }> }
    | { __typename: 'BankLine' }
    | { __typename: 'Cluster' }
    | { __typename: 'Firm' }
    | { __typename: 'Invitation' }
    | { __typename: 'Invoice' }
    | { __typename: 'Lease' }
    | { __typename: 'MailMessage' }
    | { __typename: 'MaintenanceRequest' }
    | { __typename: 'Membership' }
    | { __typename: 'Payment' }
    | { __typename: 'Plot' }
    | { __typename: 'Tenant' }
    | { __typename: 'UpkeepSchedule' }
    | { __typename: 'WorkOrder' }
   };

export type CreateAssetMutationVariables = Exact<{
  input: AssetFields;
}>;


export type CreateAssetMutation = { createAsset: { id: string, clusterId: string, parentId?: string | null, plotId?: string | null, code: string, name: string, category: AssetCategory, location?: string | null, quantity?: number | null, unit?: string | null, commissionedOn?: string | null, expectedLifeYears?: number | null, condition?: number | null, replacementValue?: number | null, warrantyUntil?: string | null, notes?: string | null, permits: Array<{ id: string, kind: PermitKind, number: string, issuer?: string | null, issuedOn: string, expiresOn?: string | null, expired: boolean }> } };

export type UpdateAssetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AssetFields;
}>;


export type UpdateAssetMutation = { updateAsset: { id: string, clusterId: string, parentId?: string | null, plotId?: string | null, code: string, name: string, category: AssetCategory, location?: string | null, quantity?: number | null, unit?: string | null, commissionedOn?: string | null, expectedLifeYears?: number | null, condition?: number | null, replacementValue?: number | null, warrantyUntil?: string | null, notes?: string | null, permits: Array<{ id: string, kind: PermitKind, number: string, issuer?: string | null, issuedOn: string, expiresOn?: string | null, expired: boolean }> } };

export type ImportAssetsMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  commit: Scalars['Boolean']['input'];
}>;


export type ImportAssetsMutation = { importAssets: { rows: number, valid: boolean, created: number, problems: Array<{ row: number, column: string, message: string, reason: { code: string, params: Array<{ name: string, kind: ReasonParamKind, value: string }> } }> } };

export type CalendarItemFieldsFragment = { uid: string, kind: CalendarItemKind, day: string, title: string, status?: CalendarItemStatus | null, forecast: boolean, scheduleId?: string | null, workOrderId?: string | null, assetId?: string | null, assetName?: string | null, permitKind?: PermitKind | null, legalBasis?: string | null };

export type ComplianceMonthQueryVariables = Exact<{
  clusterId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  month: Scalars['Int']['input'];
}>;


export type ComplianceMonthQuery = { complianceMonth: { firstDay: string, lastDay: string, items: Array<{ uid: string, kind: CalendarItemKind, day: string, title: string, status?: CalendarItemStatus | null, forecast: boolean, scheduleId?: string | null, workOrderId?: string | null, assetId?: string | null, assetName?: string | null, permitKind?: PermitKind | null, legalBasis?: string | null }> } };

export type CalendarFeedsQueryVariables = Exact<{
  clusterId: Scalars['ID']['input'];
}>;


export type CalendarFeedsQuery = { calendarFeeds: Array<{ id: string, createdAt: string }> };

export type CreateCalendarFeedMutationVariables = Exact<{
  clusterId: Scalars['ID']['input'];
}>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { url: string, feed: { id: string, createdAt: string } } };

export type RevokeCalendarFeedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: { id: string, revokedAt?: string | null } };

export type ApplyComplianceTemplatesMutationVariables = Exact<{
  clusterId: Scalars['ID']['input'];
}>;


export type ApplyComplianceTemplatesMutation = { applyComplianceTemplates: { alreadyPresent: Array<string>, notApplicable: Array<string>, created: Array<{ id: string, title: string }> } };

export type SetDischargeLimitsMutationVariables = Exact<{
  input: DischargeLimitsFields;
}>;


export type SetDischargeLimitsMutation = { setDischargeLimits: Array<{ code: string, name: string, unit?: string | null, min?: number | null, max?: number | null }> };

export type RecordEffluentSampleMutationVariables = Exact<{
  input: EffluentSampleFields;
}>;


export type RecordEffluentSampleMutation = { recordEffluentSample: { workOrderId?: string | null, sample: { id: string, compliant: boolean } } };

export type ScheduleRowFieldsFragment = { id: string, clusterId: string, assetId?: string | null, title: string, rule: string, startsOn: string, anchor: ScheduleAnchor, leadDays: number, estimatedCost: number, fundingSource: FundingSource, account: FundAccount, assigneeUserId?: string | null, legalBasis?: string | null, active: boolean, nextDates: Array<string>, checklist: Array<{ label: string, kind: ChecklistKind, unit?: string | null, min?: number | null, max?: number | null }> };

export type UpkeepSchedulesQueryVariables = Exact<{
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  assetId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UpkeepSchedulesQuery = { upkeepSchedules: Array<{ id: string, clusterId: string, assetId?: string | null, title: string, rule: string, startsOn: string, anchor: ScheduleAnchor, leadDays: number, estimatedCost: number, fundingSource: FundingSource, account: FundAccount, assigneeUserId?: string | null, legalBasis?: string | null, active: boolean, nextDates: Array<string>, checklist: Array<{ label: string, kind: ChecklistKind, unit?: string | null, min?: number | null, max?: number | null }> }> };

export type UpkeepRulePreviewQueryVariables = Exact<{
  rule: Scalars['String']['input'];
  startsOn: Scalars['NaiveDate']['input'];
  leadDays: Scalars['Int']['input'];
  anchor: ScheduleAnchor;
}>;


export type UpkeepRulePreviewQuery = { upkeepRulePreview: Array<string> };

export type CreateUpkeepScheduleMutationVariables = Exact<{
  input: ScheduleFields;
}>;


export type CreateUpkeepScheduleMutation = { createUpkeepSchedule: { id: string, clusterId: string, assetId?: string | null, title: string, rule: string, startsOn: string, anchor: ScheduleAnchor, leadDays: number, estimatedCost: number, fundingSource: FundingSource, account: FundAccount, assigneeUserId?: string | null, legalBasis?: string | null, active: boolean, nextDates: Array<string>, checklist: Array<{ label: string, kind: ChecklistKind, unit?: string | null, min?: number | null, max?: number | null }> } };

export type UpdateUpkeepScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ScheduleFields;
}>;


export type UpdateUpkeepScheduleMutation = { updateUpkeepSchedule: { id: string, clusterId: string, assetId?: string | null, title: string, rule: string, startsOn: string, anchor: ScheduleAnchor, leadDays: number, estimatedCost: number, fundingSource: FundingSource, account: FundAccount, assigneeUserId?: string | null, legalBasis?: string | null, active: boolean, nextDates: Array<string>, checklist: Array<{ label: string, kind: ChecklistKind, unit?: string | null, min?: number | null, max?: number | null }> } };

export type FundStatementQueryVariables = Exact<{
  clusterId: Scalars['ID']['input'];
  from: Scalars['NaiveDate']['input'];
  to: Scalars['NaiveDate']['input'];
  account?: InputMaybe<FundAccount>;
}>;


export type FundStatementQuery = { fundStatement: { clusterName: string, account: FundAccount, from: string, to: string, openingBalance: number, receiptsTotal: number, expensesTotal: number, closingBalance: number, receipts: Array<{ month: string, source: FundEntryKind, amount: number }>, expenses: Array<{ category?: AssetCategory | null, total: number, lines: Array<{ id: string, entryOn: string, amount: number, description: string, documentNumber?: string | null, documentDate?: string | null, workOrderId?: string | null }> }> } };

export type MembersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, role: Role, createdAt: string, firm?: { id: string, name: string } | null, user: { email: string, displayName: string } }> } };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { removeMember: string };

export type ChangeMemberRoleMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
  role: Role;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { id: string, role: Role } };

export type ClusterOptionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClusterOptionsQuery = { clusters: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string }> } };

export type FirmOptionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FirmOptionsQuery = { firms: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string, taxCode?: string | null, status: FirmStatus }> } };

export type ViewerFieldsFragment = { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string, suspendedAt?: string | null }, firm?: { id: string, name: string } | null }> };

export type AuthSessionFieldsFragment = { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string, suspendedAt?: string | null }, firm?: { id: string, name: string } | null }> } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refresh: { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string, suspendedAt?: string | null }, firm?: { id: string, name: string } | null }> } } };

export const BankLineDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"payerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceOpen"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"ignoreReason"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}}]}}]} as unknown as DocumentNode<BankLineDataFragment, unknown>;
export const InvoiceLineDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionVi"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantityE4"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}}]} as unknown as DocumentNode<InvoiceLineDataFragment, unknown>;
export const InvoiceDetailDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"buyerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"vatTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"totalInWords"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleVi"},"name":{"kind":"Name","value":"roundingRule"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleEn"},"name":{"kind":"Name","value":"roundingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"english"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"vietqr"}},{"kind":"Field","name":{"kind":"Name","value":"credited"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctsLabel"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"correctsReference"}},{"kind":"Field","name":{"kind":"Name","value":"agreementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementDate"}},{"kind":"Field","name":{"kind":"Name","value":"replacedById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditable"}},{"kind":"Field","name":{"kind":"Name","value":"vatDeduction"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceLineData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatByRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionVi"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantityE4"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}}]} as unknown as DocumentNode<InvoiceDetailDataFragment, unknown>;
export const MeterReadingDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeterReadingData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeterReading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"readOn"}},{"kind":"Field","name":{"kind":"Name","value":"meterM3"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionM3"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MeterReadingDataFragment, unknown>;
export const AgingBucketsDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgingBucketsData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgingBuckets"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"days1To30"}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<AgingBucketsDataFragment, unknown>;
export const BillingSettingsDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingSettingsData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceSeries"}},{"kind":"Field","name":{"kind":"Name","value":"currentSeries"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestBp"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestCommercial"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestBasis"}},{"kind":"Field","name":{"kind":"Name","value":"interestOnInvoice"}},{"kind":"Field","name":{"kind":"Name","value":"rentVatBp"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDatePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"bankBin"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountName"}}]}}]} as unknown as DocumentNode<BillingSettingsDataFragment, unknown>;
export const SupportProgrammeDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportProgrammeData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}}]} as unknown as DocumentNode<SupportProgrammeDataFragment, unknown>;
export const TariffDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"charge"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatBasis"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]} as unknown as DocumentNode<TariffDataFragment, unknown>;
export const WastewaterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}}]} as unknown as DocumentNode<WastewaterFieldsFragment, unknown>;
export const OccupancyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}}]} as unknown as DocumentNode<OccupancyFieldsFragment, unknown>;
export const AuditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AuditFieldsFragment, unknown>;
export const ClusterDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effluentOverLimit"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<ClusterDetailFieldsFragment, unknown>;
export const FirmRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FirmRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Firm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capitalOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"vsicCode"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<FirmRowFieldsFragment, unknown>;
export const ImportResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportResultFieldsFragment, unknown>;
export const LeaseDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rentPerM2Year"}},{"kind":"Field","name":{"kind":"Name","value":"rentSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceFeePerM2Month"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"}},{"kind":"Field","name":{"kind":"Name","value":"escalationBp"}},{"kind":"Field","name":{"kind":"Name","value":"escalationEveryYears"}},{"kind":"Field","name":{"kind":"Name","value":"supportProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestBp"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestCommercial"}},{"kind":"Field","name":{"kind":"Name","value":"deductibleLandPricePerM2Year"}},{"kind":"Field","name":{"kind":"Name","value":"deductibleLandBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"renewedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<LeaseDetailFieldsFragment, unknown>;
export const PlotRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlotRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlotRowFieldsFragment, unknown>;
export const MaintenanceRequestRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}}]} as unknown as DocumentNode<MaintenanceRequestRowFragment, unknown>;
export const MaintenanceEventDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<MaintenanceEventDataFragment, unknown>;
export const MaintenanceFileDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]} as unknown as DocumentNode<MaintenanceFileDataFragment, unknown>;
export const MaintenanceRequestDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]} as unknown as DocumentNode<MaintenanceRequestDetailFragment, unknown>;
export const WorkOrderRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WorkOrderRowFragment, unknown>;
export const WorkOrderDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"requestIds"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"contractorName"}},{"kind":"Field","name":{"kind":"Name","value":"contractorPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contractorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"noCost"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCostTotal"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"photoThumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]} as unknown as DocumentNode<WorkOrderDetailFragment, unknown>;
export const ReminderSettingsDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderSettingsData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"ownDisabledKinds"}},{"kind":"Field","name":{"kind":"Name","value":"ownLadderDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownRepeatDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownCc"}},{"kind":"Field","name":{"kind":"Name","value":"ownSendWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabledKinds"}},{"kind":"Field","name":{"kind":"Name","value":"ladderDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatDays"}},{"kind":"Field","name":{"kind":"Name","value":"cc"}},{"kind":"Field","name":{"kind":"Name","value":"sendWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderSettingsDataFragment, unknown>;
export const AssetRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"commissionedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLifeYears"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"replacementValue"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]} as unknown as DocumentNode<AssetRowFieldsFragment, unknown>;
export const CalendarItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"assetName"}},{"kind":"Field","name":{"kind":"Name","value":"permitKind"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]} as unknown as DocumentNode<CalendarItemFieldsFragment, unknown>;
export const ScheduleRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpkeepSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nextDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"3"}}]},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<ScheduleRowFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const AuthSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSessionFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SwitchMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<SwitchMembershipMutation, SwitchMembershipMutationVariables>;
export const AmountDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmountDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"vietqr"}},{"kind":"Field","name":{"kind":"Name","value":"payee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankBin"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AmountDueQuery, AmountDueQueryVariables>;
export const BankLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BankLineStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankLineData"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"payerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceOpen"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"ignoreReason"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}}]}}]} as unknown as DocumentNode<BankLinesQuery, BankLinesQueryVariables>;
export const BankLineCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankLineCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankLineCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"suggested"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<BankLineCountsQuery, BankLineCountsQueryVariables>;
export const ImportBankStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportBankStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBankStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}}]}}]}}]}}]} as unknown as DocumentNode<ImportBankStatementMutation, ImportBankStatementMutationVariables>;
export const ConfirmBankLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmBankLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmBankLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankLineData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"payerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceOpen"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"ignoreReason"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}}]}}]} as unknown as DocumentNode<ConfirmBankLineMutation, ConfirmBankLineMutationVariables>;
export const IgnoreBankLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IgnoreBankLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ignoreBankLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankLineData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"payerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceOpen"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"ignoreReason"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}}]}}]} as unknown as DocumentNode<IgnoreBankLineMutation, IgnoreBankLineMutationVariables>;
export const ConfirmExactBankMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmExactBankMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmExactBankMatches"}}]}}]} as unknown as DocumentNode<ConfirmExactBankMatchesMutation, ConfirmExactBankMatchesMutationVariables>;
export const InvoicePickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicePicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicePickerQuery, InvoicePickerQueryVariables>;
export const AdjustInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustmentFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionVi"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantityE4"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"buyerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"vatTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"totalInWords"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleVi"},"name":{"kind":"Name","value":"roundingRule"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleEn"},"name":{"kind":"Name","value":"roundingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"english"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"vietqr"}},{"kind":"Field","name":{"kind":"Name","value":"credited"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctsLabel"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"correctsReference"}},{"kind":"Field","name":{"kind":"Name","value":"agreementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementDate"}},{"kind":"Field","name":{"kind":"Name","value":"replacedById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditable"}},{"kind":"Field","name":{"kind":"Name","value":"vatDeduction"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceLineData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatByRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}}]}}]}}]} as unknown as DocumentNode<AdjustInvoiceMutation, AdjustInvoiceMutationVariables>;
export const ReplaceInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplaceInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplacementFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionVi"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantityE4"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"buyerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"vatTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"totalInWords"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleVi"},"name":{"kind":"Name","value":"roundingRule"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleEn"},"name":{"kind":"Name","value":"roundingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"english"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"vietqr"}},{"kind":"Field","name":{"kind":"Name","value":"credited"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctsLabel"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"correctsReference"}},{"kind":"Field","name":{"kind":"Name","value":"agreementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementDate"}},{"kind":"Field","name":{"kind":"Name","value":"replacedById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditable"}},{"kind":"Field","name":{"kind":"Name","value":"vatDeduction"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceLineData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatByRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}}]}}]}}]} as unknown as DocumentNode<ReplaceInvoiceMutation, ReplaceInvoiceMutationVariables>;
export const IssueCreditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNoteFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionVi"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantityE4"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"buyerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"vatTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"totalInWords"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleVi"},"name":{"kind":"Name","value":"roundingRule"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleEn"},"name":{"kind":"Name","value":"roundingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"english"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"vietqr"}},{"kind":"Field","name":{"kind":"Name","value":"credited"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctsLabel"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"correctsReference"}},{"kind":"Field","name":{"kind":"Name","value":"agreementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementDate"}},{"kind":"Field","name":{"kind":"Name","value":"replacedById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditable"}},{"kind":"Field","name":{"kind":"Name","value":"vatDeduction"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceLineData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatByRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}}]}}]}}]} as unknown as DocumentNode<IssueCreditNoteMutation, IssueCreditNoteMutationVariables>;
export const MaintenanceFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenanceFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"plannedNext12Months"}},{"kind":"Field","name":{"kind":"Name","value":"feePerM2Month"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"expectedFeeNext12Months"}},{"kind":"Field","name":{"kind":"Name","value":"collectibleFeeNext12Months"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"coverageBp"}},{"kind":"Field","name":{"kind":"Name","value":"breakEvenFeePerM2Month"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"moneyIn"}},{"kind":"Field","name":{"kind":"Name","value":"moneyOut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"workOrders"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}}]}}]}}]}}]} as unknown as DocumentNode<MaintenanceFundQuery, MaintenanceFundQueryVariables>;
export const RecordFundExpenseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFundExpense"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spentOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFundExpense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"spentOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spentOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordFundExpenseMutation, RecordFundExpenseMutationVariables>;
export const PlanUpkeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanUpkeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planUpkeep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanUpkeepMutation, PlanUpkeepMutationVariables>;
export const FundClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundClusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundClustersQuery, FundClustersQueryVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const InvoiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailData"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionVi"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantityE4"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"buyerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"vatTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"totalInWords"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleVi"},"name":{"kind":"Name","value":"roundingRule"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleEn"},"name":{"kind":"Name","value":"roundingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"english"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"vietqr"}},{"kind":"Field","name":{"kind":"Name","value":"credited"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctsLabel"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"correctsReference"}},{"kind":"Field","name":{"kind":"Name","value":"agreementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementDate"}},{"kind":"Field","name":{"kind":"Name","value":"replacedById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditable"}},{"kind":"Field","name":{"kind":"Name","value":"vatDeduction"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceLineData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatByRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailQuery, InvoiceDetailQueryVariables>;
export const VoidInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionVi"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantityE4"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"buyerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"vatTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"totalInWords"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleVi"},"name":{"kind":"Name","value":"roundingRule"}},{"kind":"Field","alias":{"kind":"Name","value":"roundingRuleEn"},"name":{"kind":"Name","value":"roundingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"english"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentPurpose"}},{"kind":"Field","name":{"kind":"Name","value":"vietqr"}},{"kind":"Field","name":{"kind":"Name","value":"credited"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctsLabel"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"correctsReference"}},{"kind":"Field","name":{"kind":"Name","value":"agreementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementDate"}},{"kind":"Field","name":{"kind":"Name","value":"replacedById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditable"}},{"kind":"Field","name":{"kind":"Name","value":"vatDeduction"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceLineData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatByRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}}]}}]}}]} as unknown as DocumentNode<VoidInvoiceMutation, VoidInvoiceMutationVariables>;
export const OpenInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OpenInvoicesQuery, OpenInvoicesQueryVariables>;
export const ImportMeterReadingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMeterReadings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMeterReadings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportMeterReadingsMutation, ImportMeterReadingsMutationVariables>;
export const MeterReadingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeterReadings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterReadings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeterReadingData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeterReadingData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeterReading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"readOn"}},{"kind":"Field","name":{"kind":"Name","value":"meterM3"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionM3"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MeterReadingsQuery, MeterReadingsQueryVariables>;
export const RecordMeterReadingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeterReading"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterReadingFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeterReading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeterReadingData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeterReadingData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeterReading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"readOn"}},{"kind":"Field","name":{"kind":"Name","value":"meterM3"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionM3"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecordMeterReadingMutation, RecordMeterReadingMutationVariables>;
export const CorrectMeterReadingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectMeterReading"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meterM3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctMeterReading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"meterM3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meterM3"}}},{"kind":"Argument","name":{"kind":"Name","value":"readOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeterReadingData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeterReadingData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeterReading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"readOn"}},{"kind":"Field","name":{"kind":"Name","value":"meterM3"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionM3"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CorrectMeterReadingMutation, CorrectMeterReadingMutationVariables>;
export const PaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"unallocated"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsQuery, PaymentsQueryVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"unallocated"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const RecordRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}}]}}]}}]} as unknown as DocumentNode<RecordRefundMutation, RecordRefundMutationVariables>;
export const ReceivablesAgingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivablesAging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivablesAging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgingBucketsData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgingBucketsData"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"firms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgingBucketsData"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgingBucketsData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgingBuckets"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"days1To30"}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<ReceivablesAgingQuery, ReceivablesAgingQueryVariables>;
export const CollectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}},{"kind":"Field","name":{"kind":"Name","value":"collected"}}]}}]}}]} as unknown as DocumentNode<CollectionsQuery, CollectionsQueryVariables>;
export const FirmStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"firmTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}},{"kind":"Field","name":{"kind":"Name","value":"credited"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"unallocatedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}}]}}]}}]}}]} as unknown as DocumentNode<FirmStatementQuery, FirmStatementQueryVariables>;
export const BillingRunPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingRunPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingRunPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyBilled"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"vatTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"vatTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceLineData"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLineData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionVi"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"quantityE4"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}}]} as unknown as DocumentNode<BillingRunPreviewQuery, BillingRunPreviewQueryVariables>;
export const IssueBillingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueBillingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueBillingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKind"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"firstNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lastNumber"}},{"kind":"Field","name":{"kind":"Name","value":"noticeCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lastNoticeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"emailsQueued"}},{"kind":"Field","name":{"kind":"Name","value":"firmsWithoutEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<IssueBillingRunMutation, IssueBillingRunMutationVariables>;
export const BillingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingSettingsData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingSettingsData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceSeries"}},{"kind":"Field","name":{"kind":"Name","value":"currentSeries"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestBp"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestCommercial"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestBasis"}},{"kind":"Field","name":{"kind":"Name","value":"interestOnInvoice"}},{"kind":"Field","name":{"kind":"Name","value":"rentVatBp"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDatePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"bankBin"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountName"}}]}}]} as unknown as DocumentNode<BillingSettingsQuery, BillingSettingsQueryVariables>;
export const UpdateBillingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBillingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSettingsFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBillingSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingSettingsData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingSettingsData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceSeries"}},{"kind":"Field","name":{"kind":"Name","value":"currentSeries"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestBp"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestCommercial"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestBasis"}},{"kind":"Field","name":{"kind":"Name","value":"interestOnInvoice"}},{"kind":"Field","name":{"kind":"Name","value":"rentVatBp"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDatePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"bankBin"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountName"}}]}}]} as unknown as DocumentNode<UpdateBillingSettingsMutation, UpdateBillingSettingsMutationVariables>;
export const BanksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Banks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"banks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bin"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BanksQuery, BanksQueryVariables>;
export const SupportProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportProgrammeData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportProgrammeData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}}]} as unknown as DocumentNode<SupportProgrammesQuery, SupportProgrammesQueryVariables>;
export const SupportClaimReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportClaimReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportClaimReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportProgrammeData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"firmTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"rent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"firmTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"coveredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coveredTo"}},{"kind":"Field","name":{"kind":"Name","value":"rent"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportProgrammeData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}}]} as unknown as DocumentNode<SupportClaimReportQuery, SupportClaimReportQueryVariables>;
export const CreateSupportProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSupportProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProgrammeFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupportProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportProgrammeData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportProgrammeData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}}]} as unknown as DocumentNode<CreateSupportProgrammeMutation, CreateSupportProgrammeMutationVariables>;
export const UpdateSupportProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupportProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProgrammeFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupportProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportProgrammeData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportProgrammeData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}}]} as unknown as DocumentNode<UpdateSupportProgrammeMutation, UpdateSupportProgrammeMutationVariables>;
export const DeleteSupportProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSupportProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSupportProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSupportProgrammeMutation, DeleteSupportProgrammeMutationVariables>;
export const TariffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tariffs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TariffData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"charge"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatBasis"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]} as unknown as DocumentNode<TariffsQuery, TariffsQueryVariables>;
export const AddTariffVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTariffVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TariffFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTariffVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TariffData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"charge"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"vatBp"}},{"kind":"Field","name":{"kind":"Name","value":"vatBasis"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]} as unknown as DocumentNode<AddTariffVersionMutation, AddTariffVersionMutationVariables>;
export const ClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Clusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}}]} as unknown as DocumentNode<ClustersQuery, ClustersQueryVariables>;
export const ClusterDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effluentOverLimit"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}}]} as unknown as DocumentNode<ClusterDetailQuery, ClusterDetailQueryVariables>;
export const CreateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effluentOverLimit"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}}]} as unknown as DocumentNode<CreateClusterMutation, CreateClusterMutationVariables>;
export const UpdateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effluentOverLimit"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}}]} as unknown as DocumentNode<UpdateClusterMutation, UpdateClusterMutationVariables>;
export const FirmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Firms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capitalOrigin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CapitalOrigin"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"capitalOrigin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capitalOrigin"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FirmRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FirmRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Firm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capitalOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"vsicCode"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<FirmsQuery, FirmsQueryVariables>;
export const CreateFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FirmRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FirmRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Firm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capitalOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"vsicCode"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CreateFirmMutation, CreateFirmMutationVariables>;
export const UpdateFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FirmRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FirmRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Firm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capitalOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"vsicCode"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<UpdateFirmMutation, UpdateFirmMutationVariables>;
export const ImportPlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportPlotsMutation, ImportPlotsMutationVariables>;
export const ImportFirmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportFirms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importFirms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportFirmsMutation, ImportFirmsMutationVariables>;
export const LeasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rentPerM2Year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LeasesQuery, LeasesQueryVariables>;
export const LeaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rentPerM2Year"}},{"kind":"Field","name":{"kind":"Name","value":"rentSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceFeePerM2Month"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"}},{"kind":"Field","name":{"kind":"Name","value":"escalationBp"}},{"kind":"Field","name":{"kind":"Name","value":"escalationEveryYears"}},{"kind":"Field","name":{"kind":"Name","value":"supportProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mechanism"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestBp"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterestCommercial"}},{"kind":"Field","name":{"kind":"Name","value":"deductibleLandPricePerM2Year"}},{"kind":"Field","name":{"kind":"Name","value":"deductibleLandBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"renewedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}}]} as unknown as DocumentNode<LeaseDetailQuery, LeaseDetailQueryVariables>;
export const LeaseConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaseConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plotIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exceptLeaseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaseConflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plotIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plotIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"exceptLeaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exceptLeaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<LeaseConflictsQuery, LeaseConflictsQueryVariables>;
export const CreateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseFields"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"activate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateLeaseMutation, CreateLeaseMutationVariables>;
export const UpdateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateLeaseMutation, UpdateLeaseMutationVariables>;
export const ActivateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivateLeaseMutation, ActivateLeaseMutationVariables>;
export const TerminateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TerminateLeaseMutation, TerminateLeaseMutationVariables>;
export const RenewLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rentPerM2Year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"rentPerM2Year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rentPerM2Year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RenewLeaseMutation, RenewLeaseMutationVariables>;
export const EstateOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstateOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estateOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}}]} as unknown as DocumentNode<EstateOverviewQuery, EstateOverviewQueryVariables>;
export const ProvinceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upkeep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plantRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"dischargePermitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastSampleOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastSampleCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"inflowMonth"}},{"kind":"Field","name":{"kind":"Name","value":"inflowM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"inflowOfCapacityBp"}},{"kind":"Field","name":{"kind":"Name","value":"openP1WorkOrders"}},{"kind":"Field","name":{"kind":"Name","value":"occurrencesDue"}},{"kind":"Field","name":{"kind":"Name","value":"occurrencesDone"}},{"kind":"Field","name":{"kind":"Name","value":"doneRateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}}]} as unknown as DocumentNode<ProvinceOverviewQuery, ProvinceOverviewQueryVariables>;
export const PlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlotRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlotRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlotsQuery, PlotsQueryVariables>;
export const CreatePlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlotRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlotRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePlotMutation, CreatePlotMutationVariables>;
export const UpdatePlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlotRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlotRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePlotMutation, UpdatePlotMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"existingAccount"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const MailLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]} as unknown as DocumentNode<MailLogQuery, MailLogQueryVariables>;
export const RetryMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]} as unknown as DocumentNode<RetryMailMutation, RetryMailMutationVariables>;
export const MyLeasedPlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLeasedPlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyLeasedPlotsQuery, MyLeasedPlotsQueryVariables>;
export const MaintenanceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenanceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequestStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenancePriority"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}}]} as unknown as DocumentNode<MaintenanceRequestsQuery, MaintenanceRequestsQueryVariables>;
export const MaintenanceRequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<MaintenanceRequestDetailQuery, MaintenanceRequestDetailQueryVariables>;
export const FileMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileMaintenanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<FileMaintenanceRequestMutation, FileMaintenanceRequestMutationVariables>;
export const AttachMaintenanceFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachMaintenanceFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachMaintenanceFilesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachMaintenanceFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<AttachMaintenanceFilesMutation, AttachMaintenanceFilesMutationVariables>;
export const AcknowledgeMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeMaintenanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeMaintenanceRequestMutation, AcknowledgeMaintenanceRequestMutationVariables>;
export const AskMaintenanceRequesterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskMaintenanceRequester"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskMaintenanceRequesterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askMaintenanceRequester"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<AskMaintenanceRequesterMutation, AskMaintenanceRequesterMutationVariables>;
export const DeferMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeferMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeferMaintenanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deferMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<DeferMaintenanceRequestMutation, DeferMaintenanceRequestMutationVariables>;
export const RejectMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectMaintenanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<RejectMaintenanceRequestMutation, RejectMaintenanceRequestMutationVariables>;
export const ResolveMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveMaintenanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<ResolveMaintenanceRequestMutation, ResolveMaintenanceRequestMutationVariables>;
export const CancelMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMaintenanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<CancelMaintenanceRequestMutation, CancelMaintenanceRequestMutationVariables>;
export const StartMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<StartMaintenanceRequestMutation, StartMaintenanceRequestMutationVariables>;
export const ResumeMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<ResumeMaintenanceRequestMutation, ResumeMaintenanceRequestMutationVariables>;
export const ReplyToMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToMaintenanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<ReplyToMaintenanceRequestMutation, ReplyToMaintenanceRequestMutationVariables>;
export const ConfirmMaintenanceResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMaintenanceResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmMaintenanceResolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMaintenanceResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<ConfirmMaintenanceResolutionMutation, ConfirmMaintenanceResolutionMutationVariables>;
export const ReopenMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenMaintenanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deferredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"slaPaused"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<ReopenMaintenanceRequestMutation, ReopenMaintenanceRequestMutationVariables>;
export const CommentOnMaintenanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnMaintenanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnMaintenanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnMaintenanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommentOnMaintenanceRequestMutation, CommentOnMaintenanceRequestMutationVariables>;
export const RequestWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RequestWorkOrdersQuery, RequestWorkOrdersQueryVariables>;
export const WorkOrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"requestIds"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"contractorName"}},{"kind":"Field","name":{"kind":"Name","value":"contractorPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contractorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"noCost"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCostTotal"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"photoThumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<WorkOrderDetailQuery, WorkOrderDetailQueryVariables>;
export const CreateWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"requestIds"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"contractorName"}},{"kind":"Field","name":{"kind":"Name","value":"contractorPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contractorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"noCost"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCostTotal"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"photoThumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<CreateWorkOrderMutation, CreateWorkOrderMutationVariables>;
export const AssignWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"requestIds"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"contractorName"}},{"kind":"Field","name":{"kind":"Name","value":"contractorPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contractorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"noCost"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCostTotal"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"photoThumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<AssignWorkOrderMutation, AssignWorkOrderMutationVariables>;
export const UpdateWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"requestIds"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"contractorName"}},{"kind":"Field","name":{"kind":"Name","value":"contractorPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contractorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"noCost"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCostTotal"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"photoThumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkOrderMutation, UpdateWorkOrderMutationVariables>;
export const TransitionWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"requestIds"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"contractorName"}},{"kind":"Field","name":{"kind":"Name","value":"contractorPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contractorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"noCost"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCostTotal"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"photoThumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<TransitionWorkOrderMutation, TransitionWorkOrderMutationVariables>;
export const RemoveCostLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCostLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"costLineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCostLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"costLineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"costLineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceEventData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaintenanceFileData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"requestIds"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"contractorName"}},{"kind":"Field","name":{"kind":"Name","value":"contractorPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contractorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"holdReason"}},{"kind":"Field","name":{"kind":"Name","value":"noCost"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCostTotal"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"photoThumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceEventData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaintenanceFileData"}}]}}]}}]} as unknown as DocumentNode<RemoveCostLineMutation, RemoveCostLineMutationVariables>;
export const AddChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddChecklistItemMutation, AddChecklistItemMutationVariables>;
export const SetChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<SetChecklistItemMutation, SetChecklistItemMutationVariables>;
export const AddCostLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCostLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCostLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCostLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCostLineMutation, AddCostLineMutationVariables>;
export const MaintenanceStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenanceStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MaintenanceStaffQuery, MaintenanceStaffQueryVariables>;
export const AnswerChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}}]}}]}}]} as unknown as DocumentNode<AnswerChecklistItemMutation, AnswerChecklistItemMutationVariables>;
export const AnswerChecklistPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerChecklistPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerChecklistPhotoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerChecklistPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"photoThumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctiveWorkOrderId"}}]}}]}}]} as unknown as DocumentNode<AnswerChecklistPhotoMutation, AnswerChecklistPhotoMutationVariables>;
export const FundCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"plannedNext12Months"}},{"kind":"Field","name":{"kind":"Name","value":"coverageBp"}}]}}]}}]} as unknown as DocumentNode<FundCoverageQuery, FundCoverageQueryVariables>;
export const OperatorTodoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorTodo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorTodo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"bankLinesWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"unbilledPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"unbilledClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newlyOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"failedEmails"}},{"kind":"Field","name":{"kind":"Name","value":"leasesEnding"}},{"kind":"Field","name":{"kind":"Name","value":"permitsExpiring"}},{"kind":"Field","name":{"kind":"Name","value":"effluentOverLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestsToTriage"}}]}}]}}]} as unknown as DocumentNode<OperatorTodoQuery, OperatorTodoQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ReminderSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderSettingsData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderSettingsData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"ownDisabledKinds"}},{"kind":"Field","name":{"kind":"Name","value":"ownLadderDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownRepeatDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownCc"}},{"kind":"Field","name":{"kind":"Name","value":"ownSendWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabledKinds"}},{"kind":"Field","name":{"kind":"Name","value":"ladderDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatDays"}},{"kind":"Field","name":{"kind":"Name","value":"cc"}},{"kind":"Field","name":{"kind":"Name","value":"sendWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderSettingsQuery, ReminderSettingsQueryVariables>;
export const UpdateReminderSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReminderSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderSettingsFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReminderSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderSettingsData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderSettingsData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"ownDisabledKinds"}},{"kind":"Field","name":{"kind":"Name","value":"ownLadderDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownRepeatDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownCc"}},{"kind":"Field","name":{"kind":"Name","value":"ownSendWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabledKinds"}},{"kind":"Field","name":{"kind":"Name","value":"ladderDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatDays"}},{"kind":"Field","name":{"kind":"Name","value":"cc"}},{"kind":"Field","name":{"kind":"Name","value":"sendWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"always"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateReminderSettingsMutation, UpdateReminderSettingsMutationVariables>;
export const ReminderClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderClustersQuery, ReminderClustersQueryVariables>;
export const RemindersLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemindersLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindersLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"anchorOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}}]}}]}}]}}]} as unknown as DocumentNode<RemindersLogQuery, RemindersLogQueryVariables>;
export const ReminderForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderForecastQuery, ReminderForecastQueryVariables>;
export const ReminderPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderLocale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ReminderPreviewQuery, ReminderPreviewQueryVariables>;
export const ReminderPreviewInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderPreviewInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OVERDUE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderPreviewInvoicesQuery, ReminderPreviewInvoicesQueryVariables>;
export const GlobalSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlobalSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const GlobalSearchLeasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlobalSearchLeases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlobalSearchLeasesQuery, GlobalSearchLeasesQueryVariables>;
export const TenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}}]}}]}}]} as unknown as DocumentNode<TenantsQuery, TenantsQueryVariables>;
export const UpdateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]} as unknown as DocumentNode<UpdateTenantMutation, UpdateTenantMutationVariables>;
export const SuspendTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}}]}}]} as unknown as DocumentNode<SuspendTenantMutation, SuspendTenantMutationVariables>;
export const ReactivateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}}]}}]} as unknown as DocumentNode<ReactivateTenantMutation, ReactivateTenantMutationVariables>;
export const CreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]} as unknown as DocumentNode<CreateTenantMutation, CreateTenantMutationVariables>;
export const AssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssetRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"commissionedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLifeYears"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"replacementValue"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]} as unknown as DocumentNode<AssetsQuery, AssetsQueryVariables>;
export const AssetDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssetRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"isPlant"}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effluentSamples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"over"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"costTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"commissionedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLifeYears"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"replacementValue"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]} as unknown as DocumentNode<AssetDetailQuery, AssetDetailQueryVariables>;
export const CreateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssetRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"commissionedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLifeYears"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"replacementValue"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]} as unknown as DocumentNode<CreateAssetMutation, CreateAssetMutationVariables>;
export const UpdateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssetRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"plotId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"commissionedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLifeYears"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"replacementValue"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]} as unknown as DocumentNode<UpdateAssetMutation, UpdateAssetMutationVariables>;
export const ImportAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportAssetsMutation, ImportAssetsMutationVariables>;
export const ComplianceMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"assetName"}},{"kind":"Field","name":{"kind":"Name","value":"permitKind"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]} as unknown as DocumentNode<ComplianceMonthQuery, ComplianceMonthQueryVariables>;
export const CalendarFeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedsQuery, CalendarFeedsQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const ApplyComplianceTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyComplianceTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyComplianceTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alreadyPresent"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}}]}}]} as unknown as DocumentNode<ApplyComplianceTemplatesMutation, ApplyComplianceTemplatesMutationVariables>;
export const SetDischargeLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDischargeLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeLimitsFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDischargeLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<SetDischargeLimitsMutation, SetDischargeLimitsMutationVariables>;
export const RecordEffluentSampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEffluentSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EffluentSampleFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEffluentSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}}]}}]}}]} as unknown as DocumentNode<RecordEffluentSampleMutation, RecordEffluentSampleMutationVariables>;
export const UpkeepSchedulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpkeepSchedules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upkeepSchedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpkeepSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nextDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"3"}}]},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<UpkeepSchedulesQuery, UpkeepSchedulesQueryVariables>;
export const UpkeepRulePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpkeepRulePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"anchor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAnchor"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upkeepRulePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"leadDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"anchor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"anchor"}}}]}]}}]} as unknown as DocumentNode<UpkeepRulePreviewQuery, UpkeepRulePreviewQueryVariables>;
export const CreateUpkeepScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUpkeepSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUpkeepSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpkeepSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nextDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"3"}}]},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<CreateUpkeepScheduleMutation, CreateUpkeepScheduleMutationVariables>;
export const UpdateUpkeepScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUpkeepSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUpkeepSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpkeepSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"leadDays"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nextDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"3"}}]},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<UpdateUpkeepScheduleMutation, UpdateUpkeepScheduleMutationVariables>;
export const FundStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundAccount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"receiptsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"expensesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundStatementQuery, FundStatementQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const ClusterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClusterOptionsQuery, ClusterOptionsQueryVariables>;
export const FirmOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FirmOptionsQuery, FirmOptionsQueryVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;