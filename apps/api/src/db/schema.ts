import type { Selectable } from "kysely";

/*
 * Portable column types only: ids are UUIDv7 text made in code, times are ISO 8601 UTC text
 * (they sort as strings), flags are small integers, JSON is text.
 */

export interface DepartmentTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  department_id: string | null;
  status: "active" | "disabled";
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface SessionTable {
  /** sha256 of the cookie token: a leaked table does not hand out sessions */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  first_failure_at: string;
  locked_until: string | null;
}

export interface AccountTable {
  id: string;
  platform: string;
  handle: string;
  /** lower-cased handle: one official account per handle and platform */
  handle_key: string;
  name: string;
  status: string;
  /** "sandbox" (the built-in platform) or "api" (the platform's real API, or a fake of it) */
  connector: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** the platform API's root when connector is "api" */
  base_url?: string | null;
  /** Credentials, encrypted (connections/crypto.ts); never selected for the browser */
  credentials_enc?: string | null;
  remote_handle?: string | null;
  /** when the access token stops working (it is refreshed before then where the platform allows) */
  token_expires_at?: string | null;
  /** when the connection stops working unless a person connects it again */
  renew_by?: string | null;
  connected_at?: string | null;
  connected_by?: string | null;
  /** set when the platform refused the credentials and a refresh did not help */
  connection_error?: string | null;
}

export interface OAuthStateTable {
  state: string;
  account_id: string;
  user_id: string;
  code_verifier: string;
  base_url: string;
  redirect_uri: string;
  created_at: string;
  expires_at: string;
}

export interface AccountGrantTable {
  account_id: string;
  user_id: string;
  granted_by: string | null;
  granted_at: string;
}

export interface AccountRequestTable {
  id: string;
  requested_by: string;
  department_id: string | null;
  platform: string;
  handle: string;
  name: string;
  purpose: string;
  audience: string;
  operators: string;
  success_measure: string;
  state: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  account_id: string | null;
  created_at: string;
}

