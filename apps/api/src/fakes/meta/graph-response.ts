import { randomBytes } from "node:crypto";

export interface GraphErrorFields {
  message: string;
  code: number;
  subcode?: number;
  type?: string;
  isTransient?: boolean;
  userTitle?: string;
  userMessage?: string;
}

/** A refusal a handler throws; the app turns it into Meta's error envelope. */
export class GraphFault extends Error {
  constructor(
    readonly status: number,
    readonly error: GraphErrorFields,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
  }
}

export function graphErrorBody(error: GraphErrorFields): { error: Record<string, unknown> } {
  return {
    error: {
      message: error.message,
      type: error.type ?? "OAuthException",
      code: error.code,
      ...(error.subcode !== undefined ? { error_subcode: error.subcode } : {}),
      ...(error.isTransient !== undefined ? { is_transient: error.isTransient } : {}),
      ...(error.userTitle ? { error_user_title: error.userTitle } : {}),
      ...(error.userMessage ? { error_user_msg: error.userMessage } : {}),
      fbtrace_id: randomBytes(9).toString("base64url"),
    },
  };
}

export function invalidParameter(message: string, subcode?: number): GraphFault {
  return new GraphFault(400, { message: `(#100) ${message}`, code: 100, ...(subcode !== undefined ? { subcode } : {}) });
}

export function noSuchObject(id: string, method: string): GraphFault {
  return new GraphFault(400, {
    message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    code: 100,
    subcode: 33,
    type: "GraphMethodException",
  });
}

export function permissionDenied(message: string): GraphFault {
  return new GraphFault(403, { message: `(#200) ${message}`, code: 200 });
}

/** Meta writes times as "2026-11-26T10:00:00+0000". */
export function graphTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "+0000");
}

/** Unix seconds or an ISO date, as Graph accepts for since, until and scheduled_publish_time. */
export function parseGraphTime(value: string): Date | null {
  const at = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value);
  return Number.isFinite(at) ? new Date(at) : null;
}
