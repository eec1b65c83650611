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
   * ISO 8601 calendar date without timezone.
   * Format: %Y-%m-%d
   *
   * # Examples
   *
   * * `1994-11-13`
   * * `2000-02-24`
   */
  NaiveDate: { input: string; output: string; }
};

/** One change to an object. */
export type AuditEntry = {
  /** created, updated, activated, terminated, renewed… */
  action: Scalars['String']['output'];
  /** Who made the change. */
  actorEmail?: Maybe<Scalars['String']['output']>;
  /** The state after, as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The state before, as JSON (null for a creation). */
  before?: Maybe<Scalars['String']['output']>;
};

/**
 * Tokens after sign-in, refresh, invitation acceptance or membership switch. The web app
 * keeps the access token in memory; the refresh token is also set as an httpOnly cookie.
 */
export type AuthPayload = {
  /** Bearer token for the `Authorization` header; short-lived. */
  accessToken: Scalars['String']['output'];
  /** Seconds until the access token expires. */
  expiresIn: Scalars['Int']['output'];
  /** Exchange it with `refresh` for new tokens; single use (rotated). */
  refreshToken: Scalars['String']['output'];
  /** Who is signed in, and as what. */
  viewer: Viewer;
};

/** Where a firm's capital comes from. */
export type CapitalOrigin =
  /** 100% domestic capital. */
  | 'DOMESTIC'
  | 'FOREIGN'
  | 'JOINT_VENTURE';

export type Cluster = Node & {
  /** Who changed what, newest first. */
  auditTrail: Array<AuditEntry>;
  /** Number of the establishment decision. */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  district: Scalars['String']['output'];
  districtCode?: Maybe<Scalars['String']['output']>;
  /** Date of the establishment decision. */
  establishedOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Leasable industrial area, m². */
  leasableAreaM2: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Occupancy on the date the query asked for (today by default). */
  occupancy: Occupancy;
  /** Province, as text (administrative units change). */
  province: Scalars['String']['output'];
  /** Optional administrative code of the province. */
  provinceCode?: Maybe<Scalars['String']['output']>;
  status: ClusterStatus;
  /** Total area, m² (1 ha = 10 000 m²). */
  totalAreaM2: Scalars['Int']['output'];
  /** The wastewater treatment plant. */
  wastewater: Wastewater;
};

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
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  district: Scalars['String']['input'];
  districtCode?: InputMaybe<Scalars['String']['input']>;
  establishedOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** Leasable industrial area, m². */
  leasableAreaM2: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  province: Scalars['String']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  status: ClusterStatus;
  /** Total area, m² (1 ha = 10 000 m²). */
  totalAreaM2: Scalars['Int']['input'];
  wwtpCapacityM3Day?: InputMaybe<Scalars['Int']['input']>;
  wwtpPermitExpiresOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** Whether a wastewater treatment plant exists. */
  wwtpPresent: Scalars['Boolean']['input'];
  wwtpStatus: WwtpStatus;
};

/** A cluster's name, wastewater plant and occupancy. */
export type ClusterOccupancy = {
  cluster: ClusterSummary;
  occupancy: Occupancy;
  wastewater: Wastewater;
};

/**
 * How to sort a list: a field and a direction (ASC unless given). Rows with equal values keep
 * a stable order, so pages neither overlap nor skip.
 */
export type ClusterOrder = {
  direction?: SortDirection;
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
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
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

/** The operator's estate on one date: every cluster and the totals. */
export type EstateOverview = {
  clusters: Array<ClusterOccupancy>;
  on: Scalars['NaiveDate']['output'];
  total: Occupancy;
};

export type Firm = Node & {
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
  status: FirmStatus;
  /** Tax code (mã số thuế): 10 digits, or 10 + "-" + 3 for a branch. */
  taxCode?: Maybe<Scalars['String']['output']>;
  /** Industry (VSIC code). */
  vsicCode?: Maybe<Scalars['String']['output']>;
  /** Declared workforce. */
  workforce: Scalars['Int']['output'];
};

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
  address?: InputMaybe<Scalars['String']['input']>;
  billingEmails?: Array<Scalars['String']['input']>;
  capitalOrigin?: InputMaybe<CapitalOrigin>;
  isSme?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  status?: InputMaybe<FirmStatus>;
  /** 10 digits, or 10 digits, "-" and 3 digits for a branch; unique in the tenant. */
  taxCode: Scalars['String']['input'];
  vsicCode?: InputMaybe<Scalars['String']['input']>;
  workforce?: Scalars['Int']['input'];
};

