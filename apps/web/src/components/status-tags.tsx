import {
  ACCOUNT_REQUEST_STATE_LABELS,
  ACCOUNT_STATUS_LABELS,
  POST_STATE_LABELS,
  type AccountRequestState,
  type AccountStatus,
  type PostState,
} from "@gatehouse/policy";
import { Tag, type TagProps } from "nhsuk-react-components";

const ACCOUNT_STATUS_COLOURS: Record<AccountStatus, TagProps["modifier"]> = {
  active: "green",
  paused: "yellow",
  disconnected: "red",
  archived: "grey",
};

export function AccountStatusTag({ status }: { status: AccountStatus }) {
  return <Tag modifier={ACCOUNT_STATUS_COLOURS[status]}>{ACCOUNT_STATUS_LABELS[status]}</Tag>;
}

const REQUEST_STATE_COLOURS: Record<AccountRequestState, TagProps["modifier"]> = {
  pending: "blue",
  approved: "green",
  declined: "red",
};

export function RequestStateTag({ state }: { state: AccountRequestState }) {
  return <Tag modifier={REQUEST_STATE_COLOURS[state]}>{ACCOUNT_REQUEST_STATE_LABELS[state]}</Tag>;
}

const POST_STATE_COLOURS: Record<PostState, TagProps["modifier"]> = {
  scheduled: "blue",
  publishing: "aqua-green",
  published: "green",
  failed: "red",
  blocked: "orange",
  unknown: "yellow",
  taken_down: "grey",
  cancelled: "grey",
};

export function PostStateTag({ state }: { state: PostState }) {
  return <Tag modifier={POST_STATE_COLOURS[state]}>{POST_STATE_LABELS[state]}</Tag>;
}
