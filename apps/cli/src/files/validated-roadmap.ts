// `validateRoadmap` once per parsed document lives in @egov/documents; re-exported for the report.
export { validatedRoadmap } from '@egov/documents';