/**
 * How to sort a list: a field and a direction (ASC unless given). Rows with equal values keep
 * a stable order, so pages neither overlap nor skip.
 */
export type FirmOrder = {
  direction?: SortDirection;
  field: FirmOrderField;
};

/** What the firms list can be sorted by. */
export type FirmOrderField =
  | 'NAME'
  /** When the firm was entered. */
  | 'REGISTERED'
  | 'TAX_CODE'
  | 'WORKFORCE';

/** Whether a firm still operates. */
export type FirmStatus =
  | 'ACTIVE'
  | 'INACTIVE';

/** One problem in one row of an imported file (row 1 is the header). */
export type ImportProblem = {
  /** The column, as named in the header. */
  column: Scalars['String']['output'];
  message: Scalars['String']['output'];
  row: Scalars['Int']['output'];
};

/** What an import found; with `commit`, what it wrote (nothing unless every row is valid). */
export type ImportResult = {
  /** Rows written: 0 for a preview or an invalid file. */
  created: Scalars['Int']['output'];
  problems: Array<ImportProblem>;
  /** Data rows read. */
  rows: Scalars['Int']['output'];
  /** True when no row has a problem. */
  valid: Scalars['Boolean']['output'];
};

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

export type Lease = Node & {
  /** Total area of the plots, m². */
  areaM2: Scalars['Int']['output'];
  /** Who changed what, newest first (operators). */
  auditTrail: Array<AuditEntry>;
  cluster: ClusterSummary;
  createdAt: Scalars['DateTime']['output'];
  /** Deposit, đồng. */
  deposit: Scalars['Int']['output'];
  endsOn: Scalars['NaiveDate']['output'];
  /** Rent escalation in basis points (1000 = 10%)… */
  escalationBp: Scalars['Int']['output'];
  /** …every this many years. */
  escalationEveryYears?: Maybe<Scalars['Int']['output']>;
  firm: Firm;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** A maintenance fee fixed by the contract, đồng per m² per month; null: the cluster tariff. */
  maintenanceFeePerM2Month?: Maybe<Scalars['Int']['output']>;
  plots: Array<LeasedPlot>;
  /** The lease this one renews. */
  renewedFromId?: Maybe<Scalars['ID']['output']>;
  /** Rent, đồng per m² per year. */
  rentPerM2Year: Scalars['Int']['output'];
  rentSchedule: RentSchedule;
  /** The legal basis of the rent support. */
  rentSupportBasis?: Maybe<Scalars['String']['output']>;
  /** The province's rent support in basis points (1000 = 10%). */
  rentSupportBp: Scalars['Int']['output'];
  startsOn: Scalars['NaiveDate']['output'];
  status: LeaseStatus;
  /** The last day of a terminated lease. */
  terminatedOn?: Maybe<Scalars['NaiveDate']['output']>;
  terminationReason?: Maybe<Scalars['String']['output']>;
};

/** A lease that already holds a plot in the period asked about. */
export type LeaseConflict = {
  endsOn: Scalars['NaiveDate']['output'];
  leaseId: Scalars['ID']['output'];
  plotCode: Scalars['String']['output'];
  startsOn: Scalars['NaiveDate']['output'];
};

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
  deposit?: Scalars['Int']['input'];
  endsOn: Scalars['NaiveDate']['input'];
  /** Escalation in basis points (1000 = 10%)… */
  escalationBp?: Scalars['Int']['input'];
  /** …every this many years. */
  escalationEveryYears?: InputMaybe<Scalars['Int']['input']>;
  firmId: Scalars['ID']['input'];
  /** A fee fixed by the contract, đồng per m² per month; omit to use the cluster tariff. */
  maintenanceFeePerM2Month?: InputMaybe<Scalars['Int']['input']>;
  /** One or more plots of one cluster. */
  plotIds: Array<Scalars['ID']['input']>;
  /** Rent, đồng per m² per year. */
  rentPerM2Year: Scalars['Int']['input'];
  rentSchedule: RentSchedule;
  rentSupportBasis?: InputMaybe<Scalars['String']['input']>;
  /**
   * The province's rent support in basis points; omit to apply the rule (10% for small and
   * medium firms with 100% domestic capital).
   */
  rentSupportBp?: InputMaybe<Scalars['Int']['input']>;
  startsOn: Scalars['NaiveDate']['input'];
};

