import { POST_STATES, type PostState } from "@gatehouse/policy";

const CAUSES: Record<string, string> = {
  consent_withdrawn: "Consent withdrawn",
  consent_expired: "Consent expired",
  removal_request: "Someone asked for it to come down",
};

export function causeLabel(cause: string): string {
  return CAUSES[cause] ?? cause;
}

export function isPostState(state: string): state is PostState {
  return (POST_STATES as readonly string[]).includes(state);
}