export interface AuditEventTable {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

export interface OrganisationSettingTable {
  key: string;
  value_json: string;
  updated_by: string | null;
  updated_at: string;
}

export interface SubmissionTable {
  id: string;
  author_id: string;
  department_id: string | null;
  title: string;
  objective: string;
  audience: string;
  key_messages: string;
  measure: string;
  text: string;
  links_json: string;
  desired_publish_at: string | null;
  desired_publish_until: string | null;
  state: string;
  revision: number;
  last_edited_by: string;
  claimed_by: string | null;
  decided_by: string | null;
  decided_at: string | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SubmissionTargetTable {
  submission_id: string;
  account_id: string;
  /** the copy for this account when a reviewer has edited it; null means the submission's text */
  text: string | null;
  edited_by: string | null;
  edited_at: string | null;
}

export interface SubmissionRevisionTable {
  submission_id: string;
  number: number;
  snapshot_json: string;
  reason: string;
  created_by: string;
  created_at: string;
}

export interface SubmissionCommentTable {
  id: string;
  submission_id: string;
  author_id: string;
  kind: string;
  body: string;
  created_at: string;
}

export interface ScreeningOverrideTable {
  id: string;
  submission_id: string;
  platform: string;
  rule: string;
  matched_text: string;
  reason: string;
  created_by: string;
  created_at: string;
}

export interface PostTable {
  id: string;
  submission_id: string;
  account_id: string;
  text: string;
  publish_at: string;
  state: string;
  scheduled_by: string;
  attempt_count: number;
  next_attempt_at: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  remote_id: string | null;
  remote_url: string | null;
  findings_json: string | null;
  last_error: string | null;
  /** the brand kit version the post went out with */
  kit_id: string | null;
  published_at: string | null;
  taken_down_at: string | null;
  takedown_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface PostAttemptTable {
  id: string;
  post_id: string;
  number: number;
  /** "publish" or "reconcile" */
  kind: string;
  idempotency_key: string;
  worker: string;
  started_at: string;
  finished_at: string | null;
  outcome: string | null;
  error: string | null;
  remote_id: string | null;
  remote_url: string | null;
}

export interface SandboxPostTable {
  id: string;
  account_id: string;
  platform: string;
  text: string;
  idempotency_key: string | null;
  created_at: string;
  deleted_at: string | null;
  /** the pictures the post carried: [{url, altText}] */
  media_json: string | null;
}

export interface SandboxCallTable {
  id: string;
  account_id: string;
  operation: string;
  idempotency_key: string | null;
  outcome: string;
  at: string;
}

export interface SandboxFaultTable {
  account_id: string;
  mode: string;
  remaining: number;
  retry_after_ms: number | null;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  text: string;
  link: string;
  created_at: string;
  read_at: string | null;
}

export interface AssetTable {
  id: string;
  uploaded_by: string;
  department_id: string | null;
  original_name: string;
  /** jpeg | png | webp | heic, decided from the bytes */
  original_type: string;
  original_bytes: number;
  original_sha256: string;
  /** storage key (sha256) of the sanitised master: auto-oriented, every metadata block stripped */
  master_key: string;
  master_type: string;
  width: number;
  height: number;
  /** 64-bit perceptual hash, 16 hex digits */
  phash: string;
  /** JSON: the hashes of crops of it, so a cropped copy is still recognised */
  phash_crops: string;
  state: string;
  /** [{x, y, width, height, score}] in master pixels; null when detection could not run */
  faces_json: string | null;
  face_count: number | null;
  ocr_text: string | null;
  /** what the original's metadata said: {artist, copyright, gps, camera, takenAt} */
  meta_json: string;
  people: string | null;
  people_note: string | null;
  people_declared_by: string | null;
  people_declared_at: string | null;
  focal_x: number;
  focal_y: number;
  caption: string;
  alt_text: string;
  classification: string | null;
  tags_json: string;
  brand_state: string;
  brand_reviewed_by: string | null;
  brand_reviewed_at: string | null;
  /** the brand guardian's reason, when they rejected it */
  brand_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface BrandKitTable {
  id: string;
  /** "organisation", or the id of the official account it is for */
  scope: string;
  version: number;
  logo_key: string | null;
  logo_name: string | null;
  logo_width: number | null;
  logo_height: number | null;
  corner: string;
  margin: number;
  size: number;
  min_width: number;
  colours_json: string;
  strap_json: string | null;
  created_by: string | null;
  created_at: string;
}

export interface BrandedRenditionTable {
  asset_id: string;
  name: string;
  kit_id: string;
  /** the unbranded rendition it was made from: a new crop makes a new one */
  base_key: string;
  storage_key: string;
  width: number;
  height: number;
  bytes: number;
  created_at: string;
}

export interface AssetRenditionTable {
  asset_id: string;
  name: string;
  platform: string | null;
  width: number;
  height: number;
  storage_key: string;
  content_type: string;
  bytes: number;
}

export interface ConsentTable {
  id: string;
  subject_name: string;
  subject_kind: string;
  guardian_name: string | null;
  told_who: string | null;
  told_purpose: string | null;
  told_access: string | null;
  platforms_json: string;
  purposes: string | null;
  given_at: string;
  expires_at: string | null;
  evidence_note: string | null;
  evidence_key: string | null;
  evidence_name: string | null;
  evidence_type: string | null;
  obtained_by: string | null;
  recorded_by: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
  expiry_warned_at: string | null;
  expiry_applied_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConsentAssetTable {
  consent_id: string;
  asset_id: string;
  face_index: number | null;
}

export interface SubmissionAssetTable {
  submission_id: string;
  asset_id: string;
  position: number;
}

export interface AssetFlagTable {
  id: string;
  asset_id: string;
  source_asset_id: string;
  consent_id: string;
  distance: number;
  created_at: string;
  cleared_at: string | null;
  cleared_by: string | null;
  cleared_reason: string | null;
}

export interface TakedownTaskTable {
  id: string;
  post_id: string;
  /** consent_withdrawn | consent_expired | removal_request */
  cause: string;
  consent_id: string | null;
  reason: string;
  /** open | done | cancelled */
  state: string;
  created_by: string | null;
  created_at: string;
  done_at: string | null;
  done_by: string | null;
  note: string | null;
}

export interface DB {
  department: DepartmentTable;
  app_user: UserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_throttle: LoginThrottleTable;
  account: AccountTable;
  account_grant: AccountGrantTable;
  oauth_state: OAuthStateTable;
  account_request: AccountRequestTable;
  audit_event: AuditEventTable;
  organisation_setting: OrganisationSettingTable;
  submission: SubmissionTable;
  submission_target: SubmissionTargetTable;
  submission_revision: SubmissionRevisionTable;
  submission_comment: SubmissionCommentTable;
  screening_override: ScreeningOverrideTable;
  post: PostTable;
  post_attempt: PostAttemptTable;
  sandbox_post: SandboxPostTable;
  sandbox_call: SandboxCallTable;
  sandbox_fault: SandboxFaultTable;
  notification: NotificationTable;
  asset: AssetTable;
  asset_rendition: AssetRenditionTable;
  consent: ConsentTable;
  consent_asset: ConsentAssetTable;
  submission_asset: SubmissionAssetTable;
  asset_flag: AssetFlagTable;
  takedown_task: TakedownTaskTable;
  brand_kit: BrandKitTable;
  branded_rendition: BrandedRenditionTable;
}

export type UserRow = Selectable<UserTable>;
export type AccountRow = Selectable<AccountTable>;
export type AccountRequestRow = Selectable<AccountRequestTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
