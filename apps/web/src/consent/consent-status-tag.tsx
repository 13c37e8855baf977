import { CONSENT_STATUS_LABELS, type ConsentStatus } from "@gatehouse/policy";
import { Tag, type TagProps } from "nhsuk-react-components";

const COLOURS: Record<ConsentStatus, TagProps["modifier"]> = {
  live: "green",
  withdrawn: "red",
  expired: "grey",
  not_yet_given: "blue",
};

export function ConsentStatusTag({ status }: { status: ConsentStatus }) {
  return <Tag modifier={COLOURS[status]}>{CONSENT_STATUS_LABELS[status]}</Tag>;
}