/**
 * How to sort a list: a field and a direction (ASC unless given). Rows with equal values keep
 * a stable order, so pages neither overlap nor skip.
 */
export type LeaseOrder = {
  direction?: SortDirection;
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
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'TERMINATED';

/** A plot as a lease lists it. */
export type LeasedPlot = {
  areaM2: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A language of the product and its emails. */
export type Locale =
  /** English. */
  | 'EN'
  /** Tiếng Việt. */
  | 'VI';

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
  /** Delivery gave up after repeated failures; retry it by hand. */
  | 'FAILED'
  /** Not delivered yet: waiting for an attempt, or for SMTP to be configured. */
  | 'PENDING'
  /** Accepted by the mail server. */
  | 'SENT';

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

/** Every mutation. */
export type Mutation = {
  /**
   * Accept an invitation by setting a password (or, for an existing account, entering
   * its password); signs the user in.
   */
  acceptInvitation: AuthPayload;
  /** Activate a draft lease; CONFLICT when another lease holds a plot in its period (operators). */
  activateLease: Lease;
  /** Change the signed-in user's password. */
  changePassword: Scalars['Boolean']['output'];
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
  /** Creates an operator tenant and invites its first admin (platform admin). */
  createTenant: Tenant;
  /**
   * Import firms from CSV (columns: name,tax_code,address,capital_origin,is_sme,vsic_code,
   * workforce,billing_emails,status; emails separated by ";"). Same rules as `importPlots`.
   */
  importFirms: ImportResult;
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
  /**
   * Sign in. Also sets the refresh cookie. Errors: UNAUTHENTICATED (wrong email or
   * password), RATE_LIMITED (too many failures: wait 15 minutes).
   */
  login: AuthPayload;
  /** End the session of the refresh token (argument or cookie) and clear the cookie. */
  logout: Scalars['Boolean']['output'];
  /**
   * Exchange a refresh token (the argument, or the httpOnly cookie when omitted) for new
   * tokens. The presented token is used up; presenting it again ends the session.
   */
  refresh: AuthPayload;
  /**
   * Renew an active or expired lease: a linked draft from the day after it ends to
   * `endsOn`, at the old rent unless a new one is given (operators).
   */
  renewLease: Lease;
  /** Email a password reset link. Always returns true, whether or not the email is known. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Set a new password with a reset link's token; every session of the account ends. */
  resetPassword: Scalars['Boolean']['output'];
  /**
   * Make a pending or failed message due for delivery now (operator admin). A message
   * already sent is CONFLICT.
   */
  retryMail: MailMessage;
  /** Withdraw a pending invitation (operator admin). */
  revokeInvitation: Invitation;
  /** Switch to another membership of the signed-in user; returns tokens for it. */
  switchMembership: AuthPayload;
  /** End an active lease early; `on` is its last day (operators). */
  terminateLease: Lease;
  /** Change a cluster (operators). */
  updateCluster: Cluster;
  /** Change a firm's register entry (operators). */
  updateFirm: Firm;
  /** Change a draft or active lease; a terminated lease is CONFLICT (operators). */
  updateLease: Lease;
  /** Change a plot (operators). */
  updatePlot: Plot;
  /** Change the signed-in user's name or language. */
  updateProfile: Viewer;
};


/** Every mutation. */
export type MutationAcceptInvitationArgs = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationActivateLeaseArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
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
export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


/** Every mutation. */
export type MutationImportFirmsArgs = {
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
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Every mutation. */
export type MutationLogoutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


/** Every mutation. */
export type MutationRefreshArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


/** Every mutation. */
export type MutationRenewLeaseArgs = {
  endsOn: Scalars['NaiveDate']['input'];
  id: Scalars['ID']['input'];
  rentPerM2Year?: InputMaybe<Scalars['Int']['input']>;
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
export type MutationRetryMailArgs = {
  id: Scalars['ID']['input'];
};


/** Every mutation. */
export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
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
export type MutationUpdatePlotArgs = {
  id: Scalars['ID']['input'];
  input: PlotFields;
};


/** Every mutation. */
export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
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
  plotsFree: Scalars['Int']['output'];
  plotsTotal: Scalars['Int']['output'];
  /** Leased over leasable area, in basis points (10000 = 100%). */
  rateBp: Scalars['Int']['output'];
  /** Their declared workforce. */
  workforce: Scalars['Int']['output'];
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

export type Plot = Node & {
  /** Area, m². */
  areaM2: Scalars['Int']['output'];
  /** Who changed what, newest first. */
  auditTrail: Array<AuditEntry>;
  /** Cadastral reference (số thửa, tờ bản đồ). */
  cadastralRef?: Maybe<Scalars['String']['output']>;
  cluster: ClusterSummary;
  /** Code, unique within the cluster. */
  code: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Land-use purpose. */
  landUse: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** Free or leased on the date the query asked for (null where not computed). */
  status?: Maybe<PlotStatus>;
};

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
  cadastralRef?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  /** Unique within the cluster. */
  code: Scalars['String']['input'];
  landUse: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
};

/**
 * How to sort a list: a field and a direction (ASC unless given). Rows with equal values keep
 * a stable order, so pages neither overlap nor skip.
 */
export type PlotOrder = {
  direction?: SortDirection;
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
  clusterName: Scalars['String']['output'];
  district: Scalars['String']['output'];
  occupancy: Occupancy;
  /** The infrastructure investor running it. */
  operatorName: Scalars['String']['output'];
  status: ClusterStatus;
  totalAreaM2: Scalars['Int']['output'];
  wastewater: Wastewater;
};

/** The province's clusters on one date (authority viewers). */
export type ProvinceOverview = {
  clusters: Array<ProvinceCluster>;
  on: Scalars['NaiveDate']['output'];
  province: Scalars['String']['output'];
  total: Occupancy;
};

/** Every query. */
export type Query = {
  /** The tenant's clusters by name, with occupancy on `on` (default today) (operators). */
  clusters: ClusterConnection;
  /** The operator's clusters and totals on `on` (default today) (operators). */
  estateOverview: EstateOverview;
  /** Firms of the tenant by name, searched by name or tax code and filtered (operators). */
  firms: FirmConnection;
  /**
   * Public: what an invitation link is for. NOT_FOUND when the token is unknown, used,
   * revoked or expired.
   */
  invitationPreview: InvitationPreview;
  /** Invitations of the current tenant, newest first (operator admin). */
  invitations: InvitationConnection;
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
  /** The signed-in user and current membership. UNAUTHENTICATED without a valid token. */
  me: Viewer;
  /** Members of the current tenant, oldest first (operator admin). */
  members: MembershipConnection;
  /**
   * Fetches any object by its global ID. NOT_FOUND when it does not exist or the caller may
   * not see it.
   */
  node: Node;
  /**
   * Plots by cluster and code, with their status on `on` (default today), filtered on the
   * server (operators).
   */
  plots: PlotConnection;
  /**
   * Every operator's clusters in the province on `on` (default today): area, occupancy,
   * firms, workforce and wastewater status; never rents, invoices or contacts (authority
   * viewers).
   */
  provinceOverview: ProvinceOverview;
  /** Operator tenants, by name (platform admin). */
  tenants: TenantConnection;
};


/** Every query. */
export type QueryClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['NaiveDate']['input']>;
  orderBy?: InputMaybe<ClusterOrder>;
};


/** Every query. */
export type QueryEstateOverviewArgs = {
  on?: InputMaybe<Scalars['NaiveDate']['input']>;
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
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every query. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
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
export type QueryTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How rent is paid. */
export type RentSchedule =
  | 'MONTHLY'
  | 'QUARTERLY'
  /** The whole term at the start. */
  | 'UPFRONT'
  | 'YEARLY';

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

/** Which way a list runs. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

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
};

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

/** Changes to the signed-in user's profile. */
export type UpdateProfileInput = {
  /** Name shown in the product. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Preferred language. */
  locale?: InputMaybe<Locale>;
};

/** A person, as others in the tenant see them. */
export type UserSummary = {
  /** Name shown in the product. */
  displayName: Scalars['String']['output'];
  /** Sign-in email. */
  email: Scalars['String']['output'];
};

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
  status: WwtpStatus;
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


export type LoginMutation = { login: { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string }, firm?: { id: string, name: string } | null }> } } };

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


