import type { Certificate } from 'pkijs';
import type { CmsCertificate } from '../cms/signedDataTypes';

/** A certificate on a path PKI.js built, with PKI.js's reading of it. */
export type PathCertificate = CmsCertificate & { pkijs: Certificate };
