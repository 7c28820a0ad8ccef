import { VERIFY_MESSAGES } from '../../../../../assessments/verify/messages';

/**
 * What the verifier says about a check, by the core's message key, in English: the core's own
 * catalogue (assessments/verify/messages), so the two cannot drift. The core sends key and
 * parameters; the window shows the sentence in its language.
 */
export const enVerifyMessages = VERIFY_MESSAGES;