export type SwitchMembershipMutation = { switchMembership: { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string }, firm?: { id: string, name: string } | null }> } } };

export type AuditFieldsFragment = { action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null };

export type ClustersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<ClusterOrder>;
}>;


export type ClustersQuery = { clusters: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string, province: string, district: string, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, status: ClusterStatus, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number } }> } };

export type ClusterOptionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClusterOptionsQuery = { clusters: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string }> } };

export type ClusterDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterDetailQuery = { node:
    | { __typename: 'Cluster', id: string, name: string, province: string, provinceCode?: string | null, district: string, districtCode?: string | null, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, decisionNumber?: string | null, status: ClusterStatus, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number }, auditTrail: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> }
    | { __typename: 'Firm' }
    | { __typename: 'Invitation' }
    | { __typename: 'Lease' }
    | { __typename: 'MailMessage' }
    | { __typename: 'Membership' }
    | { __typename: 'Plot' }
    | { __typename: 'Tenant' }
   };

export type ClusterDetailFieldsFragment = { id: string, name: string, province: string, provinceCode?: string | null, district: string, districtCode?: string | null, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, decisionNumber?: string | null, status: ClusterStatus, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number }, auditTrail: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> };

export type CreateClusterMutationVariables = Exact<{
  input: ClusterFields;
}>;


