import type { Detector } from "../types.ts";
import { address } from "./address.ts";
import { dateOfBirth } from "./date-of-birth.ts";
import { email } from "./email.ts";
import { niNumber } from "./ni-number.ts";
import { nhsNumber } from "./nhs-number.ts";
import { patientIdentity } from "./patient-identity.ts";
import { phone } from "./phone.ts";
import { staffJudgement } from "./staff-judgement.ts";

/** Personal data: patients', relatives' and staff's (the pii.* categories). */
export const PII_DETECTORS: Detector[] = [
  nhsNumber,
  phone,
  email,
  address,
  dateOfBirth,
  niNumber,
  patientIdentity,
  staffJudgement,
];
