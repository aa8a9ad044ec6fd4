/**
 * FHIR R4 export (docs/fhir-export.md): a Bundle of type `collection` with one Observation per
 * check-in, coded with LOINC 72514-3 and a UCUM `{score}` quantity. Pure.
 * Day-record items (interference, sleep) are left out: see the document for why.
 */
import type { Checkin } from '../domain'

export const LOINC_SYSTEM = 'http://loinc.org'
export const UCUM_SYSTEM = 'http://unitsofmeasure.org'
export const PAIN_SEVERITY_CODE = '72514-3'
export const PAIN_SEVERITY_DISPLAY = 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'

export interface FhirObservation {
  resourceType: 'Observation'
  id: string
  status: 'final'
  category: { coding: { system: string; code: string; display: string }[] }[]
  code: { coding: { system: string; code: string; display: string }[]; text: string }
  effectiveDateTime: string
  valueQuantity: { value: number; unit: string; system: string; code: string }
  note?: { text: string }[]
}

export interface FhirBundle {
  resourceType: 'Bundle'
  type: 'collection'
  timestamp: string
  entry: { resource: FhirObservation }[]
}

/** FHIR's dateTime needs seconds when a time is given: `08:30+01:00` becomes `08:30:00+01:00`. */
export function fhirDateTime(at: string): string {
  return at.replace(/T(\d{2}):(\d{2})(?=Z|[+-])/, 'T$1:$2:00')
}

export function painObservation(c: Checkin): FhirObservation {
  const obs: FhirObservation = {
    resourceType: 'Observation',
    id: `pain-${c.id}`,
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'survey',
            display: 'Survey',
          },
        ],
      },
    ],
    code: {
      coding: [{ system: LOINC_SYSTEM, code: PAIN_SEVERITY_CODE, display: PAIN_SEVERITY_DISPLAY }],
      text: 'Pain severity, 0-10',
    },
    effectiveDateTime: fhirDateTime(c.at),
    valueQuantity: { value: c.pain, unit: '{score}', system: UCUM_SYSTEM, code: '{score}' },
  }
  if (c.note !== '') obs.note = [{ text: c.note }]
  return obs
}

/** `timestamp` is when the bundle was made (an instant with offset). */
export function painBundle(checkins: readonly Checkin[], timestamp: string): FhirBundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp,
    entry: checkins.map((c) => ({ resource: painObservation(c) })),
  }
}