export type CreateClusterMutation = { createCluster: { id: string, name: string, province: string, provinceCode?: string | null, district: string, districtCode?: string | null, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, decisionNumber?: string | null, status: ClusterStatus, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number }, auditTrail: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> } };

export type UpdateClusterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClusterFields;
}>;


export type UpdateClusterMutation = { updateCluster: { id: string, name: string, province: string, provinceCode?: string | null, district: string, districtCode?: string | null, totalAreaM2: number, leasableAreaM2: number, establishedOn?: string | null, decisionNumber?: string | null, status: ClusterStatus, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number }, auditTrail: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> } };

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

export type EstateFirmOptionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EstateFirmOptionsQuery = { firms: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string, taxCode?: string | null, status: FirmStatus }> } };

export type CreateFirmMutationVariables = Exact<{
  input: FirmFields;
}>;


export type CreateFirmMutation = { createFirm: { id: string, name: string, taxCode?: string | null, address?: string | null, capitalOrigin: CapitalOrigin, isSme: boolean, vsicCode?: string | null, workforce: number, billingEmails: Array<string>, status: FirmStatus } };

export type UpdateFirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FirmFields;
}>;


export type UpdateFirmMutation = { updateFirm: { id: string, name: string, taxCode?: string | null, address?: string | null, capitalOrigin: CapitalOrigin, isSme: boolean, vsicCode?: string | null, workforce: number, billingEmails: Array<string>, status: FirmStatus } };

export type ImportResultFieldsFragment = { rows: number, valid: boolean, created: number, problems: Array<{ row: number, column: string, message: string }> };

export type ImportPlotsMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  commit: Scalars['Boolean']['input'];
}>;


export type ImportPlotsMutation = { importPlots: { rows: number, valid: boolean, created: number, problems: Array<{ row: number, column: string, message: string }> } };

export type ImportFirmsMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  commit: Scalars['Boolean']['input'];
}>;


export type ImportFirmsMutation = { importFirms: { rows: number, valid: boolean, created: number, problems: Array<{ row: number, column: string, message: string }> } };

export type LeasesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LeaseStatus>;
  orderBy?: InputMaybe<LeaseOrder>;
}>;


export type LeasesQuery = { leases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, areaM2: number, startsOn: string, endsOn: string, rentPerM2Year: number, status: LeaseStatus, firm: { id: string, name: string }, cluster: { id: string, name: string }, plots: Array<{ id: string, code: string }> }> } };

export type LeaseDetailFieldsFragment = { id: string, areaM2: number, startsOn: string, endsOn: string, rentPerM2Year: number, rentSchedule: RentSchedule, maintenanceFeePerM2Month?: number | null, deposit: number, escalationBp: number, escalationEveryYears?: number | null, rentSupportBp: number, rentSupportBasis?: string | null, status: LeaseStatus, terminatedOn?: string | null, terminationReason?: string | null, renewedFromId?: string | null, createdAt: string, firm: { id: string, name: string, taxCode?: string | null }, cluster: { id: string, name: string }, plots: Array<{ id: string, code: string, areaM2: number }>, auditTrail?: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> };

