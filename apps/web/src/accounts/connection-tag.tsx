import { PLATFORM_LABELS, type Platform } from "@gatehouse/policy";
import { Tag, type TagProps } from "nhsuk-react-components";
import type { AccountDetail } from "../api-types.ts";

export type AccountConnection = AccountDetail["connection"];
type ConnectionState = AccountConnection["state"];

export const CONNECTION_STATE_LABELS: Record<ConnectionState, string> = {
  sandbox: "Built-in sandbox",
  connected: "Connected",
  expiring: "Expires soon",
  disconnected: "Disconnected",
};

const COLOURS: Record<ConnectionState, TagProps["modifier"]> = {
  sandbox: "grey",
  connected: "green",
  expiring: "yellow",
  disconnected: "red",
};

/** The connection's health in a word, with "local fake" said when it is the demo's copy of the platform. */
export function ConnectionTag({ connection }: { connection: AccountConnection }) {
  return (
    <Tag modifier={COLOURS[connection.state]}>
      {CONNECTION_STATE_LABELS[connection.state]}
      {connection.usesFake ? " (local fake)" : ""}
    </Tag>
  );
}

/** "@DemoNHSTrust": a platform account as people write it, without doubling an @ the platform already gave. */
export function remoteName(handle: string): string {
  return handle.startsWith("@") ? handle : `@${handle}`;
}

/** "Connected to X as @DemoNHSTrust." */
export function connectedMessage(platform: Platform, remoteHandle: string | null): string {
  return remoteHandle ? `Connected to ${PLATFORM_LABELS[platform]} as ${remoteName(remoteHandle)}.` : `Connected to ${PLATFORM_LABELS[platform]}.`;
}
