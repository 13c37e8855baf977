import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/** Secrets never reach the log, whatever shape the object that carries them has. */
const REDACT = [
  "password",
  "*.password",
  "*.*.password",
  "newPassword",
  "token",
  "*.token",
  "cookie",
  "*.cookie",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: "[redacted]" }, base: { app: "gatehouse" } }, destination);
}