export type LeaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  withAudit: Scalars['Boolean']['input'];
}>;


export type LeaseDetailQuery = { node:
    | { __typename: 'Cluster' }
    | { __typename: 'Firm' }
    | { __typename: 'Invitation' }
    | { __typename: 'Lease', id: string, areaM2: number, startsOn: string, endsOn: string, rentPerM2Year: number, rentSchedule: RentSchedule, maintenanceFeePerM2Month?: number | null, deposit: number, escalationBp: number, escalationEveryYears?: number | null, rentSupportBp: number, rentSupportBasis?: string | null, status: LeaseStatus, terminatedOn?: string | null, terminationReason?: string | null, renewedFromId?: string | null, createdAt: string, firm: { id: string, name: string, taxCode?: string | null }, cluster: { id: string, name: string }, plots: Array<{ id: string, code: string, areaM2: number }>, auditTrail?: Array<{ action: string, at: string, actorEmail?: string | null, before?: string | null, after?: string | null }> }
    | { __typename: 'MailMessage' }
    | { __typename: 'Membership' }
    | { __typename: 'Plot' }
    | { __typename: 'Tenant' }
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


export type ProvinceOverviewQuery = { provinceOverview: { province: string, on: string, clusters: Array<{ operatorName: string, clusterName: string, district: string, status: ClusterStatus, totalAreaM2: number, wastewater: { present: boolean, capacityM3PerDay?: number | null, status: WwtpStatus, permitExpiresOn?: string | null, compliant: boolean }, occupancy: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number } }>, total: { on: string, leasableAreaM2: number, leasedAreaM2: number, rateBp: number, plotsTotal: number, plotsFree: number, firms: number, workforce: number } } };

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


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string }, firm?: { id: string, name: string } | null }> } } };

export type FirmOptionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FirmOptionsQuery = { firms: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string, taxCode?: string | null }> } };

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string }, firm?: { id: string, name: string } | null }> } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string }, firm?: { id: string, name: string } | null }> } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type TenantsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TenantsQuery = { tenants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, name: string, kind: TenantKind, province: string, createdAt: string }> } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { id: string, name: string, kind: TenantKind, province: string } };

export type MembersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, role: Role, createdAt: string, firm?: { id: string, name: string } | null, user: { email: string, displayName: string } }> } };

export type ViewerFieldsFragment = { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string }, firm?: { id: string, name: string } | null }> };

export type AuthSessionFieldsFragment = { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string }, firm?: { id: string, name: string } | null }> } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refresh: { accessToken: string, expiresIn: number, viewer: { id: string, email: string, displayName: string, locale: Locale, isPlatformAdmin: boolean, role: Role, membershipId?: string | null, tenant?: { id: string, name: string, kind: TenantKind, province: string } | null, firm?: { id: string, name: string } | null, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string }, firm?: { id: string, name: string } | null }> } } };

export const WastewaterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}}]} as unknown as DocumentNode<WastewaterFieldsFragment, unknown>;
export const OccupancyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}}]} as unknown as DocumentNode<OccupancyFieldsFragment, unknown>;
export const AuditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AuditFieldsFragment, unknown>;
export const ClusterDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<ClusterDetailFieldsFragment, unknown>;
export const FirmRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FirmRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Firm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capitalOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"vsicCode"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<FirmRowFieldsFragment, unknown>;
export const ImportResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportResultFieldsFragment, unknown>;
export const LeaseDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rentPerM2Year"}},{"kind":"Field","name":{"kind":"Name","value":"rentSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceFeePerM2Month"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"}},{"kind":"Field","name":{"kind":"Name","value":"escalationBp"}},{"kind":"Field","name":{"kind":"Name","value":"escalationEveryYears"}},{"kind":"Field","name":{"kind":"Name","value":"rentSupportBp"}},{"kind":"Field","name":{"kind":"Name","value":"rentSupportBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"renewedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<LeaseDetailFieldsFragment, unknown>;
export const PlotRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlotRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlotRowFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const AuthSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSessionFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SwitchMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<SwitchMembershipMutation, SwitchMembershipMutationVariables>;
export const ClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Clusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}}]} as unknown as DocumentNode<ClustersQuery, ClustersQueryVariables>;
export const ClusterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClusterOptionsQuery, ClusterOptionsQueryVariables>;
export const ClusterDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}}]} as unknown as DocumentNode<ClusterDetailQuery, ClusterDetailQueryVariables>;
export const CreateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}}]} as unknown as DocumentNode<CreateClusterMutation, CreateClusterMutationVariables>;
export const UpdateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}}]} as unknown as DocumentNode<UpdateClusterMutation, UpdateClusterMutationVariables>;
export const FirmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Firms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capitalOrigin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CapitalOrigin"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"capitalOrigin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capitalOrigin"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FirmRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FirmRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Firm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capitalOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"vsicCode"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<FirmsQuery, FirmsQueryVariables>;
export const EstateFirmOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstateFirmOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EstateFirmOptionsQuery, EstateFirmOptionsQueryVariables>;
export const CreateFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FirmRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FirmRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Firm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capitalOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"vsicCode"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CreateFirmMutation, CreateFirmMutationVariables>;
export const UpdateFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FirmFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FirmRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FirmRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Firm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capitalOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"vsicCode"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<UpdateFirmMutation, UpdateFirmMutationVariables>;
export const ImportPlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportPlotsMutation, ImportPlotsMutationVariables>;
export const ImportFirmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportFirms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importFirms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportFirmsMutation, ImportFirmsMutationVariables>;
export const LeasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rentPerM2Year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LeasesQuery, LeasesQueryVariables>;
export const LeaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"rentPerM2Year"}},{"kind":"Field","name":{"kind":"Name","value":"rentSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceFeePerM2Month"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"}},{"kind":"Field","name":{"kind":"Name","value":"escalationBp"}},{"kind":"Field","name":{"kind":"Name","value":"escalationEveryYears"}},{"kind":"Field","name":{"kind":"Name","value":"rentSupportBp"}},{"kind":"Field","name":{"kind":"Name","value":"rentSupportBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"renewedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}}]} as unknown as DocumentNode<LeaseDetailQuery, LeaseDetailQueryVariables>;
export const LeaseConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaseConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plotIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exceptLeaseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaseConflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plotIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plotIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"exceptLeaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exceptLeaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"plotCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<LeaseConflictsQuery, LeaseConflictsQueryVariables>;
export const CreateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseFields"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"activate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateLeaseMutation, CreateLeaseMutationVariables>;
export const UpdateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaseFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateLeaseMutation, UpdateLeaseMutationVariables>;
export const ActivateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivateLeaseMutation, ActivateLeaseMutationVariables>;
export const TerminateLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TerminateLeaseMutation, TerminateLeaseMutationVariables>;
export const RenewLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rentPerM2Year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"rentPerM2Year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rentPerM2Year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RenewLeaseMutation, RenewLeaseMutationVariables>;
export const EstateOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstateOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estateOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}}]} as unknown as DocumentNode<EstateOverviewQuery, EstateOverviewQueryVariables>;
export const ProvinceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"clusterName"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"wastewater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WastewaterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupancyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WastewaterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wastewater"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"leasableAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"leasedAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"plotsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"plotsFree"}},{"kind":"Field","name":{"kind":"Name","value":"firms"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}}]}}]} as unknown as DocumentNode<ProvinceOverviewQuery, ProvinceOverviewQueryVariables>;
export const PlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlotRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlotRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlotsQuery, PlotsQueryVariables>;
export const CreatePlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlotRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlotRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePlotMutation, CreatePlotMutationVariables>;
export const UpdatePlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlotFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlotRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlotRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePlotMutation, UpdatePlotMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const FirmOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}}]}}]}}]} as unknown as DocumentNode<FirmOptionsQuery, FirmOptionsQueryVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"existingAccount"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const MailLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]} as unknown as DocumentNode<MailLogQuery, MailLogQueryVariables>;
export const RetryMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]} as unknown as DocumentNode<RetryMailMutation, RetryMailMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const TenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<TenantsQuery, TenantsQueryVariables>;
export const CreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]} as unknown as DocumentNode<CreateTenantMutation, CreateTenantMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;